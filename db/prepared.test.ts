// Statements are prepared on their connection, inside transactions too, with plans made for their own parameters
// (db/client.ts `preparing`). It needs the Postgres server, so it runs where the suite runs on Postgres
// (DATABASE_URL), like every other Postgres-only test; PGlite has no prepared-statement cache to check. A statement
// without parameters goes by the simple protocol, prepared by nobody, so each statement checked here has one.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { executeRows } from "./subquery";
import { openTestDatabase, testDrivers, type TestDatabase } from "./testing";

describe.each(testDrivers().filter((d) => d === "postgres"))("prepared statements on %s", (driver) => {
  let t: TestDatabase;
  const pool = process.env.DATABASE_POOL_SIZE;
  beforeAll(async () => {
    // One connection, so every statement below meets the same session's prepared statements.
    process.env.DATABASE_POOL_SIZE = "1";
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
    if (pool === undefined) delete process.env.DATABASE_POOL_SIZE;
    else process.env.DATABASE_POOL_SIZE = pool;
  });

  const preparedLike = async (marker: string) =>
    (
      await executeRows<{ n: number }>(
        t.db,
        sql`select count(*)::int as n from pg_prepared_statements where statement like ${`%${marker}%`} and statement not like '%pg_prepared_statements%'`,
      )
    )[0]!.n;

  it("prepares a drizzle query and a hand-written statement once, and answers them the same each time", async () => {
    for (let i = 0; i < 3; i++) {
      const found = await t.db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.email, `nobody-${i}@example.org`));
      expect(found).toEqual([]);
      const [row] = await executeRows<{ twice: number }>(t.db, sql`select ${i}::int * 2 as twice /* marker-hand */`);
      expect(row!.twice).toBe(i * 2);
    }
    expect(await preparedLike('from "users" where "users"."email" =')).toBe(1);
    expect(await preparedLike("marker-hand")).toBe(1);
  });

  it("prepares inside a transaction and a savepoint, and a rollback still undoes their writes", async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await tx.execute(sql`select ${1}::int as one /* marker-tx */`);
        await tx.transaction(async (inner) => {
          await inner.execute(sql`select ${2}::int as two /* marker-savepoint */`);
        });
        await tx.insert(users).values({ email: "rolled-back@example.org", name: "Rolled Back" });
        throw new Error("undo");
      }),
    ).rejects.toThrow("undo");
    expect(await t.db.$count(users, eq(users.email, "rolled-back@example.org"))).toBe(0);
    expect(await preparedLike("marker-tx")).toBe(1);
    expect(await preparedLike("marker-savepoint")).toBe(1);
  });

  it("plans each prepared statement for its own parameters", async () => {
    const [row] = await executeRows<{ mode: string }>(t.db, sql`select current_setting('plan_cache_mode') as mode`);
    expect(row!.mode).toBe("force_custom_plan");
  });
});
