import { genderCap, type Ranked } from "./model";
import { delegationSize } from "./rules";
import { seededTieBreak } from "./tiebreak";
import type { BalanceRules, Candidate } from "./types";

/** Candidates that differ only in score: same country (hence region), gender class and, if it matters, track. */
function groupKey(c: Candidate, rules: BalanceRules): string {
  const byCountry =
    rules.maxPerCountry !== undefined ||
    rules.minCountries !== undefined ||
    rules.delegations !== undefined ||
    (rules.groups?.length ?? 0) > 0;
  const byRegion = rules.regionMin !== undefined || rules.regionMax !== undefined;
  const place = byCountry ? (c.country ?? "-") : byRegion ? (c.region ?? "-") : "";
  const gender = rules.genderBand
    ? c.gender === "woman" || c.gender === "man"
      ? c.gender
      : c.gender && c.gender !== "undisclosed"
        ? "other"
        : "undisclosed"
    : "";
  const track = rules.seatsPerTrack ? (c.trackId ?? "-") : "";
  return `${place}|${gender}|${track}`;
}

/** The most members of a group that any selection meeting the hard rules could hold. */
function groupCap(c: Candidate, rules: BalanceRules, seatsTarget: number, hard: boolean): number {
  let cap = seatsTarget;
  // A delegation's size is a hard cap even when the other rules are made soft (see model.ts).
  if (rules.delegations && c.country && rules.delegations.countries.includes(c.country))
    cap = Math.min(cap, delegationSize(rules, c.country));
  if (!hard) return cap;
  for (const g of rules.groups ?? [])
    if (g.max !== undefined && c.country && g.countries.includes(c.country)) cap = Math.min(cap, g.max);
  if (rules.maxPerCountry !== undefined && c.country) cap = Math.min(cap, rules.maxPerCountry);
  if (rules.regionMax && c.region && rules.regionMax[c.region] !== undefined)
    cap = Math.min(cap, rules.regionMax[c.region]!);
  if (rules.seatsPerTrack && c.trackId && rules.seatsPerTrack[c.trackId] !== undefined)
    cap = Math.min(cap, rules.seatsPerTrack[c.trackId]!);
  if (c.gender === "woman" || c.gender === "man") cap = Math.min(cap, genderCap(rules, seatsTarget));
  return cap;
}

/**
 * Drops every candidate who cannot be in an optimal selection: in a group of interchangeable
 * candidates, no selection holds more than the group's cap, so swapping a lower-ranked member for an
 * unchosen higher-ranked one changes no rule and never lowers the score. Pinned candidates stay.
 * One pass, keeping each group's best `cap` (by score, then the seeded tie-break): no sort of the pool.
 */
export function pruneDominated<T extends Candidate>(
  pool: readonly T[],
  rules: BalanceRules,
  seatsTarget: number,
  pinnedIn: ReadonlySet<string>,
  seed: number,
  hard = true,
): T[] {
  type Entry = { c: T; tb: number };
  const better = (a: Entry, b: Entry) => a.c.score > b.c.score || (a.c.score === b.c.score && a.tb < b.tb);
  const groups = new Map<string, { cap: number; best: Entry[] }>();
  const pinned: T[] = [];
  for (const c of pool) {
    if (pinnedIn.has(c.id)) {
      pinned.push(c);
      continue;
    }
    const key = groupKey(c, rules);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { cap: groupCap(c, rules, seatsTarget, hard), best: [] }));
    const { cap, best } = group;
    if (cap <= 0) continue;
    const last = best[best.length - 1];
    if (best.length >= cap && last && last.c.score > c.score) continue; // cheap reject before hashing
    const entry = { c, tb: seededTieBreak(seed, c.id) };
    if (best.length >= cap && !better(entry, last!)) continue;
    let i = best.length < cap ? best.length : best.length - 1;
    best[i] = entry;
    while (i > 0 && better(best[i]!, best[i - 1]!)) {
      [best[i], best[i - 1]] = [best[i - 1]!, best[i]!];
      i--;
    }
  }
  const kept = [...pinned];
  for (const { best } of groups.values()) for (const e of best) kept.push(e.c);
  return kept;
}

/**
 * A small subset likely to hold a good feasible selection: the best by score, plus the best of every
 * country, region, gender and delegation a rule asks for. Solving it first gives a lower bound.
 */
export function restrictedSubset(
  pool: readonly Ranked[],
  rules: BalanceRules,
  seatsTarget: number,
  pinnedIn: ReadonlySet<string>,
): Ranked[] {
  const pick = new Set<Ranked>();
  pool.slice(0, 2 * seatsTarget).forEach((c) => pick.add(c));
  const countriesPicked = new Set([...pick].map((c) => c.country));
  const quota = new Map<string, number>();
  const want = (key: string, n: number, c: Ranked) => {
    const k = quota.get(key) ?? 0;
    if (k < n) {
      quota.set(key, k + 1);
      pick.add(c);
    }
  };
  const delegated = new Set(rules.delegations?.countries ?? []);
  const groupMins = (rules.groups ?? [])
    .filter((g) => (g.min ?? 0) > 0)
    .map((g) => ({ ref: g.ref, min: g.min!, members: new Set(g.countries) }));
  for (const c of pool) {
    if (pinnedIn.has(c.id)) pick.add(c);
    // Enough countries for the rule, with some to spare: the best of each next country in score order.
    if (
      rules.minCountries !== undefined &&
      c.country &&
      !countriesPicked.has(c.country) &&
      countriesPicked.size < rules.minCountries + 8
    ) {
      countriesPicked.add(c.country);
      pick.add(c);
    }
    if (c.country && delegated.has(c.country)) want(`delegation:${c.country}`, delegationSize(rules, c.country) + 1, c);
    for (const g of groupMins) if (c.country && g.members.has(c.country)) want(`group:${g.ref}`, 2 * g.min, c);
    if (c.region && rules.regionMin?.[c.region]) want(`region:${c.region}`, 2 * rules.regionMin[c.region]!, c);
    if (rules.genderBand && (c.gender === "woman" || c.gender === "man"))
      want(`gender:${c.gender}`, Math.ceil(seatsTarget / 2), c);
  }
  return pool.filter((c) => pick.has(c));
}

/**
 * Candidates outside `subset` that could still improve on a selection worth `lowerBound`. A selection
 * holding c holds seatsTarget-1 others that respect the per-country caps; the best such others are found
 * greedily (country caps form a partition matroid, for which greedy is exact). Anyone whose coefficient
 * plus that best cannot beat the bound is out. `pool` must be best first.
 */
export function couldImprove(
  pool: readonly Ranked[],
  subset: ReadonlySet<Ranked>,
  rules: BalanceRules,
  seatsTarget: number,
  lowerBound: number,
): Ranked[] {
  const delegated = new Set(rules.delegations?.countries ?? []);
  const capOf = (country: string | null) => {
    let cap = Infinity;
    if (country && rules.maxPerCountry !== undefined) cap = rules.maxPerCountry;
    if (country && delegated.has(country)) cap = Math.min(cap, delegationSize(rules, country));
    return cap;
  };
  const used = new Map<string, number>();
  let others = 0;
  let taken = 0;
  for (const c of pool) {
    if (taken >= seatsTarget - 1) break;
    const key = c.country ?? `-${c.id}`;
    const k = used.get(key) ?? 0;
    if (k >= capOf(c.country)) continue;
    used.set(key, k + 1);
    others += c.coef;
    taken++;
  }
  return pool.filter((c) => !subset.has(c) && c.coef + others > lowerBound + 1e-9);
}
