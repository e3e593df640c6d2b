/**
 * TEMPORARY stand-in for the integrator's lib/selection (evaluateRules, suggestSelection with HiGHS,
 * normaliseScores, orderWaitlist, proposeReplacement, seededTieBreak), with the same signatures, so the
 * review and decisions code builds and runs before it lands. The suggestion here is a greedy heuristic,
 * not the 0-1 program; delete this file once "@/lib/selection" exists.
 */
import { UNESCO_REGIONS, countryName, type UnescoRegion } from "@/lib/geo";
import type { BalanceRules, Candidate, CandidateGender, RuleState, RuleStatus, Suggestion, Violation } from "./types";


const EPS = 1e-9;

/** The band's bounds in people for a given number of disclosed answers. */
export function genderBounds(band: { min: number; max: number }, disclosed: number): { min: number; max: number } {
  return { min: Math.ceil(band.min * disclosed - EPS), max: Math.floor(band.max * disclosed + EPS) };
}

export const isDisclosed = (g: CandidateGender | null) => g !== null && g !== "undisclosed";

const regionName = (r: UnescoRegion) => UNESCO_REGIONS.find((x) => x.code === r)?.name.en ?? r;
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Met when inside the bounds; close when one person away; broken beyond. */
function statusOf(shortfall: number): RuleStatus {
  if (shortfall <= 0) return "met";
  return shortfall <= 1 ? "close" : "broken";
}

/** status and shortfall together, so every state carries the number behind its colour. */
function judged(shortfall: number): { status: RuleStatus; shortfall: number } {
  return { status: statusOf(shortfall), shortfall: Math.max(0, shortfall) };
}

function range(actual: number, min: number | undefined, max: number | undefined) {
  const below = min === undefined ? 0 : Math.max(0, min - actual);
  const above = max === undefined ? 0 : Math.max(0, actual - max);
  return below + above;
}

/**
 * Every rule's state for a chosen set, with the numbers behind it. Pure and linear in the pool, so the
 * workbench can call it on every click.
 */
