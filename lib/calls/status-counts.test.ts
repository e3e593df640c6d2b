import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applications, applicationStatusCounts, reviews, type ApplicationStatus } from "@/db/schema";
import { executeRows, statement } from "@/db/subquery";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { getCallContext, SELECTABLE } from "@/lib/review/call";
import { loadScoredApplications } from "@/lib/review/ranking";
import { buildMixedPool, type Fixture } from "@/lib/review/test-fixture";
import { foldStatusCounts, statusCountsSql, statusCountSql, unreviewedCountSql } from "./status-counts";

const RUBRIC = [{ id: "potential", label: "Potential", weight: 1, max: 10, step: 1 }];
const STATUSES: ApplicationStatus[] = ["submitted", "under_review", "shortlisted", "rejected", "draft", "withdrawn"];

// The counts per status the database keeps (migration 0017's triggers, refreshRanking's recount, the folding job)
// against a plain count of the applications, and the unreviewed ones against the stored ranking read in full,
// after every kind of write: bulk and single moves, a move to another call, deletions, reviews, a refresh, a fold.
describe.each(testDrivers())("the kept counts per status on %s", (driver) => {
  let t: TestDatabase;
  let f: Fixture;
  let other: Fixture;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    f = await buildMixedPool(t.db, 60, RUBRIC, STATUSES);
    other = await buildMixedPool(t.db, 6, RUBRIC, ["submitted"]);
  }, 120_000);
  afterAll(() => t?.close());

  async function expectExact(callId: string) {
    const call = (await getCallContext(t.db, callId))!;
    // The stored ranking read in full (worked out again first if stale): what the workbench's unscored counts.
    const scored = await loadScoredApplications(t.db, call);
    const counted = await t.db
      .select({ status: applications.status, n: sql<number>`count(*)::int` })
      .from(applications)
      .where(eq(applications.callId, callId))
      .groupBy(applications.status);
    const [row] = await executeRows<{ all: Record<string, number>; pool: number; unreviewed: number }>(
      t.db,
      statement`select ${statusCountsSql(callId)} as all, ${statusCountSql(callId, SELECTABLE)} as pool,
        ${unreviewedCountSql(callId, SELECTABLE)} as unreviewed`,
    );
    const all = typeof row!.all === "string" ? JSON.parse(row!.all) : row!.all;
    expect(all).toEqual(Object.fromEntries(counted.filter((c) => c.n > 0).map((c) => [c.status, c.n])));
    const pool = scored.filter((a) => SELECTABLE.includes(a.status));
    expect(row!.pool).toBe(pool.length);
    expect(row!.unreviewed).toBe(pool.filter((a) => a.reviews === 0).length);
    return row!;
  }

  it("counts every status after bulk and single moves, a move between calls and deletions", async () => {
    await expectExact(f.callId);
    const ids = f.apps.map((a) => a.id);
    await t.db
      .update(applications)
      .set({ status: "shortlisted" })
      .where(inArray(applications.id, ids.slice(0, 7)));
    await t.db.update(applications).set({ status: "rejected" }).where(eq(applications.id, ids[10]!));
    // A write that moves nothing (an autosave) adds no row.
    const before = await t.db.$count(applicationStatusCounts);
    await t.db
      .update(applications)
      .set({ answers: { a: 1 } })
      .where(inArray(applications.id, ids.slice(20, 30)));
    expect(await t.db.$count(applicationStatusCounts)).toBe(before);
    await t.db.update(applications).set({ callId: other.callId }).where(eq(applications.id, ids[11]!));
    await t.db.delete(applications).where(inArray(applications.id, ids.slice(12, 15)));
    await expectExact(f.callId);
    await expectExact(other.callId);
  });

  it("counts the unreviewed against the ranking as reviews come in, and folds its rows without changing a sum", async () => {
    const pool = (await t.db.select().from(applications).where(eq(applications.callId, f.callId))).filter((a) =>
      SELECTABLE.includes(a.status),
    );
    const first = await expectExact(f.callId);
    expect(first.unreviewed).toBe(first.pool);
    await t.db.insert(reviews).values(
      pool.slice(0, 9).map((a) => ({
        reviewerId: f.reviewers[0]!.userId,
        applicationId: a.id,
        status: "submitted" as const,
        scores: { potential: 5 },
        submittedAt: new Date("2026-02-10"),
      })),
    );
    // Reviewed applications moving after the refresh carry their review with them.
    const second = await expectExact(f.callId);
    expect(second.unreviewed).toBe(second.pool - 9);
    await t.db
      .update(applications)
      .set({ status: "rejected" })
      .where(inArray(applications.id, [pool[0]!.id, pool[10]!.id]));
    await expectExact(f.callId);
    const rows = await t.db.$count(applicationStatusCounts, eq(applicationStatusCounts.callId, f.callId));
    for (let i = 0; i < 12; i++)
      await t.db
        .update(applications)
        .set({ status: i % 2 ? "submitted" : "under_review" })
        .where(eq(applications.id, pool[pool.length - 1]!.id));
    expect(await t.db.$count(applicationStatusCounts, eq(applicationStatusCounts.callId, f.callId))).toBeGreaterThan(
      20,
    );
    expect(await foldStatusCounts(t.db)).toBeGreaterThanOrEqual(1);
    expect(
      await t.db.$count(applicationStatusCounts, eq(applicationStatusCounts.callId, f.callId)),
    ).toBeLessThanOrEqual(Math.max(rows, STATUSES.length));
    await expectExact(f.callId);
    await expectExact(other.callId);
  });

  // Two connections at once: Postgres only (PGlite has one).
  if (driver === "postgres")
    it("does not make a move wait while the call's ranking is being worked out", async () => {
      const app = (await t.db.select().from(applications).where(eq(applications.callId, f.callId))).find(
        (a) => a.status === "submitted",
      )!;
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      // What refreshRanking holds for as long as it works (lib/review/ranking-store.ts).
      const refresh = t.db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${f.callId}::text, 0))`);
        locked();
        await held;
      });
      await isLocked;
      const started = performance.now();
      await t.db.transaction(async (tx) => {
        await tx.execute(sql`set local lock_timeout = '2s'`);
        await tx.update(applications).set({ status: "under_review" }).where(eq(applications.id, app.id));
      });
      expect(performance.now() - started).toBeLessThan(2000);
      release();
      await refresh;
      await expectExact(f.callId);
    });
});
