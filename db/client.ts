import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { AsyncLocalStorage } from "node:async_hooks";
import { mkdirSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import * as schema from "./schema";

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
    if (printSql)
      process.stdout.write(printText ? `[sql]\n  ${query.slice(0, 160).replace(/\s+/g, " ")}\n` : "[sql]\n");
  },
};

/** Where the embedded database lives; each process that writes must have its own: PGlite takes no lock, and two writers lose rows. */
function pgliteDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PGLITE_DIR ?? ".data/pglite");
}

export function openDatabase(url = process.env.DATABASE_URL): Handle {
  if (url) {
    const sql = postgres(url, {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      onnotice: () => {},
      // No JIT compilation: a web request's statements are short, and Postgres judges by estimated cost, so a
      // statement whose costly part is skipped at run time (a kept report, lib/reports/queries.ts) spent ~0.9 s
      // compiling code it never ran. PGlite has no JIT.
      connection: { jit: "off" },
    });
    return {
      db: drizzlePostgres(sql, { schema, casing: "snake_case", logger }) as unknown as Database,
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

/** An in-memory PGlite for tests: nothing on disk, nothing shared. */
export function openMemoryDatabase(): Handle {
  const client = new PGlite();
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