export function evaluateRules(candidates: readonly Candidate[], rules: BalanceRules, chosenIds: Iterable<string>): RuleState[] {
  const chosenSet = new Set(chosenIds);
  const chosen = candidates.filter((c) => chosenSet.has(c.id));
  const out: RuleState[] = [];
  const n = chosen.length;

  const seatsShort = Math.abs(rules.seats - n);
  out.push({
    id: "seats",
    label: "Seats",
    ...judged(seatsShort),
    actual: n,
    target: String(rules.seats),
    message: n === rules.seats ? `All ${rules.seats} seats are filled.` : n < rules.seats ? `${rules.seats - n} of ${rules.seats} seats are still free.` : `${n - rules.seats} more chosen than the ${rules.seats} seats.`,
  });

  if (rules.seatsPerTrack) {
    for (const [trackId, cap] of Object.entries(rules.seatsPerTrack)) {
      const actual = chosen.filter((c) => c.trackId === trackId).length;
      out.push({
        id: `track.${trackId}`,
        label: `Seats in track`,
        ...judged(range(actual, undefined, cap)),
        actual,
        target: `≤ ${cap}`,
        message: actual <= cap ? `${actual} of at most ${cap} in this track.` : `${actual - cap} over this track's ${cap} seats.`,
      });
    }
  }

  if (rules.genderBand) {
    const disclosed = chosen.filter((c) => isDisclosed(c.gender)).length;
    const undisclosed = n - disclosed;
    const bounds = genderBounds(rules.genderBand, disclosed);
    for (const gender of ["woman", "man"] as const) {
      const actual = chosen.filter((c) => c.gender === gender).length;
      const off = disclosed === 0 ? 0 : range(actual, bounds.min, bounds.max);
      const share = disclosed ? actual / disclosed : 0;
      const plural = gender === "woman" ? "women" : "men";
      out.push({
        id: `gender.${gender}`,
        label: gender === "woman" ? "Women" : "Men",
        ...judged(off),
        actual,
        target: `${pct(rules.genderBand.min)}–${pct(rules.genderBand.max)}`,
        message:
          disclosed === 0
            ? `Nobody chosen has disclosed a gender yet${undisclosed ? ` (${undisclosed} did not disclose)` : ""}.`
            : `${actual} ${plural} of ${disclosed} who disclosed (${pct(share)}); the band allows ${bounds.min}–${bounds.max}.${undisclosed ? ` ${undisclosed} did not disclose.` : ""}`,
      });
    }
  }

  const perCountry = new Map<string, number>();
  for (const c of chosen) if (c.country) perCountry.set(c.country, (perCountry.get(c.country) ?? 0) + 1);

  if (rules.maxPerCountry !== undefined) {
    const cap = rules.maxPerCountry;
    const over = [...perCountry].filter(([, k]) => k > cap);
    const excess = over.reduce((sum, [, k]) => sum + k - cap, 0);
    const most = Math.max(0, ...perCountry.values());
    out.push({
      id: "country.max",
      label: "Per country",
      ...judged(excess),
      actual: most,
      target: `≤ ${cap}`,
      message: over.length === 0 ? `No country has more than ${cap}.` : `Over ${cap}: ${over.map(([code, k]) => `${countryName(code)} (${k})`).join(", ")}.`,
    });
  }

  if (rules.minCountries !== undefined) {
    const actual = perCountry.size;
    out.push({
      id: "countries.min",
      label: "Distinct countries",
      ...judged(range(actual, rules.minCountries, undefined)),
      actual,
      target: `≥ ${rules.minCountries}`,
      message: actual >= rules.minCountries ? `${actual} countries (at least ${rules.minCountries} needed).` : `${actual} countries; ${rules.minCountries - actual} more needed.`,
    });
  }

  const regions = new Set<UnescoRegion>([...Object.keys(rules.regionMin ?? {}), ...Object.keys(rules.regionMax ?? {})] as UnescoRegion[]);
  for (const region of regions) {
    const min = rules.regionMin?.[region];
    const max = rules.regionMax?.[region];
    const actual = chosen.filter((c) => c.region === region).length;
    const target = min !== undefined && max !== undefined ? `${min}–${max}` : min !== undefined ? `≥ ${min}` : `≤ ${max}`;
    out.push({
      id: `region.${region}`,
      label: regionName(region),
      ...judged(range(actual, min, max)),
      actual,
      target,
      message: `${actual} from ${regionName(region)} (${target}).`,
    });
  }

  if (rules.delegations) {
    const size = rules.delegations.size;
    for (const country of rules.delegations.countries) {
      const actual = perCountry.get(country) ?? 0;
      out.push({
        id: `delegation.${country}`,
        label: `Delegation of ${countryName(country)}`,
        ...judged(Math.abs(actual - size)),
        actual,
        target: `= ${size}`,
        message: actual === size ? `${countryName(country)}: a full delegation of ${size}.` : `${countryName(country)}: ${actual} of ${size}.`,
      });
    }
  }

  for (const id of rules.pinnedIn ?? []) {
    const ok = chosenSet.has(id);
    out.push({ id: `pin.in.${id}`, label: "Pinned in", status: ok ? "met" : "broken", actual: ok ? 1 : 0, target: "chosen", message: ok ? "A pinned applicant is chosen." : "A pinned applicant is not chosen." });
  }
  for (const id of rules.pinnedOut ?? []) {
    const ok = !chosenSet.has(id);
    out.push({ id: `pin.out.${id}`, label: "Pinned out", status: ok ? "met" : "broken", actual: ok ? 0 : 1, target: "not chosen", message: ok ? "An excluded applicant is left out." : "An excluded applicant is chosen." });
  }

  return out;
}

export const allMet = (states: readonly RuleState[]) => states.every((s) => s.status === "met");
/**
 * A number in [0, 1) fixed by the seed and the id: equal scores are ordered by it, so a suggestion
 * made with a recorded seed can be made again and audited. FNV-1a, then a murmur-style finaliser.
 */
export function seededTieBreak(seed: number, id: string): number {
  let h = (2166136261 ^ (seed >>> 0)) >>> 0;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/** Candidates best first: by score, then by the seeded tie-break. */
export function rankCandidates<T extends { id: string; score: number }>(candidates: readonly T[], seed: number): T[] {
  const keyed = candidates.map((c) => ({ c, tb: seededTieBreak(seed, c.id) }));
  keyed.sort((a, b) => b.c.score - a.c.score || a.tb - b.tb || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0));
  return keyed.map((k) => k.c);
}

const WOMEN_MEN = ["woman", "man"] as const;

/** Per-reviewer z-scores, averaged per subject; a reviewer with one review or no spread counts 0. */
export function normaliseScores(reviews: { reviewerId: string; subjectId: string; total: number }[]): Map<string, number> {
  const byReviewer = new Map<string, number[]>();
  for (const r of reviews) byReviewer.set(r.reviewerId, [...(byReviewer.get(r.reviewerId) ?? []), r.total]);
  const stats = new Map<string, { mean: number; sd: number }>();
  for (const [id, totals] of byReviewer) {
    const mean = totals.reduce((a, b) => a + b, 0) / totals.length;
    const sd = Math.sqrt(totals.reduce((a, b) => a + (b - mean) ** 2, 0) / totals.length);
    stats.set(id, { mean, sd });
  }
  const sums = new Map<string, { sum: number; n: number }>();
  for (const r of reviews) {
    const s = stats.get(r.reviewerId)!;
    const z = s.sd > EPS ? (r.total - s.mean) / s.sd : 0;
    const acc = sums.get(r.subjectId) ?? { sum: 0, n: 0 };
    sums.set(r.subjectId, { sum: acc.sum + z, n: acc.n + 1 });
  }
  return new Map([...sums].map(([id, { sum, n }]) => [id, sum / n]));
}

