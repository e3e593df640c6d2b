import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, openSync, rmSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase, type Database } from "../../db/client";

/**
 * A server of the security suites' own, on a database of its own: the built app (`.next`, which the
 * shared web server has just built) started with `next start` on E2E_PORT + 100, over a fresh seed. The
 * suites stop it to read table checksums, because a PGlite directory has one process at a time; on
 * Postgres (DATABASE_URL) they are read the same way, so one path serves both.
 */
const port = Number(process.env.E2E_PORT ?? "3100") + 100;
export const SECURITY_BASE_URL = `http://localhost:${port}`;
const LOG_DIR = path.resolve(".data");
mkdirSync(LOG_DIR, { recursive: true });

// Rows that any request writes by design: throttle counters (refusals count too), the session's last use,
// the audit trail of sign-ins and refusals, the figures a report or a page keeps once read (lib/reports/report.ts,
// db/kept.ts), and the stored ranking a permitted read works out when it is out of date (lib/review/ranking.ts:
// the scores, the call's figures, the changes it consumes, and the call's counts per status that the same refresh
// settles, lib/calls/status-counts.ts, whose rows change while their sums do not); a refused request never
// reaches those. Every other table must come out of a refused request unchanged. (The ranking passed only when
// another suite in the same worker had read it first.) And the count of writes per table (db/write-marks.ts),
// which moves with each of those.
const VOLATILE_TABLES = new Set([
  "write_marks",
  "rate_limits",
  "user_sessions",
  "audit_log",
  "report_snapshots",
  "application_scores",
  "call_rankings",
  "ranking_changes",
  "application_status_counts",
]);

function databaseEnv(): Record<string, string> {
  const server = process.env.DATABASE_URL;
  if (!server) return { PGLITE_DIR: path.resolve(`.data/e2e-security-${port}`) };
  const url = new URL(server);
  url.pathname = `${url.pathname.replace(/\/$/, "")}_security_${port}`;
  return { DATABASE_URL: url.toString() };
}

/**
 * Whether a server listens on the port and is healthy (null: nothing listens), asked over a new connection each
 * time: fetch would reuse a kept-alive connection to a server that has already closed its port, take its
 * answer for the next server's, and the suite would then find nobody there.
 */
function answers(): Promise<boolean | null> {
  return new Promise((resolve) => {
    const request = http.get(`${SECURITY_BASE_URL}/api/health`, { agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.setTimeout(10_000, () => request.destroy());
    request.on("error", () => resolve(null));
  });
}

export class SecurityServer {
  private child: ChildProcess | null = null;
  readonly env: NodeJS.ProcessEnv;

  constructor() {
    this.env = {
      ...process.env,
      ...databaseEnv(),
      AUTH_TRUST_HOST: "true",
      APP_URL: SECURITY_BASE_URL,
      MAIL_DEV_INBOX: "true",
      // No job runner: the checksums must see only what the requests did, not the minute's outbox job.
      JOBS: "off",
    };
  }

  /** A fresh database, migrated and seeded the way the shared e2e server does it. */
  async prepare(): Promise<void> {
    if (this.env.DATABASE_URL) {
      const url = new URL(this.env.DATABASE_URL);
      const name = url.pathname.slice(1);
      url.pathname = "/postgres";
      const admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.unsafe(`create database "${name}"`);
      await admin.end();
    } else {
      rmSync(this.env.PGLITE_DIR!, { recursive: true, force: true });
    }
    for (const script of ["db/migrate.ts", "db/seed/index.ts"]) {
      const result = spawnSync("npx", ["tsx", script], { env: this.env, stdio: ["ignore", "ignore", "inherit"] });
      if (result.status !== 0) throw new Error(`${script} failed`);
    }
  }

  /** Opens the database while the server is stopped (PGlite allows one process). */
  async withDatabase<T>(fn: (db: Database) => Promise<T>): Promise<T> {
    if (this.child) throw new Error("stop the server before opening its database");
    const previous = process.env.PGLITE_DIR;
    if (this.env.PGLITE_DIR) process.env.PGLITE_DIR = this.env.PGLITE_DIR;
    const handle = openDatabase(this.env.DATABASE_URL || undefined);
    try {
      return await fn(handle.db);
    } finally {
      await handle.close();
      if (previous === undefined) delete process.env.PGLITE_DIR;
      else process.env.PGLITE_DIR = previous;
    }
  }

  async start(): Promise<void> {
    if (this.child) return;
    const child = spawn("npx", ["next", "start", "-p", String(port)], {
      env: this.env,
      // Its log (the errors behind any 500) goes to a file beside its database, not into the test report.
      stdio: ["ignore", "ignore", openSync(`${LOG_DIR}/e2e-security-${port}.log`, "a")],
      detached: true,
    });
    this.child = child;
    for (let i = 0; i < 600; i++) {
      if (await answers()) return; // null: not listening yet
      if (child.exitCode !== null) throw new Error(`the security server exited with ${child.exitCode}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error("the security server did not start");
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    if (child.pid) process.kill(-child.pid, "SIGTERM");
    await exited;
    // npx exits before the next-server it started has let go of the port (it waits for open keep-alive
    // connections): wait until nothing answers there, killing the group after 5 s, or the next start()
    // would take the dying server's answer for its own.
    for (let i = 0; i < 200; i++) {
      if (i === 50 && child.pid) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
      if ((await answers()) === null) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error("the security server did not stop");
  }
}

/** One md5 per table over its rows in a stable order, volatile tables left out (see above). */
export async function tableChecksums(db: Database): Promise<Map<string, string>> {
  const rows = await rowsOf<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const sums = new Map<string, string>();
  for (const { name } of rows) {
    if (VOLATILE_TABLES.has(name) || name.startsWith("__drizzle")) continue;
    const table = sql.identifier(name);
    const [row] = await rowsOf<{ sum: string | null }>(
      db,
      sql`select md5(coalesce(string_agg(t::text, '' order by t::text), '')) as sum from ${table} t`,
    );
    sums.set(name, row?.sum ?? "");
  }
  return sums;
}

/** The tables whose checksum differs between two readings. */
export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((t) => before.get(t) !== after.get(t));
}

export async function rowsOf<T>(db: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}
