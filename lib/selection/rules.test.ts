import { describe, expect, it } from "vitest";
import { normaliseScores } from "./normalise";
import { evaluateRules, genderBounds } from "./rules";
import type { BalanceRules, Candidate } from "./types";
import { orderWaitlist, proposeReplacement } from "./waitlist";

const c = (
  id: string,
  gender: Candidate["gender"],
  country: string | null,
  score = 5,
  region: Candidate["region"] = "asia_pacific",
): Candidate => ({ id, score, gender, country, region, trackId: null });
const state = (states: ReturnType<typeof evaluateRules>, id: string) => states.find((s) => s.id === id)!;

describe("evaluateRules", () => {
  it("counts only disclosed answers in the gender band and says how many did not disclose", () => {
    const pool = [c("a", "woman", "KR"), c("b", "man", "KR"), c("d", "undisclosed", "JP"), c("e", null, "JP")];
    const states = evaluateRules(pool, { seats: 4, genderBand: { min: 0.4, max: 0.6 } }, ["a", "b", "d", "e"]);
    expect(state(states, "gender.woman")).toMatchObject({ status: "met", actual: 1 });
    expect(state(states, "gender.woman").message).toContain("2 did not disclose");
  });

  it("treats a band as met when nobody chosen disclosed, and says so", () => {
    const pool = [c("a", "undisclosed", "KR"), c("b", "undisclosed", "KR")];
    const s = state(evaluateRules(pool, { seats: 2, genderBand: { min: 0.4, max: 0.6 } }, ["a", "b"]), "gender.man");
    expect(s.status).toBe("met");
    expect(s.message).toMatch(/Nobody chosen has disclosed/);
  });

  it("rounds the band to whole people without floating-point surprises", () => {
    expect(genderBounds({ min: 0.4, max: 0.6 }, 30)).toEqual({ min: 12, max: 18 });
    expect(genderBounds({ min: 0.4, max: 0.6 }, 5)).toEqual({ min: 2, max: 3 });
  });

  it("marks one person away as close and further as broken", () => {
    const pool = Array.from({ length: 10 }, (_, i) => c(`w${i}`, i < 4 ? "woman" : "man", "KR"));
    const rules: BalanceRules = { seats: 10, genderBand: { min: 0.4, max: 0.6 } };
    expect(
      state(
        evaluateRules(
          pool,
          rules,
          pool.map((p) => p.id),
        ),
        "gender.woman",
      ).status,
    ).toBe("met");
    const minusOneWoman = pool.filter((p) => p.id !== "w0").map((p) => p.id);
    // 3 women of 9: the band needs 4 → one away.
    expect(state(evaluateRules(pool, rules, minusOneWoman), "gender.woman")).toMatchObject({
      status: "close",
      shortfall: 1,
    });
    const minusTwo = pool.filter((p) => p.id !== "w0" && p.id !== "w1").map((p) => p.id);
    expect(state(evaluateRules(pool, rules, minusTwo), "gender.woman").status).toBe("broken");
  });

  it("handles a pool from one country only", () => {
    const pool = Array.from({ length: 5 }, (_, i) => c(`k${i}`, "woman", "KR"));
    const states = evaluateRules(
      pool,
      { seats: 5, maxPerCountry: 3, minCountries: 2 },
      pool.map((p) => p.id),
    );
    expect(state(states, "country.max")).toMatchObject({ status: "broken", actual: 5, shortfall: 2 });
    expect(state(states, "countries.min")).toMatchObject({ status: "close", actual: 1 });
    expect(state(states, "country.max").message).toContain("Republic of Korea (5)");
  });

  it("reports delegations per country and pins", () => {
    const pool = [c("t1", "woman", "TH"), c("t2", "man", "TH"), c("v1", "woman", "VN")];
    const states = evaluateRules(
      pool,
      { seats: 3, delegations: { countries: ["TH", "VN"], size: 2 }, pinnedIn: ["v1"], pinnedOut: ["t2"] },
      ["t1", "t2", "v1"],
    );
    expect(state(states, "delegation.TH").status).toBe("met");
    expect(state(states, "delegation.VN")).toMatchObject({ status: "close", actual: 1 });
    expect(state(states, "pin.in.v1").status).toBe("met");
    expect(state(states, "pin.out.t2").status).toBe("broken");
  });
});

describe("waitlist and replacement", () => {
  const rules: BalanceRules = { seats: 4, genderBand: { min: 0.5, max: 0.5 }, maxPerCountry: 2 };
  const pool = [
    c("w1", "woman", "KR", 9),
    c("w2", "woman", "JP", 8),
    c("m1", "man", "KR", 9),
    c("m2", "man", "MN", 8),
    c("m3", "man", "JP", 7.5), // highest on the waitlist, but a man
    c("w3", "woman", "MN", 7), // keeps the band if a woman declines
    c("w4", "woman", "KR", 6.9), // would be a third from KR
  ];
  const chosen = ["w1", "w2", "m1", "m2"];

  it("promotes the best-scored person who keeps every rule met", () => {
    const waitlist = orderWaitlist(pool, rules, chosen, 1);
    const proposal = proposeReplacement(pool, rules, chosen, "w2", waitlist);
    expect(proposal.replacementId).toBe("w3");
    expect(proposal.rules.every((r) => r.status === "met")).toBe(true);
    expect(proposal.reason).toMatch(/keeps every rule met/);
  });

  it("orders the waitlist so that people who can keep the rules come first", () => {
    expect(orderWaitlist(pool, rules, chosen, 1)).toEqual(["m3", "w3", "w4"]);
    const womenOnly = pool.filter((p) => p.gender === "woman" || chosen.includes(p.id));
    expect(orderWaitlist(womenOnly, rules, chosen, 1)).toEqual(["w3", "w4"]);
  });

  it("says so when nobody on the waitlist keeps the rules", () => {
    const proposal = proposeReplacement(pool, rules, chosen, "w2", ["m3"]);
    expect(proposal.replacementId).toBe("m3");
    expect(proposal.reason).toMatch(/misses them by the least/);
    expect(proposeReplacement(pool, rules, chosen, "w2", []).replacementId).toBeNull();
  });
});

describe("normaliseScores", () => {
  it("makes a harsh and a lenient reviewer count the same", () => {
    const z = normaliseScores([
      { reviewerId: "harsh", subjectId: "a", total: 4 },
      { reviewerId: "harsh", subjectId: "b", total: 6 },
      { reviewerId: "lenient", subjectId: "c", total: 8 },
      { reviewerId: "lenient", subjectId: "d", total: 10 },
    ]);
    expect(z.get("b")).toBeCloseTo(1);
    expect(z.get("d")).toBeCloseTo(1);
    expect(z.get("a")).toBeCloseTo(-1);
    expect(z.get("c")).toBeCloseTo(-1);
  });

  it("averages a subject's z-scores and gives 0 when a reviewer has no spread", () => {
    const z = normaliseScores([
      { reviewerId: "r1", subjectId: "a", total: 5 },
      { reviewerId: "r1", subjectId: "b", total: 5 },
      { reviewerId: "r2", subjectId: "a", total: 9 },
      { reviewerId: "r2", subjectId: "b", total: 7 },
    ]);
    expect(z.get("a")).toBeCloseTo(0.5);
    expect(z.get("b")).toBeCloseTo(-0.5);
  });
});
