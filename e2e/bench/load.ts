/**
 * npm run bench:load — the pages that list things, under load, on years of data.
 *
 * Makes a fresh database (a new database on the DATABASE_URL server, else a fresh PGlite directory under
 * .data/bench-load), migrates and seeds it, adds db/fill (20 editions, LOAD_APPLICATIONS applications, by
 * default all 100,000 in the latest edition's call as in issue #15's measurement, 200,000 reviews, 10,000
 * alumni), starts the built server (`next start`, building first if there is no build) with
 * MADANG_COUNT_SQL=1, then:
 *   1. loads each page once, alone, and counts its SQL round trips (the "[sql]" lines db/client.ts prints);
 *   2. puts each page under load with autocannon on loopback (LOAD_CONNECTIONS connections for LOAD_SECONDS
 *      seconds), the trivial route /api/health before and after them, and takes p50/p95 of every response;
 *      a not-found page (the layout around nothing) is measured too, as the floor every page stands on.
 * Each page is measured twice: rendered on every request (each asks `Cache-Control: no-cache`, as a hard reload
 * does, so the server renders it), and as the server sends it to requests that do not ask that, from the pages it
 * keeps while nothing it read is written (lib/page-cache.ts), while the office writes elsewhere: sessions touched,
 * throttles counted, jobs' bookkeeping, LOAD_BACKGROUND_WRITES a second (20 by default). Round trips are counted
 * for both: a rendered page's are its own and the edge's session check (which reads the write marks in the same
 * statement); a kept one's are that check alone. The figure line's ratio is the pages as sent; the rendered worst
 * is printed before it.
 * PAGES (comma-separated parts of the pages' names, e.g. PAGES="application list,programme page") measures only
 * those pages; every page by default. The database is named after DATABASE_URL's (e.g. ls_bench_load_1a2b3c4d).
 * Before counting, each page is requested once: the first read after the fill works out the call's stored ranking
 * (lib/review/ranking.ts), which later reads only page through.
 * Prints a markdown table, then last:
 *   load n=N worst_p95_ratio=N max_round_trips=N
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { filledDatabase, signIn } from "./database";
import { existsSync } from "node:fs";
import os from "node:os";
import autocannon from "autocannon";
import postgres from "postgres";
import { percentile, RENDER, waitFor } from "./timing";

const APPLICATIONS = Number(process.env.LOAD_APPLICATIONS ?? 100_000);
const LATEST_SHARE = Number(process.env.LOAD_LATEST_SHARE ?? 1);
const ALUMNI = Number(process.env.LOAD_ALUMNI ?? 10_000);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 3194);
// Writes a second the office makes elsewhere while the pages are measured as sent (0: none).
const BACKGROUND_WRITES = Number(process.env.LOAD_BACKGROUND_WRITES ?? 20);
// PAGES="application list,programme page" measures only the pages whose names contain one of these; all by default.
const PAGES = process.env.PAGES?.split(",")
  .map((p) => p.trim())
  .filter(Boolean);
const base = `http://localhost:${PORT}`;

type Measure = { p50: number; p95: number; rps: number; errors: number; requests: number };

/**
 * What an office writes while people read lists, none of it what the lists show: sessions touched, sign-in
 * throttles counted, jobs' bookkeeping. `perSecond` statements a second, each its own transaction, until stopped;
 * says how many it made. On PGlite (one process owns the directory) it writes nothing.
 */
