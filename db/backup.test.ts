// @scale backup and restore as the README says: pg_dump of a database with data, pg_restore into a new
// database, and the same figures read back from the copy. It needs the Postgres server and its client tools,
// so it runs where the suite runs on Postgres (DATABASE_URL), like every other Postgres-only test.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applications, jobs, storedFiles } from "@/db/schema";
import { databaseStorage } from "@/lib/uploads/storage";
import { enqueueJob } from "@/lib/jobs/queue";
import { buildFixture } from "@/lib/review/test-fixture";
import { openDatabase, type Database } from "./client";
import { openTestDatabase, testDrivers, type TestDatabase } from "./testing";

const run = promisify(execFile);

/** The figures compared: applications by status, the queue, and a stored file's bytes. */
async function figures(db: Database) {
  const byStatus = await db
    .select({ status: applications.status, n: sql<number>`count(*)::int` })
    .from(applications)
    .groupBy(applications.status)
    .orderBy(applications.status);
  const file = await databaseStorage(db).get("participants/backup-check");
  return { byStatus, jobs: await db.$count(jobs), file: file ? Array.from(file) : null };
}

describe.each(testDrivers().filter((d) => d === "postgres"))("backup and restore on %s", (driver) => {
  let t: TestDatabase;
  let dir: string;
  const copy = `madang_restore_${randomBytes(6).toString("hex")}`;
  const admin = postgres(process.env.DATABASE_URL ?? "postgres://unset", { max: 1, onnotice: () => {} });
  const urlOf = (name: string) => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    return url.toString();
  };
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    dir = await mkdtemp(path.join(tmpdir(), "madang-backup-"));
  });
  afterAll(async () => {
    await t?.close();
    await admin.unsafe(`drop database if exists "${copy}" with (force)`);
    await admin.end();
    await rm(dir, { recursive: true, force: true });
  });

  it("@scale pg_dump, pg_restore into a new database, and the copy answers with the same figures", async () => {
    const f = await buildFixture(t.db, [
      ["KR", "woman"],
      ["VN", "man"],
      ["TH", "woman"],
    ]);
    await t.db.update(applications).set({ status: "draft" }).where(eq(applications.id, f.apps[2]!.id));
    await enqueueJob(t.db, { type: "mail.send", uniqueKey: "mail.send:backup" });
    await databaseStorage(t.db).put("participants/backup-check", new Uint8Array([0, 1, 2, 254, 255]));
    const before = await figures(t.db);
    expect(before.byStatus).toEqual([
      { status: "draft", n: 1 },
      { status: "submitted", n: 2 },
    ]);

    const [{ name }] = (await t.db.execute(sql`select current_database() as name`)) as unknown as [{ name: string }];
    const dump = path.join(dir, "madang.dump");
    await run("pg_dump", ["--format=custom", "--no-owner", `--file=${dump}`, `--dbname=${urlOf(name)}`]);
    await admin.unsafe(`create database "${copy}"`);
    await run("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${urlOf(copy)}`, dump]);

    const restored = openDatabase(urlOf(copy));
    try {
      expect(await figures(restored.db)).toEqual(before);
      expect(await restored.db.$count(storedFiles)).toBe(1);
    } finally {
      await restored.close();
    }
  });
});
