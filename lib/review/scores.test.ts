import { describe, expect, it } from "vitest";
import type { RubricCriterion } from "./rubric";
import { aggregateCriteria, median, rankApplications, weightedTotal } from "./scores";

const RUBRIC: RubricCriterion[] = [
  { id: "potential", label: "Potential", weight: 0.4, max: 10 },
  { id: "proposal", label: "Proposal", weight: 0.4, max: 10 },
  { id: "motivation", label: "Motivation", weight: 0.2, max: 5 },
];

describe("weightedTotal", () => {
  it("puts each criterion on its own scale, weights it, and reads 0–100", () => {
    expect(weightedTotal({ potential: 10, proposal: 10, motivation: 5 }, RUBRIC)).toBeCloseTo(100);
    expect(weightedTotal({ potential: 5, proposal: 0, motivation: 5 }, RUBRIC)).toBeCloseTo(40);
  });
  it("is null while a criterion is missing", () => {
    expect(weightedTotal({ potential: 5, proposal: 5 }, RUBRIC)).toBeNull();
  });
});

describe("aggregateCriteria", () => {
  const reviews = [
    { potential: 2, proposal: 6, motivation: 1 },
    { potential: 4, proposal: 6, motivation: 2 },
    { potential: 9, proposal: 9, motivation: 5 },
  ];
  it("averages or takes the median per criterion", () => {
    expect(aggregateCriteria(reviews, RUBRIC, "mean")).toEqual({ potential: 5, proposal: 7, motivation: 8 / 3 });
    expect(aggregateCriteria(reviews, RUBRIC, "median")).toEqual({ potential: 4, proposal: 6, motivation: 2 });
  });
  it("takes the middle two for an even count", () => {
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe("rankApplications", () => {
  // A harsh reviewer (h) and a lenient one (l) each score two applications; A and B share nobody.
  const apps = [{ id: "A" }, { id: "B" }, { id: "C" }, { id: "D" }];
  const s = (v: number) => ({ potential: v, proposal: v, motivation: v / 2 });
  const reviews = [
    { applicationId: "A", reviewerId: "h", scores: s(4) },
    { applicationId: "B", reviewerId: "h", scores: s(2) },
    { applicationId: "C", reviewerId: "l", scores: s(9) },
    { applicationId: "D", reviewerId: "l", scores: s(10) },
  ];

  it("ranks by the raw total when the call does not normalise", () => {
    const ranked = rankApplications(apps, reviews, RUBRIC, { aggregation: "mean", normalise: false, seed: 1 });
    expect(ranked.map((r) => r.id)).toEqual(["D", "C", "A", "B"]);
    expect(ranked[0]).toMatchObject({ rank: 1, reviews: 1, raw: 100 });
  });

  it("makes the harsh reviewer's best count as much as the lenient one's when it normalises", () => {
    const ranked = rankApplications(apps, reviews, RUBRIC, { aggregation: "mean", normalise: true, seed: 1 });
    const byId = new Map(ranked.map((r) => [r.id, r]));
    expect(byId.get("A")!.normalised).toBeCloseTo(byId.get("D")!.normalised!);
    expect(byId.get("B")!.normalised).toBeCloseTo(byId.get("C")!.normalised!);
    expect(byId.get("A")!.score).toBeGreaterThan(byId.get("C")!.score);
  });

  it("puts unscored applications last and orders ties by the seed, the same way every time", () => {
    const withUnscored = [...apps, { id: "E" }, { id: "F" }];
    const once = rankApplications(withUnscored, reviews, RUBRIC, { aggregation: "mean", normalise: false, seed: 7 });
    const again = rankApplications(withUnscored, reviews, RUBRIC, { aggregation: "mean", normalise: false, seed: 7 });
    expect(once.map((r) => r.id)).toEqual(again.map((r) => r.id));
    expect(once.slice(-2).map((r) => r.raw)).toEqual([null, null]);
  });
});
