import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import journal from "./migrations/meta/_journal.json";
import { readiness } from "./readiness";
import { openTestDatabase, testDrivers, type TestDatabase } from "./testing";

describe.each(testDrivers())("readiness on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("@scale is ready with every migration applied, and not ready when the newest is missing", async () => {
    const count = journal.entries.length;
    expect(await readiness(t.db)).toEqual({
      ready: true,
      database: true,
      migrations: { applied: count, expected: count },
    });
    const latest = Math.max(...journal.entries.map((e) => e.when));
    await t.db.execute(sql`delete from drizzle.__drizzle_migrations where created_at = ${latest}`);
    expect(await readiness(t.db)).toEqual({
      ready: false,
      database: true,
      migrations: { applied: count - 1, expected: count },
    });
    await t.db.execute(sql`drop table drizzle.__drizzle_migrations`);
    expect(await readiness(t.db)).toEqual({
      ready: false,
      database: true,
      migrations: { applied: 0, expected: count },
    });
  });
});
