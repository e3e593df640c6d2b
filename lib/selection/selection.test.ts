import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { inThreadSolver } from "./highs-solver";
import { allMet, evaluateRules } from "./rules";
import { optimiseSelection, type ModelSolver } from "./solve";
import { generatePool } from "./testing";
import { bruteForce, instanceArb, TEST_REGION_OF as regionOf } from "./testing-brute";
import type { BalanceRules, Candidate } from "./types";

let solver: ModelSolver;
beforeAll(async () => {
  solver = await inThreadSolver();
});

describe("optimiseSelection against brute force", () => {
  it("finds the optimum, or says no selection meets every rule, on hundreds of random instances", async () => {
    await fc.assert(
      fc.asyncProperty(instanceArb, fc.nat(1000), async ({ pool, rules }, seed) => {
        const truth = bruteForce(pool, rules);
        for (const prune of [true, false]) {
          const s = await optimiseSelection(pool, rules, { seed, prune }, solver);
          if (truth === null) {
            expect(s.feasible).toBe(false);
            expect(s.violations.length).toBeGreaterThan(0);
          } else {
            expect(s.feasible).toBe(true);
            expect(s.objective).toBeCloseTo(truth, 6);
            expect(allMet(evaluateRules(pool, rules, s.chosenIds))).toBe(true);
          }
          for (const id of rules.pinnedIn ?? [])
            if (!(rules.pinnedOut ?? []).includes(id) && s.feasible) expect(s.chosenIds).toContain(id);
          for (const id of rules.pinnedOut ?? []) expect(s.chosenIds).not.toContain(id);
        }
      }),
      { numRuns: 300, seed: 20261121 },
    );
  }, 300_000);

  it("gives the same suggestion for the same seed, and orders equal scores by it", async () => {
    const pool: Candidate[] = Array.from({ length: 12 }, (_, i) => ({
      id: `t${i}`,
      score: 5,
      gender: "woman",
      country: "KR",
      region: "asia_pacific",
      trackId: null,
    }));
    const rules: BalanceRules = { seats: 3 };
    const a = await optimiseSelection(pool, rules, { seed: 7 }, solver);
    const b = await optimiseSelection(pool, rules, { seed: 7 }, solver);
    expect(a.chosenIds).toEqual(b.chosenIds);
    const others = await Promise.all([1, 2, 3, 4, 5].map((seed) => optimiseSelection(pool, rules, { seed }, solver)));
    expect(new Set(others.map((o) => o.chosenIds.slice().sort().join())).size).toBeGreaterThan(1);
  });

  it("prices balance: the score given up against the plain top list", async () => {
    const pool = generatePool(400, 3, 30);
    const rules: BalanceRules = { seats: 20, genderBand: { min: 0.4, max: 0.6 }, maxPerCountry: 2, minCountries: 12 };
    const s = await optimiseSelection(pool, rules, { seed: 1 }, solver);
    const top = pool
      .map((c) => c.score)
      .sort((x, y) => y - x)
      .slice(0, 20)
      .reduce((x, y) => x + y, 0);
    expect(s.feasible).toBe(true);
    expect(s.plainObjective).toBeCloseTo(top, 6);
    expect(s.priceOfBalance).toBeCloseTo(top - s.objective, 6);
    expect(s.priceOfBalance).toBeGreaterThanOrEqual(0);
    expect(s.pruned).toBeGreaterThan(0);
  });
});

describe("infeasible rules are explained", () => {
  const person = (id: string, gender: Candidate["gender"], country: string, score = 5): Candidate => ({
    id,
    score,
    gender,
    country,
    region: regionOf[country] ?? "asia_pacific",
    trackId: null,
  });

  it("names the gender band and the numbers when too few women applied", async () => {
    const pool = [
      ...Array.from({ length: 12 }, (_, i) => person(`w${i}`, "woman", "KR")),
      ...Array.from({ length: 40 }, (_, i) => person(`m${i}`, "man", "JP")),
    ];
    const s = await optimiseSelection(pool, { seats: 30, genderBand: { min: 0.5, max: 0.6 } }, { seed: 1 }, solver);
    expect(s.feasible).toBe(false);
    const v = s.violations.find((x) => x.ruleId === "gender.woman");
    expect(v?.reason).toBe("12 eligible women applied; the band needs 15.");
    expect(v?.amount).toBe(3);
    expect(s.chosenIds.filter((id) => id.startsWith("w"))).toHaveLength(12);
  });

  it("says which delegation cannot be filled, and fills the others exactly", async () => {
    const asean = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"];
    const pool = asean.flatMap((c) =>
      Array.from({ length: c === "LA" ? 2 : 5 }, (_, i) => person(`${c}${i}`, i % 2 ? "man" : "woman", c, 10 - i)),
    );
    const s = await optimiseSelection(
      pool,
      { seats: 30, delegations: { countries: asean, size: 3 } },
      { seed: 1 },
      solver,
    );
    expect(s.feasible).toBe(false);
    expect(s.violations.map((v) => v.ruleId)).toContain("delegation.LA");
    expect(s.violations.find((v) => v.ruleId === "delegation.LA")?.reason).toBe(
      "Only 2 eligible nominees from Lao People's Democratic Republic; the delegation needs exactly 3.",
    );
    for (const c of asean.filter((x) => x !== "LA"))
      expect(s.chosenIds.filter((id) => id.startsWith(c))).toHaveLength(3);
  });

  it("explains too few countries and rules that contradict each other", async () => {
    const pool = ["KR", "JP", "MN"].flatMap((c) => Array.from({ length: 4 }, (_, i) => person(`${c}${i}`, "woman", c)));
    const few = await optimiseSelection(pool, { seats: 6, minCountries: 5 }, { seed: 1 }, solver);
    expect(few.violations.find((v) => v.ruleId === "countries.min")?.reason).toBe(
      "Eligible applicants come from only 3 countries; the rule needs 5.",
    );
    const contradict = await optimiseSelection(pool, { seats: 10, maxPerCountry: 2 }, { seed: 1 }, solver);
    expect(contradict.feasible).toBe(false);
    // Leaving 4 seats free breaks one rule; a fourth person from two countries would break two.
    expect(contradict.chosenIds).toHaveLength(6);
    expect(contradict.violations.map((v) => v.ruleId)).toEqual(["seats"]);
    expect(contradict.violations[0]?.reason).toBe(
      "With at most 2 per country, the 3 countries in the pool can fill only 6 of 10 seats.",
    );
    expect(contradict.violations[0]?.amount).toBe(4);
  });
});
