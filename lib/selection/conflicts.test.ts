import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { explainConflict, priceRules } from "./conflicts";
import { relaxUnit, withoutUnit } from "./units";
import { inThreadSolver } from "./highs-solver";
import { optimiseSelection, type ModelSolver } from "./solve";
import { mulberry32 } from "./testing";
import { bruteForce, instanceArb } from "./testing-brute";
import type { BalanceRules, Candidate } from "./types";

let solver: ModelSolver;
beforeAll(async () => {
  solver = await inThreadSolver();
});

const person = (
  id: string,
  gender: Candidate["gender"],
  country: string,
  region: Candidate["region"],
  score: number,
): Candidate => ({ id, score, gender, country, region, trackId: null });

describe("the conflict is named by its cause", () => {
  it("too few women: names seats and the band, not seats alone, and lays out both ways out", async () => {
    // 8 women and 264 men from 44 countries; the rules of the pool.
    const rnd = mulberry32(12);
    const codes = [
      "KR",
      "JP",
      "MN",
      "TH",
      "VN",
      "PH",
      "ID",
      "MY",
      "IN",
      "BD",
      "NP",
      "LK",
      "PK",
      "KZ",
      "UZ",
      "NG",
      "KE",
      "GH",
      "SN",
      "ZA",
      "EG",
      "MA",
      "TN",
      "JO",
      "FR",
      "DE",
      "IT",
      "ES",
      "PL",
      "SE",
      "BR",
      "AR",
      "CL",
      "PE",
      "MX",
      "CO",
      "FJ",
      "WS",
      "TO",
      "PG",
      "AU",
      "NZ",
      "CA",
      "US",
    ];
    const pool: Candidate[] = [];
    for (let i = 0; i < 272; i++)
      pool.push(
        person(
          `p${i}`,
          i < 8 ? "woman" : "man",
          codes[i % codes.length]!,
          "asia_pacific",
          Math.round(rnd() * 1000) / 100,
        ),
      );
    const rules: BalanceRules = { seats: 25, genderBand: { min: 0.4, max: 0.6 }, maxPerCountry: 2, minCountries: 15 };
    const base = await optimiseSelection(pool, rules, { seed: 3 }, solver);
    expect(base.feasible).toBe(false);
    // The broken rule is the seats, and its reason now names the band that caps them.
    expect(base.violations).toEqual([
      {
        ruleId: "seats",
        amount: 5,
        reason: "8 eligible women applied; with women and men each at least 40%, at most 20 seats can be filled.",
        why: { key: "why.bandCapsSeats", values: { gender: "woman", scarce: 8, share: 40, cap: 20 } },
      },
    ]);
    const x = (await explainConflict({ pool, seed: 3, solver }, rules, base.chosenIds, { callOpen: true }))!;
    expect(x.ruleIds).toEqual(["seats", "gender"]);
    expect(x.lines.find((l) => l.ruleId === "gender")?.sentence).toBe(
      "8 eligible women applied; 40% of 25 seats needs 10.",
    );
    expect(x.lines.find((l) => l.ruleId === "seats")?.sentence).toBe(
      "25 seats to fill; with the rules below at most 20 can be.",
    );
    expect(x.headline).toBe("These 2 rules cannot all hold together: Seats and Gender band.");

    const fewer = x.waysOut.find((w) => w.key === "fewer-seats")!;
    expect(fewer.title).toBe("Fill 20 seats");
    expect(fewer.chosenIds).toHaveLength(20);
    expect(fewer.chosenIds.filter((id) => Number(id.slice(1)) < 8)).toHaveLength(8);

    const band = x.waysOut.find((w) => w.key === "relax.gender")!;
    expect(band.title).toBe("Widen the gender band to 32%–68%");
    expect(band.step).toBe(8);
    expect(band.chosenIds).toHaveLength(25);
    expect(band.states.find((s) => s.id === "gender.woman")).toMatchObject({ status: "broken", actual: 8 });
    // Each way out is the optimum of its own rules (the solver's hard model, checked against brute force below).
    const again = await optimiseSelection(pool, band.rules, { seed: 3 }, solver);
    expect(again.feasible).toBe(true);
    expect(band.objective).toBeCloseTo(again.objective, 9);
    expect(x.reachOut).toEqual([
      {
        ruleId: "gender",
        label: "women",
        more: 2,
        sentence: "At least 2 more women (8 applied; 10 needed).",
        said: { sentence: { key: "reach.gender", values: { gender: "woman", more: 2, have: 8, min: 10 } } },
      },
    ]);
  });

  it("one country short of a delegation: names that delegation alone, and the way out fills one seat fewer", async () => {
    const asean = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"];
    const pool = asean.flatMap((c) =>
      Array.from({ length: c === "LA" ? 2 : 5 }, (_, i) =>
        person(`${c}${i}`, i % 2 ? "man" : "woman", c, "asia_pacific", 10 - i),
      ),
    );
    const rules: BalanceRules = { seats: 30, delegations: { countries: asean, size: 3 } };
    const base = await optimiseSelection(pool, rules, { seed: 1 }, solver);
    const x = (await explainConflict({ pool, seed: 1, solver }, rules, base.chosenIds, { callOpen: false }))!;
    expect(x.ruleIds).toEqual(["delegation.LA"]);
    expect(x.lines[0]!.sentence).toBe(
      "Only 2 eligible nominees from Lao People's Democratic Republic; the delegation needs exactly 3.",
    );
    const way = x.waysOut.find((w) => w.key === "relax.delegation.LA")!;
    expect(way.title).toBe("Accept a delegation of 2 from Lao People's Democratic Republic and fill 29 seats");
    expect(way.chosenIds).toHaveLength(29);
    expect(x.reachOut).toEqual([]); // the call is closed
  });

  it("a region with too few applicants: names the region with its count", async () => {
    const pool = [
      ...Array.from({ length: 2 }, (_, i) => person(`ng${i}`, "woman", "NG", "africa", 5)),
      ...Array.from({ length: 10 }, (_, i) =>
        person(`kr${i}`, i % 2 ? "man" : "woman", "KR", "asia_pacific", 9 - i / 2),
      ),
    ];
    const rules: BalanceRules = { seats: 6, regionMin: { africa: 3 } };
    const x = (await explainConflict({ pool, seed: 1, solver }, rules, [], { callOpen: true }))!;
    expect(x.ruleIds).toEqual(["region.africa"]);
    expect(x.lines[0]!.sentence).toBe("2 eligible applicants from Africa applied; the rule needs at least 3.");
    expect(x.waysOut.map((w) => w.title)).toEqual(["Ask for at least 2 from Africa"]);
    expect(x.reachOut[0]!.sentence).toBe("1 more applicant from Africa (2 applied; 3 needed).");
  });

  it("two rules that conflict only together: both named, and each relaxed by the least", async () => {
    // Five Nigerians are Africa's only applicants: 3 from Africa is possible, and 2 per country is,
    // but not both.
    const pool = [
      ...Array.from({ length: 5 }, (_, i) => person(`ng${i}`, "woman", "NG", "africa", 4 + i / 10)),
      ...["KR", "JP", "MN", "TH"].flatMap((c) =>
        Array.from({ length: 3 }, (_, i) => person(`${c}${i}`, "man", c, "asia_pacific", 8 - i)),
      ),
    ];
    const rules: BalanceRules = { seats: 6, regionMin: { africa: 3 }, maxPerCountry: 2 };
    const x = (await explainConflict({ pool, seed: 1, solver }, rules, [], { callOpen: false }))!;
    expect(x.ruleIds.sort()).toEqual(["country.max", "region.africa"]);
    expect(x.lines.find((l) => l.ruleId === "region.africa")?.sentence).toBe(
      "5 eligible applicants from Africa applied; the rule needs at least 3.",
    );
    expect(x.waysOut.map((w) => w.title).sort()).toEqual([
      "Allow up to 3 per country",
      "Ask for at least 2 from Africa",
    ]);
    for (const w of x.waysOut) expect(w.objective).toBeCloseTo(bruteForce(pool, w.rules)!, 9);
  });
});

