/**
 * npm run bench:reports — the report pages on 20 editions and 100,000 applications.
 *
 * Fills a fresh database (a new database on the DATABASE_URL server, else a fresh PGlite directory under
 * .data/bench-reports) with the demo seed plus db/fill's programme of 20 editions whose calls hold 100,000
 * applications (with reviews and 10,000 alumni), starts the built server on it (`next start`,
 * building first if there is no build) with MADANG_COUNT_SQL=1, and times, in one run and one after the
 * other, each report page and a trivial route of the same server (/api/health). Round trips are the
 * "[sql]" lines db/client.ts prints while one request runs. Reports keep their figures (lib/reports/report.ts: in
 * Postgres, and a minute per process), so each line also shows the first, computing request. A plain admin page (the programme
 * list) is timed beside them for reference: the floor that the layout, session and guard set. Then the server is
 * restarted and each page's first request timed again ("restart"): the figures kept in Postgres (report_snapshots)
 * spare it the aggregate. Prints, last:
 *   reports n=100000 worst_p95_ratio=N round_trips_max=N
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { filledDatabase, signIn } from "./database";
import { existsSync } from "node:fs";
import { percentile, RENDER, waitFor } from "./timing";

const APPLICATIONS = Number(process.env.BENCH_APPLICATIONS ?? 100_000);
const EDITIONS = 20;
// 100 rounds: with 40, a p95 is the second-slowest answer, and one garbage collection or a neighbour's burst on a
// shared machine moved the ratio from 2.8 to 4.4 between runs of the same build (e2e/bench/RESULTS.md).
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const PORT = Number(process.env.BENCH_PORT ?? 3193);
const base = `http://localhost:${PORT}`;
const REFERENCE = "/admin/programmes";

async function main() {
  if (!existsSync(".next/BUILD_ID")) {
    const built = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
    if (built.status !== 0) throw new Error("next build failed");
  }
  const { env, cleanup, summary } = await filledDatabase("reports", {
    applications: APPLICATIONS,
    editions: EDITIONS,
    alumni: 10_000,
  });
  const ids = { programme: summary.programme, edition: summary.latestEdition, call: summary.latestCall };
  if (process.env.BENCH_FILL_ONLY === "1") {
    // For looking at query plans: leave the filled database in place and say where it is.
    console.log(`filled database kept: ${JSON.stringify(env)}`);
    process.exit(0);
  }
  let sqlLines = 0;
  const start = (): ChildProcess => {
    const started = spawn("npx", ["next", "start", "-p", String(PORT)], {
      // JOBS=off: the job runner's own statements would be counted as the page's round trips.
      env: { ...process.env, ...env, MADANG_COUNT_SQL: "1", NODE_ENV: "production", JOBS: "off" },
      stdio: ["ignore", "pipe", "inherit"],
      detached: true,
    });
    started.stdout!.on("data", (chunk: Buffer) => {
      sqlLines += chunk
        .toString()
        .split("\n")
        .filter((line) => line === "[sql]").length;
    });
    return started;
  };
  const stop = async (running: ChildProcess) => {
    // npx and the next server it started (already gone if it could not start, e.g. its port was taken).
    if (running.pid) {
      try {
        process.kill(-running.pid, "SIGTERM");
      } catch {}
    }
    await new Promise((r) => setTimeout(r, 1000));
  };
  let server = start();
  try {
    await waitFor(`${base}/api/health`, 120);
    const admin = await signIn(base, "admin@madang.test");
    const partner = await signIn(base, "partner@madang.test");
    const routes: [string, string | undefined][] = [
      ["/api/health", undefined],
      // For reference, not in the figure: a plain admin page under the same layout, session and guard.
      [REFERENCE, admin],
      ["/admin/reports", admin],
      [`/admin/reports/programmes/${ids.programme}`, admin],
      [`/admin/reports/editions/${ids.edition}`, admin],
      [`/admin/reports/calls/${ids.call}`, admin],
      [`/admin/reports?from=2010&to=2015`, admin],
      [`/admin/reports/programmes/${ids.programme}/summary`, admin],
      ["/partner/reports", partner],
    ];
    const samples = new Map(routes.map(([route]) => [route, [] as number[]]));
    const trips = new Map(routes.map(([route]) => [route, 0]));
    const cold = new Map<string, number>();
    const bytes = new Map<string, number>();
    // Rounds over every route, so that the trivial route and the reports see the same server and moment.
    for (let round = 0; round < RUNS + 2; round++) {
      for (const [route, cookie] of routes) {
        const before = sqlLines;
        const t0 = performance.now();
        const response = await fetch(`${base}${route}`, {
          headers: { ...(cookie ? { cookie } : {}), ...RENDER },
          redirect: "manual",
        });
        const size = (await response.arrayBuffer()).byteLength;
        const ms = performance.now() - t0;
        bytes.set(route, size);
        if (response.status !== 200) throw new Error(`${route} answered ${response.status}`);
        await new Promise((r) => setTimeout(r, 20)); // let the server's last log lines arrive
        if (round === 0) cold.set(route, ms); // the first request of a report computes it; later ones within a minute reuse it
        // Round trips count on every request, the computing first one included; times only once warm.
        trips.set(route, Math.max(trips.get(route)!, sqlLines - before));
        if (round >= 2) samples.get(route)!.push(ms);
      }
    }
    // A restarted server keeps no report in memory: its first request of each reads the figures kept in Postgres.
    await stop(server);
    server = start();
    await waitFor(`${base}/api/health`, 120);
    const restart = new Map<string, number>();
    for (const [route, cookie] of routes) {
      const t0 = performance.now();
      const response = await fetch(`${base}${route}`, {
        headers: { ...(cookie ? { cookie } : {}), ...RENDER },
        redirect: "manual",
      });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${route} answered ${response.status} after the restart`);
      restart.set(route, performance.now() - t0);
    }
    const p95 = (route: string) =>
      percentile(
        [...samples.get(route)!].sort((a, b) => a - b),
        95,
      );
    const healthP95 = p95("/api/health");
    let worstRatio = 0;
    let maxTrips = 0;
    for (const [route] of routes) {
      const sorted = [...samples.get(route)!].sort((a, b) => a - b);
      const ratio = p95(route) / healthP95;
      if (route !== "/api/health" && route !== REFERENCE) {
        worstRatio = Math.max(worstRatio, ratio);
        maxTrips = Math.max(maxTrips, trips.get(route)!);
      }
      console.log(
        `${route.padEnd(72)} p50 ${percentile(sorted, 50).toFixed(1)} ms  p95 ${p95(route).toFixed(1)} ms  ratio ${ratio.toFixed(1)}  sql ${trips.get(route)}  first ${cold.get(route)!.toFixed(0)} ms  restart ${restart.get(route)!.toFixed(0)} ms  ${Math.round(bytes.get(route)! / 1024)} kB`,
      );
    }
    console.log(`reports n=${APPLICATIONS} worst_p95_ratio=${worstRatio.toFixed(1)} round_trips_max=${maxTrips}`);
  } finally {
    await stop(server);
    await cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
