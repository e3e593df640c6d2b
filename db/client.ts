import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { AsyncLocalStorage } from "node:async_hooks";
import { mkdirSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import * as schema from "./schema";
import { noteStatement } from "./write-marks";

/** The one type every query sees, whichever driver runs underneath. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Commands accept either the database or an open transaction. */
export type Executor = Database | Transaction;

type Handle = { db: Database; close: () => Promise<void>; driver: "postgres" | "pglite" };

const sqlCounter = new AsyncLocalStorage<{ statements: number }>();

/**
 * Runs `work` and counts the SQL statements (round trips) it sends, on any handle and either driver: the
 * counter follows the async context, so statements of other requests running meanwhile are not counted.
 */
export async function countSqlRoundTrips<T>(work: () => Promise<T>): Promise<{ result: T; roundTrips: number }> {
  const counter = { statements: 0 };
  const result = await sqlCounter.run(counter, work);
  return { result, roundTrips: counter.statements };
}

// MADANG_COUNT_SQL=1 also prints one "[sql]" line per statement, so a benchmark can count round trips per page;
// MADANG_COUNT_SQL=2 prints each statement's start after it, to see which they are.
const printSql = process.env.MADANG_COUNT_SQL === "1" || process.env.MADANG_COUNT_SQL === "2";
const printText = process.env.MADANG_COUNT_SQL === "2";
const logger = {
  logQuery: (query: string) => {
    const counter = sqlCounter.getStore();
    if (counter) counter.statements++;
    noteStatement(query);
    if (printSql)
      process.stdout.write(printText ? `[sql]\n  ${query.slice(0, 160).replace(/\s+/g, " ")}\n` : "[sql]\n");
  },
};

/** Where the embedded database lives; each process that writes must have its own: PGlite takes no lock, and two writers lose rows. */
function pgliteDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PGLITE_DIR ?? ".data/pglite");
}

type Sql = ReturnType<typeof postgres>;
type Method = (...args: unknown[]) => unknown;

/**
 * postgres.js with every statement drizzle sends prepared on its connection. drizzle runs each statement through
 * `sql.unsafe`, which postgres.js leaves unprepared, so Postgres parsed, analysed and planned every statement of
 * every request. Prepared (a named statement kept per connection, postgres.js's own cache by the statement's text)
 * a submission cost Postgres 2.1 ms of CPU instead of 3.2, and 500 simultaneous submissions came to 1.54× the
 * trivial route instead of 2.0–2.3× (e2e/bench/RESULTS.md, bench:rush). Plans stay custom (plan_cache_mode, below):
 * a generic plan would save more, but could serve a keyset page whose filter picks a few rows with the plan of
 * one that picks most. A statement without parameters (a migration's script) still goes by the simple protocol;
 * one whose plan a schema change invalidated is prepared again by postgres.js. DATABASE_PREPARE=0 turns it off
 * (a transaction-mode pooler older than PgBouncer 1.21 cannot keep prepared statements).
 */
function preparing<T extends object>(sql: T): T {
  return new Proxy(sql, {
    get(target, property) {
      const client = target as unknown as Sql;
      if (property === "unsafe")
        return (query: string, args?: unknown[], options?: Record<string, unknown>) =>
          client.unsafe(query, args as never, { ...options, prepare: true });
      // A transaction's (and a savepoint's) own client is another postgres.js object: it prepares too.
      if (property === "begin" || property === "savepoint")
        return (...args: unknown[]) => {
          const work = args.pop() as (inner: object) => unknown;
          const open = (client as unknown as Record<string, Method>)[property]!;
          return open.call(client, ...args, (inner: object) => work(preparing(inner)));
        };
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === "function" ? (value as Method).bind(target) : value;
    },
  });
}

export function openDatabase(url = process.env.DATABASE_URL): Handle {
  if (url) {
    const sql = postgres(url, {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      onnotice: () => {},
      // No JIT compilation: a web request's statements are short, and Postgres judges by estimated cost, so a
      // statement whose costly part is skipped at run time (a kept report, lib/reports/queries.ts) spent ~0.9 s
      // compiling code it never ran. PGlite has no JIT.
      // force_custom_plan: a prepared statement is still planned for its own parameters (see preparing).
      connection: { jit: "off", plan_cache_mode: "force_custom_plan" },
    });
    const client = process.env.DATABASE_PREPARE === "0" ? sql : preparing(sql);
    return {
      db: drizzlePostgres(client, { schema, casing: "snake_case", logger }) as unknown as Database,
      close: () => sql.end(),
      driver: "postgres",
    };
  }
  const dir = process.env.PGLITE_DIR === "memory://" ? "memory://" : pgliteDir();
  if (dir !== "memory://") mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir);
  return {
    db: drizzlePglite(client, { schema, casing: "snake_case", logger }) as unknown as Database,
    close: () => client.close(),
    driver: "pglite",
  };
}

/** An in-memory PGlite for tests: nothing on disk, nothing shared; empty, or started from a dumped data directory. */
export function openMemoryDatabase(loadDataDir?: Blob): Handle {
  const client = new PGlite(loadDataDir ? { loadDataDir } : undefined);
  return {
    db: drizzlePglite(client, { schema, casing: "snake_case", logger }) as unknown as Database,
    close: () => client.close(),
    driver: "pglite",
  };
}

const globalForDb = globalThis as unknown as { madangDb?: Handle };

/** The process's one database handle, cached on globalThis so dev reloads do not open another. */
export function getDb(): Database {
  globalForDb.madangDb ??= openDatabase();
  return globalForDb.madangDb.db;
}