describe("every explanation against brute force", () => {
  it("the conflict is irreducible, each way out is optimal, each relaxation is the least", async () => {
    let explained = 0;
    await fc.assert(
      fc.asyncProperty(instanceArb, async ({ pool, rules }) => {
        if (bruteForce(pool, rules) !== null) return;
        const x = await explainConflict({ pool, seed: 1, solver }, rules, [], { callOpen: true });
        // Pins beyond the seats make even the softened model impossible; nothing to explain then.
        expect(x).not.toBeNull();
        explained++;
        const keep = new Set(x!.ruleIds);
        expect(bruteForce(pool, rules, keep)).toBeNull();
        for (const unit of keep)
          expect(bruteForce(pool, rules, new Set([...keep].filter((u) => u !== unit)))).not.toBeNull();
        for (const way of x!.waysOut) {
          const truth = bruteForce(pool, way.rules);
          expect(truth).not.toBeNull();
          expect(way.objective).toBeCloseTo(truth!, 9);
          if (way.step !== undefined && way.step > 1)
            expect(bruteForce(pool, relaxUnit(rules, way.key.slice(6), way.step - 1).rules)).toBeNull();
          if (way.key === "fewer-seats")
            for (let k = way.rules.seats + 1; k <= rules.seats; k++)
              expect(bruteForce(pool, { ...rules, seats: k })).toBeNull();
        }
      }),
      { numRuns: 150, seed: 20261129 },
    );
    expect(explained).toBeGreaterThan(20);
  }, 180_000);
});

describe("the price of each rule", () => {
  it("is the score gained by dropping the rule, with who it brings in and keeps out, against brute force", async () => {
    let priced = 0;
    await fc.assert(
      fc.asyncProperty(instanceArb, async ({ pool, rules }) => {
        const best = bruteForce(pool, rules);
        if (best === null) return;
        const base = await optimiseSelection(pool, rules, { seed: 1 }, solver);
        const prices = await priceRules({ pool, seed: 1, solver }, rules, base);
        for (const p of prices) {
          const without = bruteForce(pool, withoutUnit(rules, p.ruleId))!;
          expect(p.price).toBeCloseTo(without - best, 9);
          expect(p.bringsIn.every((id) => base.chosenIds.includes(id))).toBe(true);
          expect(p.keepsOut.every((id) => !base.chosenIds.includes(id))).toBe(true);
          priced++;
        }
      }),
      { numRuns: 100, seed: 7 },
    );
    expect(priced).toBeGreaterThan(30);
  }, 180_000);

  it("says a band that binds costs score and names who it brings in", async () => {
    const pool = [
      person("m1", "man", "KR", "asia_pacific", 9),
      person("m2", "man", "JP", "asia_pacific", 8),
      person("w1", "woman", "MN", "asia_pacific", 5),
      person("w2", "woman", "TH", "asia_pacific", 4),
    ];
    const rules: BalanceRules = { seats: 2, genderBand: { min: 0.5, max: 0.5 } };
    const base = await optimiseSelection(pool, rules, { seed: 1 }, solver);
    const [band] = await priceRules({ pool, seed: 1, solver }, rules, base);
    expect(band).toEqual({
      ruleId: "gender",
      label: "Gender band",
      said: { label: { key: "label.genderBand" } },
      price: 3,
      bringsIn: ["w1"],
      keepsOut: ["m2"],
    });
  });
});
