import fc from "fast-check";
import { evaluateRules } from "./rules";
import { delegationSize } from "./rules";
import type { BalanceRules, Candidate } from "./types";

/*
 * Test helpers: small random instances and the brute-force truth the solver must match. Only tests
 * import this file (it needs fast-check, a dev dependency).
 */

const unitOfState = (id: string) => (id.startsWith("gender.") ? "gender" : id);

/**
 * The best total score over every subset that meets the rules, or null when none does. With `keep`,
 * only those rule units must hold ("seats" among them means every seat filled; without it, any number
 * up to the seats); a delegation never grows past its size, as in the solver's model.
 */
export function bruteForce(pool: readonly Candidate[], rules: BalanceRules, keep?: ReadonlySet<string>): number | null {
  const out = new Set(rules.pinnedOut ?? []);
  const usable = pool.filter((c) => !out.has(c.id));
  const target = Math.min(rules.seats, usable.length);
  const exact = !keep || keep.has("seats");
  let best: number | null = null;
  const n = usable.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    const pick = usable.filter((_, i) => mask & (1 << i));
    if (exact ? pick.length !== target : pick.length > target) continue;
    const ids = pick.map((c) => c.id);
    const ok = evaluateRules(pool, rules, ids).every((s) => {
      // Every seat filled: fewer eligible applicants than seats can never meet it.
      if (s.id === "seats") return !exact || s.status === "met";
      if (s.id.startsWith("pin.out.")) return true;
      if (s.id.startsWith("delegation.") && s.actual > delegationSize(rules, s.id.slice(11))) return false;
      if (keep && !keep.has(unitOfState(s.id))) return true;
      return s.status === "met";
    });
    if (!ok) continue;
    const total = pick.reduce((sum, c) => sum + c.score, 0);
    if (best === null || total > best) best = total;
  }
  return best;
}

const genders = ["woman", "man", "non_binary", "undisclosed"] as const;
const TEST_COUNTRIES = ["KR", "JP", "MN", "NG", "KE", "FR", "BR", "EG"];
export const TEST_REGION_OF: Record<string, Candidate["region"]> = {
  KR: "asia_pacific",
  JP: "asia_pacific",
  MN: "asia_pacific",
  NG: "africa",
  KE: "africa",
  FR: "europe_north_america",
  BR: "latin_america_caribbean",
  EG: "arab_states",
};

const candidateArb = fc.record({
  score: fc.integer({ min: 0, max: 20 }).map((x) => x / 2),
  gender: fc.constantFrom(...genders),
  country: fc.constantFrom(...TEST_COUNTRIES),
  trackId: fc.constantFrom("t1", "t2"),
});

/** Small pools (3–11) with every kind of rule, each present or not: brute force stays instant. */
export const instanceArb = fc
  .record({
    raw: fc.array(candidateArb, { minLength: 3, maxLength: 11 }),
    seats: fc.integer({ min: 1, max: 5 }),
    band: fc.option(fc.constantFrom({ min: 0.4, max: 0.6 }, { min: 0.3, max: 0.7 }, { min: 0.5, max: 0.5 }), {
      nil: undefined,
    }),
    maxPerCountry: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    minCountries: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    africaMin: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
    asiaMax: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    eastAsiaMin: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    trackCap: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    delegation: fc.option(fc.subarray(["KR", "NG"], { minLength: 1 }), { nil: undefined }),
    pinIn: fc.option(fc.nat(10), { nil: undefined }),
    pinOut: fc.option(fc.nat(10), { nil: undefined }),
  })
  .map((x) => {
    const pool: Candidate[] = x.raw.map((c, i) => ({ id: `c${i}`, ...c, region: TEST_REGION_OF[c.country]! }));
    const rules: BalanceRules = {
      seats: x.seats,
      genderBand: x.band,
      maxPerCountry: x.maxPerCountry,
      minCountries: x.minCountries,
      regionMin: x.africaMin !== undefined ? { africa: x.africaMin } : undefined,
      regionMax: x.asiaMax !== undefined ? { asia_pacific: x.asiaMax } : undefined,
      groups:
        x.eastAsiaMin !== undefined
          ? [{ ref: "m49:030", label: "Eastern Asia", countries: ["KR", "JP", "MN"], min: x.eastAsiaMin }]
          : undefined,
      seatsPerTrack: x.trackCap !== undefined ? { t1: x.trackCap } : undefined,
      delegations: x.delegation ? { countries: x.delegation, size: 1 } : undefined,
      pinnedIn: x.pinIn !== undefined && x.pinIn < pool.length ? [`c${x.pinIn}`] : undefined,
      pinnedOut:
        x.pinOut !== undefined && x.pinOut < pool.length && x.pinOut !== x.pinIn ? [`c${x.pinOut}`] : undefined,
    };
    for (const key of Object.keys(rules) as (keyof BalanceRules)[]) if (rules[key] === undefined) delete rules[key];
    return { pool, rules };
  });
