import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { readFile } from "node:fs/promises";
import { inject } from "vitest";
import { openDatabase, openMemoryDatabase, type Database } from "../client";

let snapshotBlob: Promise<Blob> | undefined;
/** The run's migrated PGlite data directory, read once per worker. */
const snapshot = () =>
  (snapshotBlob ??= readFile(inject("pgliteSnapshot")).then((bytes) => new Blob([new Uint8Array(bytes)])));

export type TestDriver = "pglite" | "postgres";
export type TestDatabase = { driver: TestDriver; db: Database; close: () => Promise<void> };

/** PGlite always; the Postgres server too when DATABASE_URL is set (as in CI). */
export function testDrivers(): TestDriver[] {
  return process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

/**
 * A fresh, migrated database for one test file: an in-memory PGlite, or a new database on the Postgres server
 * that is dropped on close. Each is a copy of the one migrated for the run (db/testing/global-setup.ts: a PGlite
 * data directory, a template database), so nothing is shared between files or with the app.
 */
export async function openTestDatabase(driver: TestDriver): Promise<TestDatabase> {
  if (driver === "pglite") {
    const handle = openMemoryDatabase(await snapshot());
    return { driver, db: handle.db, close: handle.close };
  }
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("DATABASE_URL is not set");
  const name = `madang_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}" template "${inject("postgresTemplate")}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase(url.toString());
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