type Tally = { n: number; women: number; men: number; disclosed: number; countries: Map<string, number>; regions: Map<string, number>; tracks: Map<string, number> };

function tally(chosen: readonly Candidate[]): Tally {
  const t: Tally = { n: 0, women: 0, men: 0, disclosed: 0, countries: new Map(), regions: new Map(), tracks: new Map() };
  for (const c of chosen) add(t, c);
  return t;
}
function add(t: Tally, c: Candidate) {
  t.n++;
  if (c.gender === "woman") t.women++;
  if (c.gender === "man") t.men++;
  if (isDisclosed(c.gender)) t.disclosed++;
  if (c.country) t.countries.set(c.country, (t.countries.get(c.country) ?? 0) + 1);
  if (c.region) t.regions.set(c.region, (t.regions.get(c.region) ?? 0) + 1);
  if (c.trackId) t.tracks.set(c.trackId, (t.tracks.get(c.trackId) ?? 0) + 1);
}

/** Would adding c exceed a cap (country, track, region, delegation, gender share at full seats)? */
function breaksCap(t: Tally, c: Candidate, rules: BalanceRules): boolean {
  const country = c.country ? (t.countries.get(c.country) ?? 0) + 1 : 0;
  if (rules.maxPerCountry !== undefined && country > rules.maxPerCountry) return true;
  if (rules.delegations && c.country) {
    const listed = rules.delegations.countries.includes(c.country);
    if (!listed || country > rules.delegations.size) return true;
  }
  if (c.trackId && rules.seatsPerTrack?.[c.trackId] !== undefined && (t.tracks.get(c.trackId) ?? 0) + 1 > rules.seatsPerTrack[c.trackId]!) return true;
  if (c.region && rules.regionMax?.[c.region] !== undefined && (t.regions.get(c.region) ?? 0) + 1 > rules.regionMax[c.region]!) return true;
  if (rules.genderBand && (c.gender === "woman" || c.gender === "man")) {
    const cap = Math.floor(rules.genderBand.max * rules.seats + EPS);
    if ((c.gender === "woman" ? t.women : t.men) + 1 > cap) return true;
  }
  return false;
}

/** Seats still needed to reach every minimum, taking the largest need (they can overlap). */
function need(t: Tally, rules: BalanceRules): number {
  const needs = [0];
  if (rules.genderBand) {
    const min = Math.ceil(rules.genderBand.min * rules.seats - EPS);
    needs.push(min - t.women, min - t.men);
  }
  if (rules.minCountries !== undefined) needs.push(rules.minCountries - t.countries.size);
  needs.push(Object.entries(rules.regionMin ?? {}).reduce((s, [r, m]) => s + Math.max(0, (m ?? 0) - (t.regions.get(r) ?? 0)), 0));
  if (rules.delegations) needs.push(rules.delegations.countries.reduce((s, c) => s + Math.max(0, rules.delegations!.size - (t.countries.get(c) ?? 0)), 0));
  return Math.max(...needs);
}

function helps(t: Tally, c: Candidate, rules: BalanceRules): boolean {
  const before = need(t, rules);
  const copy: Tally = { ...t, countries: new Map(t.countries), regions: new Map(t.regions), tracks: new Map(t.tracks) };
  add(copy, c);
  return need(copy, rules) < before;
}

function greedy(ranked: readonly Candidate[], rules: BalanceRules): Candidate[] {
  const out: Candidate[] = [];
  const taken = new Set<string>();
  const t = tally([]);
  const pinnedOut = new Set(rules.pinnedOut ?? []);
  for (const id of rules.pinnedIn ?? []) {
    const c = ranked.find((x) => x.id === id);
    if (c) (out.push(c), taken.add(c.id), add(t, c));
  }
  const pool = ranked.filter((c) => !taken.has(c.id) && !pinnedOut.has(c.id));
  for (const pass of [0, 1, 2]) {
    for (const c of pool) {
      if (out.length >= rules.seats) break;
      if (taken.has(c.id)) continue;
      if (pass < 2 && breaksCap(t, c, rules)) continue;
      const left = rules.seats - out.length - 1;
      if (pass === 0 && !helps(t, c, rules) && need(t, rules) > left) continue;
      out.push(c), taken.add(c.id), add(t, c);
    }
  }
  return out;
}

