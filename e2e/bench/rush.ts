/**
 * npm run bench:rush — 500 applicants submit at the same moment against a server on real Postgres.
 *
 * With RUSH_BASE_URL set, it uses that running server, which must use DATABASE_URL. Otherwise it makes a
 * fresh database on the DATABASE_URL server, migrates it, starts `next start` on it (RUSH_PORT, default
 * 3192; builds first if there is no build), and drops the database at the end.
 * Data is written straight to the database in one transaction (500 accounts with profiles and complete
 * drafts); then each applicant signs in through /api/account/sign-in (the real endpoint, no x-forwarded-for,
 * so only per-account throttling applies, and only to failures), and all 500 submits leave at once,
 * plus 50 repeated submits of the same version (double clicks) that must not store anything twice.
 * Before the rush, 500 simultaneous GETs of the trivial route (/api/health) on the same server give the
 * yardstick: ratio is the submits' p99 over the trivial requests' p99 (target ≤ 1.5). Each route gets 20 requests
 * first, so that neither pays for loading its modules in the measured phase (the submit route's are refused, 409).
 * Where Postgres runs on the same machine, it also prints the CPU time each request cost, in the server's process
 * and in the database's Postgres backends, for each phase (the server's only when it started the server, or when
 * RUSH_SERVER_PID names it): where they share the cores, a request waits for both.
 * Prints, last: rush submitted=N stored=N duplicates=N p50_ms=N p99_ms=N trivial_p99_ms=N ratio=N
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { signIn } from "./database";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import { and, eq, inArray, sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase, type Database } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { applicationEvents, applications, calls, cohorts, profiles, programmes, users } from "../../db/schema";
import { cpuMeter, percentile, waitFor } from "./timing";

const APPLICANTS = Number(process.env.RUSH_APPLICANTS ?? 500);
const DOUBLE_CLICKS = Math.min(50, APPLICANTS);
const PASSWORD = "rush-benchmark-password";
const SIGN_IN_CONCURRENCY = 8;

async function prepare(db: Database, runId: string) {
  const now = Date.now();
  const passwordHash = await hash(PASSWORD);
  return db.transaction(async (tx) => {
    const [programme] = await tx
      .insert(programmes)
      .values({ slug: `rush-${runId}`, title: `Rush benchmark ${runId}`, status: "published" })
      .returning({ id: programmes.id });
    const [cohort] = await tx
      .insert(cohorts)
      .values({ programmeId: programme!.id, title: "Rush cohort", year: 2027, timeZone: "Asia/Seoul" })
      .returning({ id: cohorts.id });
    const [call] = await tx
      .insert(calls)
      .values({
        cohortId: cohort!.id,
        title: "Rush call",
        status: "open",
        opensAt: new Date(now - 3_600_000),
        closesAt: new Date(now + 3_600_000),
        form: {
          pages: [{ title: "One" }],
          questions: [
            { id: "motivation", page: 0, type: "long_text", label: "Motivation", required: true, maxWords: 100 },
          ],
        },
        confirmationMessage: "Received.",
      })
      .returning({ id: calls.id });
    const people = Array.from({ length: APPLICANTS }, (_, i) => ({
      email: `rush-${runId}-${i}@example.org`,
      name: `Rush Applicant ${i}`,
      passwordHash,
    }));
    const created: { id: string; email: string }[] = [];
    for (let i = 0; i < people.length; i += 250)
      created.push(
        ...(await tx
          .insert(users)
          .values(people.slice(i, i + 250))
          .returning({ id: users.id, email: users.email })),
      );
    const countries = ["GH", "KE", "VN", "PE", "FR", "KZ", "BD", "CO"];
    for (let i = 0; i < created.length; i += 250) {
      const part = created.slice(i, i + 250);
      await tx.insert(profiles).values(
        part.map((u, j) => ({
          userId: u.id,
          nationality: countries[(i + j) % countries.length]!,
          residence: countries[(i + j) % countries.length]!,
          gender: (["woman", "man", "non_binary", "undisclosed"] as const)[(i + j) % 4],
          organisation: "Bench Org",
          field: "Music",
        })),
      );
    }
    const apps: { id: string; applicantId: string }[] = [];
    for (let i = 0; i < created.length; i += 250) {
      const part = created.slice(i, i + 250);
      apps.push(
        ...(await tx
          .insert(applications)
          .values(
            part.map((u, j) => ({
              callId: call!.id,
              applicantId: u.id,
              reference: `RUSH-${runId}-${i + j}`,
              answers: { motivation: "Ready to submit." },
            })),
          )
          .returning({ id: applications.id, applicantId: applications.applicantId })),
      );
    }
    const byUser = new Map(apps.map((a) => [a.applicantId, a.id]));
    return { callId: call!.id, applicants: created.map((u) => ({ email: u.email, applicationId: byUser.get(u.id)! })) };
  });
}

async function main() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl?.startsWith("postgres"))
    throw new Error("bench:rush needs DATABASE_URL=postgres://… (a real Postgres server)");
  const runId = randomBytes(3).toString("hex");
  let databaseUrl = serverUrl;
  let dropDatabase: (() => Promise<void>) | null = null;
  let server: ChildProcess | null = null;
  let base = process.env.RUSH_BASE_URL?.replace(/\/$/, "");

  if (!base) {
    const name = `madang_rush_${runId}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    dropDatabase = async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    };
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  }

  const handle = openDatabase(databaseUrl);
  try {
    if (dropDatabase) await migrateDatabase(handle.db, "postgres");
    const t0 = performance.now();
    const data = await prepare(handle.db, runId);
    console.log(
      `prepared ${data.applicants.length} applicants with drafts in ${Math.round(performance.now() - t0)} ms`,
    );

    if (!base) {
      const port = process.env.RUSH_PORT ?? "3192";
      const env = {
        ...process.env,
        DATABASE_URL: databaseUrl,
        AUTH_TRUST_HOST: "true",
        APP_URL: `http://localhost:${port}`,
        NODE_ENV: "production" as const,
      };
      const nextBin = path.resolve("node_modules/next/dist/bin/next");
      if (!existsSync(".next/BUILD_ID")) {
        console.log("no build found: next build");
        const built = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
        if (built.status !== 0) throw new Error("next build failed");
      }
      server = spawn(process.execPath, [nextBin, "start", "-p", port], { stdio: ["ignore", "ignore", "inherit"], env });
      base = `http://localhost:${port}`;
      await waitFor(`${base}/api/health`, 90);
    }

    const t1 = performance.now();
    const cookies: string[] = new Array(data.applicants.length);
    let next = 0;
    await Promise.all(
      Array.from({ length: SIGN_IN_CONCURRENCY }, async () => {
        while (next < data.applicants.length) {
          const i = next++;
          cookies[i] = await signIn(base!, data.applicants[i]!.email, PASSWORD);
        }
      }),
    );
    console.log(`signed in ${cookies.length} applicants in ${Math.round(performance.now() - t1)} ms`);

    // The yardstick: as many trivial requests at once, on the same server, just before the rush.
    const trivial = async () => {
      const started = performance.now();
      const response = await fetch(`${base}/api/health`);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`/api/health answered ${response.status}`);
      return performance.now() - started;
    };
    await Promise.all(Array.from({ length: 20 }, trivial)); // warm-up
    // The same for the submit route (its modules load on its first request), before the trivial phase so that the rush
    // still follows it at once: refused submits of a version that is not the draft's (409 stale), which write nothing.
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const response = await fetch(`${base}/api/applications/${data.applicants[i]!.applicationId}/submit`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: cookies[i]! },
          body: JSON.stringify({ version: 2 }),
        });
        await response.arrayBuffer();
        if (response.status !== 409) throw new Error(`the warm-up submit answered ${response.status}, not 409`);
      }),
    );
    const serverPid = server?.pid ?? (Number(process.env.RUSH_SERVER_PID) || undefined);
    const cpu = cpuMeter(serverPid, new URL(databaseUrl).pathname.slice(1));
    const beforeTrivial = cpu();
    const trivialLatencies = (await Promise.all(data.applicants.map(trivial))).sort((a, b) => a - b);
    const trivialP99 = percentile(trivialLatencies, 99);

    // Everyone at once: the requests are built first, then released together.
    const submit = async (i: number) => {
      const started = performance.now();
      const response = await fetch(`${base}/api/applications/${data.applicants[i]!.applicationId}/submit`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: cookies[i]! },
        body: JSON.stringify({ version: 1 }),
      });
      const body = (await response.json().catch(() => null)) as {
        ok?: boolean;
        alreadySubmitted?: boolean;
        formError?: string;
      } | null;
      return {
        i,
        ms: performance.now() - started,
        status: response.status,
        ok: Boolean(body?.ok),
        repeat: Boolean(body?.alreadySubmitted),
        error: body?.formError,
      };
    };
    const beforeRush = cpu();
    const t2 = performance.now();
    const results = await Promise.all([
      ...data.applicants.map((_, i) => submit(i)),
      ...Array.from({ length: DOUBLE_CLICKS }, (_, i) => submit(i)),
    ]);
    const wall = performance.now() - t2;
    const afterRush = cpu();

    const firsts = results.slice(0, data.applicants.length);
    const okApplicants = new Set(results.filter((r) => r.ok).map((r) => r.i));
    const failures = results.filter((r) => !r.ok);
    for (const f of failures.slice(0, 5)) console.log(`  refused: ${f.status} ${f.error ?? ""}`);
    const latencies = firsts.map((r) => r.ms).sort((a, b) => a - b);

    const ids = data.applicants.map((a) => a.applicationId);
    const [stored] = await handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(applications)
      .where(and(eq(applications.callId, data.callId), eq(applications.status, "submitted")));
    const [rows] = await handle.db
      .select({ extra: sql<number>`(count(*) - count(distinct ${applications.applicantId}))::int` })
      .from(applications)
      .where(eq(applications.callId, data.callId));
    const [events] = await handle.db
      .select({ extra: sql<number>`(count(*) - count(distinct ${applicationEvents.applicationId}))::int` })
      .from(applicationEvents)
      .where(and(inArray(applicationEvents.applicationId, ids), eq(applicationEvents.toStatus, "submitted")));
    const duplicates = (rows?.extra ?? 0) + (events?.extra ?? 0);

    console.log(
      `${results.length} requests (${data.applicants.length} applicants + ${DOUBLE_CLICKS} repeated submits) in ${Math.round(wall)} ms; ${failures.length} refused; ${results.filter((r) => r.repeat).length} answered as already submitted`,
    );
    if (beforeTrivial && beforeRush && afterRush && afterRush.postgresMs > 0) {
      const per = (a: number | null, b: number | null, n: number) =>
        a === null || b === null ? "?" : ((b - a) / n).toFixed(2);
      const n = data.applicants.length;
      console.log(
        `cpu ms per request: trivial server=${per(beforeTrivial.serverMs, beforeRush.serverMs, n)} postgres=${per(beforeTrivial.postgresMs, beforeRush.postgresMs, n)}; submit server=${per(beforeRush.serverMs, afterRush.serverMs, results.length)} postgres=${per(beforeRush.postgresMs, afterRush.postgresMs, results.length)}`,
      );
    }
    const p99 = percentile(latencies, 99);
    console.log(
      `rush submitted=${okApplicants.size} stored=${stored?.n ?? 0} duplicates=${duplicates} p50_ms=${Math.round(percentile(latencies, 50))} p99_ms=${Math.round(p99)} trivial_p99_ms=${Math.round(trivialP99)} ratio=${(p99 / trivialP99).toFixed(2)}`,
    );
    if (okApplicants.size !== data.applicants.length || stored?.n !== data.applicants.length || duplicates !== 0)
      process.exitCode = 1;
  } finally {
    if (server?.pid) server.kill("SIGTERM");
    await handle.close();
    if (dropDatabase) await dropDatabase();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
