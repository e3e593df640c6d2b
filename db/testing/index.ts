import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, openMemoryDatabase, type Database } from "../client";
import { migrateDatabase } from "../migrate";

export type TestDriver = "pglite" | "postgres";
export type TestDatabase = { driver: TestDriver; db: Database; close: () => Promise<void> };

/** PGlite always; the Postgres server too when DATABASE_URL is set (as in CI). */
export function testDrivers(): TestDriver[] {
  return process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

/**
 * A fresh, migrated database for one test file: an in-memory PGlite, or a new database on the
 * Postgres server that is dropped on close. Nothing is shared between files or with the app.
 */
export async function openTestDatabase(driver: TestDriver): Promise<TestDatabase> {
  if (driver === "pglite") {
    const handle = openMemoryDatabase();
    await migrateDatabase(handle.db, "pglite");
    return { driver, db: handle.db, close: handle.close };
  }
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("DATABASE_URL is not set");
  const name = `madang_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase(url.toString());
  await migrateDatabase(handle.db, "postgres");
  return {
    driver,
    db: handle.db,
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}
