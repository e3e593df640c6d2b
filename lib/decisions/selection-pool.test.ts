import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reviews } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { getCallContext, SELECTABLE, type CallContext } from "@/lib/review/call";
import { loadScoredApplications, loadSelectionPool, toCandidate } from "@/lib/review/ranking";
import { buildMixedPool, type Fixture } from "@/lib/review/test-fixture";
import { mulberry32 } from "@/lib/selection/testing";

// Uneven weights, a top that is not 10 and decimal scores: the sums where the last bit could differ.
const RUBRIC = [
  { id: "potential", label: "Potential", weight: 3, max: 7.5, step: 0.01 },
  { id: "motivation", label: "Motivation", weight: 1.3, max: 100, step: 0.1 },
  { id: "fit", label: "Fit", weight: 0.7, max: 10, step: 0.5 },
];
const STATUSES = ["under_review", "shortlisted", "rejected", "withdrawn", "submitted"] as const;

describe.each(testDrivers())("the selection's pool, scored by the database, on %s", (driver) => {
  let t: TestDatabase;
  let f: Fixture;
  let call: CallContext;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    const rnd = mulberry32(11);
    f = await buildMixedPool(t.db, 40, RUBRIC, STATUSES);
    const step = (c: (typeof RUBRIC)[number]) => Math.round((rnd() * c.max) / c.step) * c.step;
    const rows = f.apps.flatMap((app, i) =>
      // Every seventh application has no review; one review in five is a draft; one in eleven misses a criterion.
      i % 7 === 3
        ? []
        : f.reviewers.slice(0, 1 + (i % 3)).map((r, k) => {
            const scores: Record<string, number> = Object.fromEntries(RUBRIC.map((c) => [c.id, step(c)]));
            if ((i + k) % 11 === 5) delete scores.fit;
            return {
              reviewerId: r.userId,
              applicationId: app.id,
              status: (i + k) % 5 === 2 ? ("draft" as const) : ("submitted" as const),
              scores,
              submittedAt: new Date("2026-02-10"),
            };
          }),
    );
    await t.db.insert(reviews).values(rows);
    call = (await getCallContext(t.db, f.callId))!;
  });
  afterAll(() => t?.close());

  for (const aggregation of ["mean", "median"] as const)
    for (const normalise of [false, true])
      it(`gives each candidate the ranking's score (${aggregation}${normalise ? ", normalised" : ""})`, async () => {
        const c = { ...call, settings: { ...call.settings, aggregation, normalise } };
        const expected = (await loadScoredApplications(t.db, c))
          .filter((a) => SELECTABLE.includes(a.status))
          .map(toCandidate);
        const lean = await loadSelectionPool(t.db, c);
        expect(lean.map((a) => a.id).sort()).toEqual(expected.map((a) => a.id).sort());
        const byId = new Map(lean.map((a) => [a.id, a]));
        expect(new Set(expected.map((a) => a.score)).size).toBeGreaterThan(10);
        for (const a of expected) {
          const { score, ...rest } = byId.get(a.id)!;
          expect({ ...rest, score: undefined }).toEqual({ ...a, score: undefined });
          // The raw score to the last bit; a normalised one to rounding (both sum in an order of their own).
          if (normalise) expect(score).toBeCloseTo(a.score, 12);
          else expect(score).toBe(a.score);
        }
      });
});
