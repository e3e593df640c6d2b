import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keptSql, storeCounted } from "./kept";
import { executeRows } from "./subquery";
import { openTestDatabase, testDrivers, type TestDatabase } from "./testing";

describe.each(testDrivers())("kept live figures on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    await t.db.execute(sql`create table counted_things (n int not null)`);
    await t.db.execute(sql`insert into counted_things values (1), (2)`);
  });
  afterAll(async () => {
    await t?.close();
  });

  // The sum of the table, kept under `test:sum` until the version of `test` moves.
  const read = async () => {
    const [row] = await t.db
      .select({
        kept: keptSql<{ sum: number }>(
          { key: "test:sum", versionKey: "test" },
          sql`json_build_object('sum', (select sum(n) from counted_things))`,
        ),
      })
      .from(sql`(values (1)) as one (x)`);
    return row!.kept;
  };
  const change = async (n: number) => {
    await t.db.execute(sql`insert into counted_things values (${n})`);
    // What a trigger does in the writer's transaction (migration 0016).
    await t.db.execute(sql`select bump_figure_versions(array['test'])`);
  };

  it("counts when nothing is kept, reads the kept figures until the version moves, and never keeps an older count", async () => {
    const first = await read();
    expect(first).toEqual({ data: { sum: 3 }, counted: { key: "test:sum", version: 0, data: { sum: 3 } } });
    await storeCounted(t.db, [first.counted]);
    // Kept: a change that bumps nothing is not seen (which is why every writer of what is counted bumps).
    await t.db.execute(sql`insert into counted_things values (4)`);
    expect(await read()).toEqual({ data: { sum: 3 }, counted: null });
    await change(10);
    const second = await read();
    expect(second).toEqual({ data: { sum: 17 }, counted: { key: "test:sum", version: 1, data: { sum: 17 } } });
    // A reader whose snapshot was older stores after a newer one: its count stays out.
    await storeCounted(t.db, [second.counted]);
    await storeCounted(t.db, [first.counted]);
    expect(await read()).toEqual({ data: { sum: 17 }, counted: null });
    const [kept] = await executeRows<{ version: number | string }>(
      t.db,
      sql`select version from report_snapshots where key = 'test:sum'`,
    );
    expect(Number(kept!.version)).toBe(1);
  });
});