function reasonFor(rule: RuleState, candidates: readonly Candidate[], rules: BalanceRules): string {
  const pool = candidates.filter((c) => !(rules.pinnedOut ?? []).includes(c.id));
  if (rule.id.startsWith("delegation.")) {
    const code = rule.id.slice("delegation.".length);
    const n = pool.filter((c) => c.country === code).length;
    return `${n} eligible ${n === 1 ? "nominee" : "nominees"} from ${countryName(code)}; the delegation needs ${rules.delegations?.size}.`;
  }
  if (rule.id.startsWith("gender.")) {
    const g = rule.id.slice("gender.".length) as (typeof WOMEN_MEN)[number];
    const n = pool.filter((c) => c.gender === g).length;
    return `${n} eligible ${g === "woman" ? "women" : "men"} applied; ${rule.message}`;
  }
  if (rule.id === "countries.min") return `Applicants come from ${new Set(pool.map((c) => c.country).filter(Boolean)).size} countries; ${rule.target} needed.`;
  if (rule.id === "seats") return `${pool.length} eligible applicants for ${rules.seats} seats under these rules.`;
  return rule.message;
}

/** Greedy stand-in for the HiGHS suggestion: same shape, same seed semantics, not guaranteed optimal. */
export async function suggestSelection(candidates: Candidate[], rules: BalanceRules, options: { seed: number }): Promise<Suggestion> {
  const started = performance.now();
  const ranked = rankCandidates(candidates, options.seed);
  const chosen = greedy(ranked, rules);
  const states = evaluateRules(candidates, rules, chosen.map((c) => c.id));
  const violations: Violation[] = states
    .filter((s) => s.status !== "met")
    .map((s) => ({ ruleId: s.id, amount: Math.max(1, Math.abs(s.id === "seats" ? rules.seats - s.actual : 1)), reason: reasonFor(s, candidates, rules) }));
  const objective = chosen.reduce((s, c) => s + c.score, 0);
  const plainObjective = ranked.slice(0, rules.seats).reduce((s, c) => s + c.score, 0);
  return {
    chosenIds: chosen.map((c) => c.id),
    objective,
    plainObjective,
    priceOfBalance: plainObjective - objective,
    feasible: violations.length === 0,
    violations,
    rules: states,
    seed: options.seed,
    solveMs: Math.round(performance.now() - started),
    pruned: 0,
  };
}

const brokenCount = (states: RuleState[]) => states.filter((s) => s.status !== "met").length;

/** Waitlist best first: those whose promotion (for any one chosen person) keeps the most rules met, then by score. */
export function orderWaitlist(candidates: Candidate[], rules: BalanceRules, chosenIds: Iterable<string>, seed: number): string[] {
  const chosen = new Set(chosenIds);
  const others = rankCandidates(candidates.filter((c) => !chosen.has(c.id)), seed);
  const withRoom = { ...rules, seats: rules.seats + 1 };
  const keyed = others.map((c, i) => ({ id: c.id, broken: brokenCount(evaluateRules(candidates, withRoom, [...chosen, c.id]).filter((s) => s.id !== "seats")), i }));
  keyed.sort((a, b) => a.broken - b.broken || a.i - b.i);
  return keyed.map((k) => k.id);
}

/** The waitlisted person whose promotion keeps the most rules met, best score first. */
export function proposeReplacement(
  candidates: Candidate[],
  rules: BalanceRules,
  chosenIds: Iterable<string>,
  declinedId: string,
  waitlistIds: string[],
): { replacementId: string | null; rules: RuleState[]; reason: string } {
  const chosen = [...chosenIds].filter((id) => id !== declinedId);
  let best: { id: string; states: RuleState[]; broken: number } | null = null;
  for (const id of waitlistIds) {
    if (chosen.includes(id)) continue;
    const states = evaluateRules(candidates, rules, [...chosen, id]);
    const broken = brokenCount(states);
    if (!best || broken < best.broken) best = { id, states, broken };
  }
  if (!best) return { replacementId: null, rules: evaluateRules(candidates, rules, chosen), reason: "Nobody is left on the waiting list." };
  return {
    replacementId: best.id,
    rules: best.states,
    reason: best.broken === 0 ? "The highest-placed person on the waiting list who keeps every rule met." : `Nobody on the waiting list keeps every rule met; this one breaks the fewest (${best.broken}).`,
  };
}

export type { RuleStatus };
