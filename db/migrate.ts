import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase, type Database } from "./client";

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

/**
 * Applies the committed migrations; the same SQL runs on Postgres and on PGlite. Then every table gets the
 * trigger that counts its writes (db/write-marks.ts), the tables of migrations later than 0020 included.
 */
export async function migrateDatabase(db: Database, driver: "postgres" | "pglite"): Promise<void> {
  // The two migrators take their own driver's database type; both are the same PgDatabase underneath.
  if (driver === "postgres") await migratePostgres(db as never, { migrationsFolder });
  else await migratePglite(db as never, { migrationsFolder });
  await db.execute(sql`select mark_all_tables()`);
}

async function main() {
  const started = Date.now();
  const handle = openDatabase();
  try {
    await migrateDatabase(handle.db, handle.driver);
    console.log(`migrated (${handle.driver}) in ${Date.now() - started} ms`);
  } finally {
    await handle.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
