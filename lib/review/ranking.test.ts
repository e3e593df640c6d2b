import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countSqlRoundTrips } from "@/db/client";
import { applications, applicationStatusEnum, reviews } from "@/db/schema";
import { executeRows, statement } from "@/db/subquery";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { seededTieBreak, tieBreakSql } from "@/lib/selection/tiebreak";
import { mulberry32 } from "@/lib/selection/testing";
import { callSeed, getCallContext, REVIEWABLE, type CallContext } from "./call";
import { loadRankingPage, loadScoredApplications, RANKING_PAGE_SIZE } from "./ranking";
import { rankApplications, type SubmittedReview } from "./scores";
import { buildMixedPool, type Fixture } from "./test-fixture";

const RUBRIC = [
  { id: "potential", label: "Potential", weight: 3, max: 7.5, step: 0.5 },
  { id: "motivation", label: "Motivation", weight: 1.3, max: 10, step: 1 },
];
const STATUSES = ["under_review", "shortlisted", "rejected", "withdrawn", "submitted", "waitlisted"] as const;

/** The ranking as the JS reference (rankApplications) works it out from the rows themselves. */
async function referenceRanking(t: TestDatabase, call: CallContext) {
  const apps = await t.db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.callId, call.id), inArray(applications.status, REVIEWABLE)));
  const submitted: SubmittedReview[] = (
    await t.db
      .select({ applicationId: reviews.applicationId, reviewerId: reviews.reviewerId, scores: reviews.scores })
      .from(reviews)
      .innerJoin(applications, eq(applications.id, reviews.applicationId))
      .where(
        and(
          eq(applications.callId, call.id),
          inArray(applications.status, REVIEWABLE),
          eq(reviews.status, "submitted"),
        ),
      )
      .orderBy(reviews.reviewerId)
  ).map((r) => ({ ...r, applicationId: r.applicationId! }));
  return rankApplications(apps, submitted, call.rubric, {
    aggregation: call.settings.aggregation,
    normalise: call.settings.normalise,
    seed: callSeed(call.id),
  });
}

// The ranking worked out by the database (stored, read by pages) against the JS reference, on a pool with many
// ties: reviewers score on coarse steps, whole groups of applications get the same reviews, some get none.
describe.each(testDrivers())("the stored ranking on %s", (driver) => {
  let t: TestDatabase;
  let f: Fixture;
  let call: CallContext;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    const rnd = mulberry32(5);
    f = await buildMixedPool(t.db, 120, RUBRIC, STATUSES);
    // Twelve score sheets shared by ten applications each: ties everywhere, in raw and normalised scores.
    const sheets = Array.from({ length: 12 }, () =>
      Object.fromEntries(RUBRIC.map((c) => [c.id, Math.round((rnd() * c.max) / c.step) * c.step])),
    );
    const rows = f.apps.flatMap((app, i) =>
      i % 9 === 4
        ? []
        : f.reviewers.slice(0, 1 + (i % 2)).map((r, k) => ({
            reviewerId: r.userId,
            applicationId: app.id,
            status: i % 13 === 6 && k === 1 ? ("draft" as const) : ("submitted" as const),
            scores: sheets[(i + k) % 12]!,
            submittedAt: new Date("2026-02-10"),
          })),
    );
    await t.db.insert(reviews).values(rows);
    call = (await getCallContext(t.db, f.callId))!;
  }, 120_000);
  afterAll(() => t?.close());

  for (const aggregation of ["mean", "median"] as const)
    for (const normalise of [false, true])
      it(`orders as the JS ranking does, ties by the call's seed (${aggregation}${normalise ? ", normalised" : ""})`, async () => {
        const c = { ...call, settings: { ...call.settings, aggregation, normalise } };
        const expected = await referenceRanking(t, c);
        const stored = await loadScoredApplications(t.db, c);
        const scores = expected.map((a) => a.score);
        expect(new Set(scores).size).toBeLessThan(scores.length - 20); // the pool really has ties
        expect(stored.map((a) => a.id)).toEqual(expected.map((a) => a.id));
        for (const [i, a] of expected.entries()) {
          const s = stored[i]!;
          expect(s.rank).toBe(a.rank);
          expect(s.reviews).toBe(a.reviews);
          expect(s.criteria).toEqual(a.criteria);
          expect(s.raw).toBe(a.raw); // to the last bit
          if (a.normalised === null) expect(s.normalised).toBeNull();
          else expect(s.normalised).toBeCloseTo(a.normalised, 12);
          expect(s.score).toBeCloseTo(a.score, 12);
        }
      });

  it("is worked out again when a review changes, and pages it by rank in two statements", async () => {
    const before = await loadScoredApplications(t.db, call);
    const last = before[before.length - 1]!;
    await t.db
      .update(reviews)
      .set({ scores: { potential: 7.5, motivation: 10 }, status: "submitted" })
      .where(eq(reviews.applicationId, last.id));
    await t.db
      .insert(reviews)
      .values({
        reviewerId: f.reviewers[2]!.userId,
        applicationId: last.id,
        status: "submitted",
        scores: { potential: 7.5, motivation: 10 },
      })
      .onConflictDoNothing();
    const first = await loadRankingPage(t.db, call, {});
    expect(first.items[0]!.id).toBe(last.id);
    const walked: number[] = [];
    let after: string | null = null;
    let page = 0;
    do {
      const { result, roundTrips } = await countSqlRoundTrips(() =>
        loadRankingPage(t.db, call, after ? { after } : {}),
      );
      expect(roundTrips).toBe(1); // the page with its counts and the freshness probe
      expect(result.page).toBe(++page);
      expect(result.pages).toBe(Math.ceil(result.total / RANKING_PAGE_SIZE));
      walked.push(...result.items.map((a) => a.rank));
      after = result.next;
    } while (after);
    expect(walked).toEqual(Array.from({ length: walked.length }, (_, i) => i + 1));
    const all = await loadScoredApplications(t.db, call);
    expect(walked.length).toBe(all.length);
    const q = all[7]!.reference;
    const { result: found, roundTrips } = await countSqlRoundTrips(() => loadRankingPage(t.db, call, { q }));
    expect(roundTrips).toBe(1);
    expect(found.items.map((a) => a.id)).toEqual(all.filter((a) => a.reference.includes(q)).map((a) => a.id));
  });

  it("computes the seeded tie-break as lib/selection/tiebreak.ts does", async () => {
    const ids = f.apps.map((a) => a.id);
    for (const seed of [0, 7, callSeed(call.id), 0x7fffffff]) {
      const rows = await executeRows<{ id: string; key: string | number }>(
        t.db,
        statement`select x.id, tb.key from unnest(${sql.raw(`array[${ids.map((id) => `'${id}'`).join(",")}]`)}::text[]) x (id)
            cross join lateral (${tieBreakSql(seed, sql`x.id`)}) tb`,
      );
      for (const r of rows) expect(Number(r.key) / 4294967296).toBe(seededTieBreak(seed, r.id));
    }
  });

  it("knows which statuses the ranking lists (the triggers' application_reviewable is REVIEWABLE)", async () => {
    for (const status of applicationStatusEnum.enumValues) {
      const [row] = await executeRows<{ reviewable: boolean }>(
        t.db,
        sql`select application_reviewable(${status}::application_status) as reviewable`,
      );
      expect(row!.reviewable, status).toBe(REVIEWABLE.includes(status));
    }
  });
});