function backgroundWriter(url: string | undefined, perSecond: number) {
  if (!url || perSecond <= 0) return { stop: async () => 0 };
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  let written = 0;
  let stopped = false;
  const statements = [
    () => sql`update user_sessions set last_seen_at = now()
      where id = (select id from user_sessions where ended_at is null order by random() limit 1)`,
    () => sql`insert into rate_limits (key, hits) values (${`sign-in:address:bench-${written % 50}`}, 1)
      on conflict (key) do update set hits = rate_limits.hits + 1`,
    () => sql`update jobs set locked_until = locked_until where id = (select id from jobs order by random() limit 1)`,
  ];
  const running = (async () => {
    while (!stopped) {
      const started = performance.now();
      await statements[written % statements.length]!();
      written++;
      await new Promise((r) => setTimeout(r, Math.max(0, 1000 / perSecond - (performance.now() - started))));
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await running;
      await sql.end();
      return written;
    },
  };
}

/** One page under load: every response's time (autocannon's own percentiles stop at p90 and p97.5). */
async function load(route: string, cookie: string | undefined, expected = 200, fresh = false): Promise<Measure> {
  const times: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${base}${route}`,
        connections: CONNECTIONS,
        duration: SECONDS,
        timeout: 120,
        headers: { ...(cookie ? { cookie } : {}), ...(fresh ? RENDER : {}) },
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, status, _bytes, ms) => {
      if (status === expected) times.push(ms);
      else errors++;
    });
  });
  times.sort((a, b) => a - b);
  if (!times.length)
    console.error(
      `${route}: no 200 answers (${result.requests.total} requests, ${JSON.stringify(result.statusCodeStats)})`,
    );
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    rps: times.length / SECONDS,
    errors: errors + result.errors + result.timeouts,
    requests: times.length,
  };
}

async function main() {
  const { env, cleanup, summary } = await filledDatabase("load", {
    applications: APPLICATIONS,
    latestShare: LATEST_SHARE,
    alumni: ALUMNI,
  });
  if (process.env.BENCH_FILL_ONLY === "1") {
    // For looking at query plans and profiles: leave the filled database in place and say where it is.
    console.log(`filled database kept: ${JSON.stringify(env)} latest call ${summary.latestCall}`);
    process.exit(0);
  }
  // After the fill, which needs no build: BENCH_WAIT_BUILD=1 waits for a build running in another terminal.
  while (process.env.BENCH_WAIT_BUILD === "1" && !existsSync(".next/BUILD_ID"))
    await new Promise((r) => setTimeout(r, 5000));
  if (!existsSync(".next/BUILD_ID")) {
    const built = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
    if (built.status !== 0) throw new Error("next build failed");
  }
  let sqlLines = 0;
  const server: ChildProcess = spawn("npx", ["next", "start", "-p", String(PORT)], {
    // JOBS=off: the job runner's own statements would be counted as the page's round trips.
    env: { ...process.env, ...env, MADANG_COUNT_SQL: "1", NODE_ENV: "production", JOBS: "off" },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  server.stdout!.on("data", (chunk: Buffer) => {
    sqlLines += chunk
      .toString()
      .split("\n")
      .filter((line) => line === "[sql]").length;
  });
  try {
    await waitFor(`${base}/api/health`, 120);
    const admin = await signIn(base, "admin@madang.test");
    const reviewer = await signIn(base, "reviewer@madang.test");
    const call = `/admin/calls/${summary.latestCall}`;
    const routes: [string, string, string | undefined][] = (
      [
        ["application list", `${call}/applications`, admin],
        ["ranking", `${call}/ranking`, admin],
        ["review overview", `${call}/review`, admin],
        ["workbench", `${call}/selection`, admin],
        ["reviewer queue", "/review", reviewer],
        ["alumni directory", "/alumni/directory", admin],
        ["report (call)", `/admin/reports/calls/${summary.latestCall}`, admin],
        ["programme page", "/programmes/bench-reports", undefined],
      ] as [string, string, string | undefined][]
    ).filter(([name]) => !PAGES || PAGES.some((page) => name.includes(page)));
    for (const [name, route, cookie] of routes) {
      const started = performance.now();
      const response = await fetch(`${base}${route}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
      await response.arrayBuffer();
      console.error(`first ${name}: ${response.status} in ${Math.round(performance.now() - started)} ms`);
    }
    // 1. Round trips of one request alone (the server is otherwise idle, so every "[sql]" line is its own):
    //    rendered (a hard reload), then as sent again.
    const trips = new Map<string, { rendered: number; kept: number }>();
    for (const [name, route, cookie] of routes) {
      const most = { rendered: 0, kept: 0 };
      for (const kind of ["rendered", "kept"] as const) {
        for (let i = 0; i < 2; i++) {
          const before = sqlLines;
          const headers = { ...(cookie ? { cookie } : {}), ...(kind === "rendered" ? RENDER : {}) };
          const response = await fetch(`${base}${route}`, { headers, redirect: "manual" });
          await response.arrayBuffer();
          if (response.status !== 200) throw new Error(`${route} answered ${response.status}`);
          await new Promise((r) => setTimeout(r, 50)); // let the server's last log lines arrive
          most[kind] = Math.max(most[kind], sqlLines - before);
        }
      }
      trips.set(name, most);
    }
    // 2. Under load; the trivial route before and after, its better run as the floor.
    const healthBefore = await load("/api/health", undefined);
    const measured = new Map<string, { rendered: Measure; sent: Measure }>();
    let backgroundSeconds = 0;
    let backgroundWritten = 0;
    for (const [name, route, cookie] of routes) {
      const rendered = await load(route, cookie, 200, true);
      const started = performance.now();
      const writer = backgroundWriter(env.DATABASE_URL, BACKGROUND_WRITES);
      const sent = await load(route, cookie);
      backgroundWritten += await writer.stop();
      backgroundSeconds += (performance.now() - started) / 1000;
      measured.set(name, { rendered, sent });
      console.error(`measured ${name}`);
    }
    // The floor every page stands on, for reading the ratios: a page that renders the site's layout around
    // nothing (the not-found page, as the administrator), with no data of its own. Not one of the measured pages.
    const floor = await load("/admin/no-such-page", admin, 404);
    const healthAfter = await load("/api/health", undefined);
    const health = healthBefore.p95 <= healthAfter.p95 ? healthBefore : healthAfter;

    const lines = [
      `| page | rendered: p50 ms | p95 ms | req/s | p95 ratio | as sent: p50 ms | p95 ms | req/s | p95 ratio | SQL round trips (rendered / sent) | errors |`,
      `|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`,
      `| /api/health (trivial) | ${health.p50.toFixed(1)} | ${health.p95.toFixed(1)} | ${health.rps.toFixed(0)} | 1.0 | | | | | 0 | ${health.errors} |`,
    ];
    lines.push(
      `| floor: the layout around nothing (not-found page, not counted) | ${floor.p50.toFixed(1)} | ${floor.p95.toFixed(1)} | ${floor.rps.toFixed(0)} | ${(floor.p95 / health.p95).toFixed(1)} | | | | | – | ${floor.errors} |`,
    );
    let worst = 0;
    let worstRendered = 0;
    let maxTrips = 0;
    const cells = (m: Measure) =>
      `${m.p50.toFixed(1)} | ${m.p95.toFixed(1)} | ${m.rps.toFixed(1)} | ${(m.p95 / health.p95).toFixed(1)}`;
    for (const [name, route] of routes) {
      const { rendered, sent } = measured.get(name)!;
      worst = Math.max(worst, sent.p95 / health.p95);
      worstRendered = Math.max(worstRendered, rendered.p95 / health.p95);
      const trip = trips.get(name)!;
      maxTrips = Math.max(maxTrips, trip.rendered, trip.kept);
      lines.push(
        `| ${name} \`${route.replace(summary.latestCall, ":call")}\` | ${cells(rendered)} | ${cells(sent)} | ${trip.rendered} / ${trip.kept} | ${rendered.errors + sent.errors} |`,
      );
    }
    const cpus = os.cpus();
    console.log(
      `\n${new Date().toISOString()} · ${os.hostname()} · ${cpus.length} × ${cpus[0]?.model ?? "cpu"} · ${Math.round(os.totalmem() / 2 ** 30)} GB · ` +
        `Node ${process.version} · ${env.DATABASE_URL ? "Postgres" : "PGlite"} · ${summary.latestCallApplications} applications in the measured call ` +
        `(${summary.applications} in all) · autocannon ${CONNECTIONS} connections × ${SECONDS} s per page\n`,
    );
    console.log(lines.join("\n"));
    console.log(
      `\nas sent: while ${(backgroundWritten / Math.max(backgroundSeconds, 1)).toFixed(1)} writes a second went to ` +
        `sessions, sign-in throttles and jobs (LOAD_BACKGROUND_WRITES; none of them what the pages show)`,
    );
    console.log(`rendered on every request: worst_p95_ratio=${worstRendered.toFixed(1)}`);
    console.log(
      `load n=${summary.latestCallApplications} worst_p95_ratio=${worst.toFixed(1)} max_round_trips=${maxTrips}`,
    );
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM"); // npx and the next server it started
    await new Promise((r) => setTimeout(r, 1000));
    await cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
