import { UNESCO_REGIONS, countryName, type UnescoRegion } from "@/lib/geo";
import { buildModel } from "./model";
import { pruneDominated } from "./prune";
import { delegationSize, evaluateRules, genderBounds, isDisclosed } from "./rules";
import { OPTIMAL, optimiseSelection, rankWithCoefficients, scoreRange, type ModelSolver } from "./solve";
import type { BalanceRules, Candidate, RuleState, Suggestion } from "./types";

/*
 * Why the rules cannot all hold, and the ways out. A "rule unit" is one rule as an officer states it:
 * "seats" (fill every seat), "gender" (the band, both its rows), "country.max", "countries.min",
 * "region.<code>", "group.<ref>", "delegation.<country>", "track.<id>", "pin.in.<id>". The conflict is
 * an irreducible infeasible subset of units, found by deletion filtering with the HiGHS feasibility
 * check (the `highs` package exposes no IIS of its own): every unit in it is needed for the conflict.
 */

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const regionName = (code: string) => UNESCO_REGIONS.find((r) => r.code === code)?.name.en ?? code;

/** Every rule unit the rules state, seats first (deletion filtering then keeps seats only when needed). */
function ruleUnits(rules: BalanceRules): string[] {
  const units = ["seats"];
  if (rules.genderBand) units.push("gender");
  if (rules.maxPerCountry !== undefined) units.push("country.max");
  if (rules.minCountries !== undefined) units.push("countries.min");
  const regions = new Set([...Object.keys(rules.regionMin ?? {}), ...Object.keys(rules.regionMax ?? {})]);
  for (const r of regions) units.push(`region.${r}`);
  for (const g of rules.groups ?? []) units.push(`group.${g.ref}`);
  for (const c of rules.delegations?.countries ?? []) units.push(`delegation.${c}`);
  for (const t of Object.keys(rules.seatsPerTrack ?? {})) units.push(`track.${t}`);
  for (const id of rules.pinnedIn ?? []) if (!(rules.pinnedOut ?? []).includes(id)) units.push(`pin.in.${id}`);
  return units;
}

/** The rules as a committee discusses their price: each delegation, track and pin counts with its kind. */
function priceUnits(rules: BalanceRules): string[] {
  const units = ruleUnits(rules).filter(
    (u) => u !== "seats" && !u.startsWith("delegation.") && !u.startsWith("track.") && !u.startsWith("pin."),
  );
  if (rules.delegations) units.push("delegations");
  if (rules.seatsPerTrack && Object.keys(rules.seatsPerTrack).length) units.push("tracks");
  if (rules.pinnedIn?.length || rules.pinnedOut?.length) units.push("pins");
  return units;
}

function unitLabel(unit: string, rules: BalanceRules): string {
  if (unit === "seats") return "Seats";
  if (unit === "gender") return "Gender band";
  if (unit === "country.max") return "Per country";
  if (unit === "countries.min") return "Distinct countries";
  if (unit === "delegations") return "Delegations";
  if (unit === "tracks") return "Seats per track";
  if (unit === "pins") return "Pins";
  if (unit.startsWith("region.")) return regionName(unit.slice(7));
  if (unit.startsWith("group.")) return rules.groups?.find((g) => `group.${g.ref}` === unit)?.label ?? unit.slice(6);
  if (unit.startsWith("delegation.")) return `Delegation of ${countryName(unit.slice(11))}`;
  if (unit.startsWith("track.")) return "Seats in track";
  return "Pinned in";
}

/** The rules without one unit (fine or coarse); "seats" cannot be dropped this way (see fewerSeats). */
export function withoutUnit(rules: BalanceRules, unit: string): BalanceRules {
  const r: BalanceRules = structuredClone(rules);
  if (unit === "gender") delete r.genderBand;
  else if (unit === "country.max") delete r.maxPerCountry;
  else if (unit === "countries.min") delete r.minCountries;
  else if (unit === "delegations") delete r.delegations;
  else if (unit === "tracks") delete r.seatsPerTrack;
  else if (unit === "pins") {
    delete r.pinnedIn;
    delete r.pinnedOut;
  } else if (unit.startsWith("region.")) {
    const code = unit.slice(7) as UnescoRegion;
    if (r.regionMin) delete r.regionMin[code];
    if (r.regionMax) delete r.regionMax[code];
  } else if (unit.startsWith("group.")) r.groups = r.groups?.filter((g) => `group.${g.ref}` !== unit);
  else if (unit.startsWith("delegation.") && r.delegations) {
    r.delegations.countries = r.delegations.countries.filter((c) => c !== unit.slice(11));
    if (!r.delegations.countries.length) delete r.delegations;
  } else if (unit.startsWith("track.") && r.seatsPerTrack) delete r.seatsPerTrack[unit.slice(6)];
  else if (unit.startsWith("pin.in.")) r.pinnedIn = r.pinnedIn?.filter((id) => id !== unit.slice(7));
  return r;
}

type Relaxation = { rules: BalanceRules; change: string };

/** The largest step a unit can be relaxed by (past it the rule says nothing), and whether steps nest. */
function relaxRange(rules: BalanceRules, unit: string): { max: number; monotone: boolean } {
  if (unit === "gender")
    return { max: Math.round(Math.max(rules.genderBand!.min, 1 - rules.genderBand!.max) * 100), monotone: true };
  if (unit === "countries.min") return { max: rules.minCountries!, monotone: true };
  if (unit.startsWith("region.")) {
    const code = unit.slice(7) as UnescoRegion;
    return { max: Math.max(rules.regionMin?.[code] ?? 0, rules.seats), monotone: true };
  }
  if (unit.startsWith("group.")) {
    const g = rules.groups!.find((x) => `group.${x.ref}` === unit)!;
    return { max: Math.max(g.min ?? 0, rules.seats), monotone: true };
  }
  // An exact delegation of 2 is not "looser" than one of 3 in every pool: each size is tried in turn.
  if (unit.startsWith("delegation.")) return { max: delegationSize(rules, unit.slice(11)), monotone: false };
  if (unit.startsWith("pin.in.")) return { max: 1, monotone: true };
  return { max: rules.seats, monotone: true };
}

/** One unit relaxed by `k` steps (percentage points of the band, or people, or countries). */
export function relaxUnit(rules: BalanceRules, unit: string, k: number): Relaxation {
  const r: BalanceRules = structuredClone(rules);
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  if (unit === "gender") {
    const band = {
      min: round(Math.max(0, r.genderBand!.min - k / 100)),
      max: round(Math.min(1, r.genderBand!.max + k / 100)),
    };
    r.genderBand = band;
    return { rules: r, change: `Widen the gender band to ${pct(band.min)}–${pct(band.max)}` };
  }
  if (unit === "country.max") {
    r.maxPerCountry = rules.maxPerCountry! + k;
    return { rules: r, change: `Allow up to ${r.maxPerCountry} per country` };
  }
  if (unit === "countries.min") {
    r.minCountries = Math.max(0, rules.minCountries! - k);
    return { rules: r, change: `Ask for at least ${r.minCountries} countries` };
  }
  if (unit.startsWith("region.")) {
    const code = unit.slice(7) as UnescoRegion;
    const parts: string[] = [];
    if (r.regionMin?.[code] !== undefined)
      parts.push(`at least ${(r.regionMin[code] = Math.max(0, r.regionMin[code]! - k))}`);
    if (r.regionMax?.[code] !== undefined) parts.push(`at most ${(r.regionMax[code] = r.regionMax[code]! + k)}`);
    return { rules: r, change: `Ask for ${parts.join(" and ")} from ${regionName(code)}` };
  }
  if (unit.startsWith("group.")) {
    const g = r.groups!.find((x) => `group.${x.ref}` === unit)!;
    const parts: string[] = [];
    if (g.min !== undefined) parts.push(`at least ${(g.min = Math.max(0, g.min - k))}`);
    if (g.max !== undefined) parts.push(`at most ${(g.max = g.max + k)}`);
    return { rules: r, change: `Ask for ${parts.join(" and ")} from ${g.label}` };
  }
  if (unit.startsWith("delegation.")) {
    const country = unit.slice(11);
    const size = delegationSize(rules, country) - k;
    r.delegations = { ...r.delegations!, sizes: { ...r.delegations!.sizes, [country]: size } };
    return { rules: r, change: `Accept a delegation of ${size} from ${countryName(country)}` };
  }
  if (unit.startsWith("track.")) {
    const id = unit.slice(6);
    r.seatsPerTrack = { ...r.seatsPerTrack, [id]: rules.seatsPerTrack![id]! + k };
    return { rules: r, change: `Allow up to ${r.seatsPerTrack[id]} in the track` };
  }
  return { rules: withoutUnit(rules, unit), change: "Unpin the applicant" };
}

type Context = { pool: readonly Candidate[]; seed: number; solver: ModelSolver };

/** The candidates the program needs to consider: pinned-out people never, interchangeable ones once. */
function setup(ctx: Context, rules: BalanceRules, hard: boolean) {
  const pinnedOut = new Set(rules.pinnedOut ?? []);
  const pinnedIn = new Set((rules.pinnedIn ?? []).filter((id) => !pinnedOut.has(id)));
  const eligible = ctx.pool.filter((c) => !pinnedOut.has(c.id));
  const seatsTarget = Math.min(rules.seats, eligible.length);
  const ranked = rankWithCoefficients(
    pruneDominated(eligible, rules, seatsTarget, pinnedIn, ctx.seed, hard),
    ctx.seed,
    scoreRange(eligible),
  );
  return { pinnedIn, seatsTarget, ranked };
}

/** Whether some selection meets every rule but the dropped units; with "count", how many seats at most. */
async function probe(
  ctx: Context,
  rules: BalanceRules,
  drop: ReadonlySet<string>,
  objective: "none" | "count" = "none",
) {
  // The rules that must hold here, so that pruning may use their caps (valid with any number of seats).
  let kept = rules;
  for (const unit of drop) if (unit !== "seats") kept = withoutUnit(kept, unit);
  const { pinnedIn, seatsTarget, ranked } = setup(ctx, kept, true);
  const pins = new Set([...pinnedIn].filter((id) => !drop.has(`pin.in.${id}`)));
  const model = buildModel(ranked, rules, seatsTarget, { kind: "hard", drop, objective }, pins);
  // Pruning can leave no candidate at all (a cap of 0); HiGHS reports an empty model as such, not optimal.
  if (model.numCols === 0) return { ok: model.rowLower.every((lo, j) => lo <= 0 && model.rowUpper[j]! >= 0), count: 0 };
  const result = await ctx.solver(model);
  const ok = result.status === OPTIMAL;
  let count = 0;
  if (ok) for (let i = 0; i < ranked.length; i++) if ((result.colValue[i] ?? 0) > 0.5) count++;
  return { ok, count };
}

const feasible = async (ctx: Context, rules: BalanceRules, drop: ReadonlySet<string> = new Set()) =>
  (await probe(ctx, rules, drop)).ok;

/**
 * An irreducible infeasible subset of the rule units, or null when every rule can hold. Deletion
 * filtering: a unit is left out for good when the rest still conflict without it.
 */
async function findConflict(ctx: Context, rules: BalanceRules): Promise<string[] | null> {
  const units = ruleUnits(rules);
  const dropAllBut = (keep: readonly string[]) => new Set(units.filter((u) => !keep.includes(u)));
  // Fewer eligible applicants than seats: the seats alone cannot be filled (the model asks only for those there are).
  if (ctx.pool.filter((c) => !(rules.pinnedOut ?? []).includes(c.id)).length < rules.seats) return ["seats"];
  if (await feasible(ctx, rules)) return null;
  let keep = [...units];
  for (const unit of units) {
    const trial = keep.filter((u) => u !== unit);
    if (!(await feasible(ctx, rules, dropAllBut(trial)))) keep = trial;
  }
  return keep;
}

/** The most seats that can be filled with every rule but "seats" holding (0 when none can). */
async function mostSeats(ctx: Context, rules: BalanceRules): Promise<number> {
  const r = await probe(ctx, rules, new Set(["seats"]), "count");
  return r.ok ? r.count : 0;
}

type ConflictLine = { ruleId: string; label: string; sentence: string };

/** One conflicting rule said with the pool's numbers. */
function sentenceFor(
  unit: string,
  pool: readonly Candidate[],
  rules: BalanceRules,
  seatsTarget: number,
  fillable: number,
): string {
  if (unit === "seats" && pool.length < rules.seats)
    return `Only ${plural(pool.length, "eligible applicant", "eligible applicants")} for ${rules.seats} seats.`;
  if (unit === "seats")
    return fillable > 0
      ? `${rules.seats} seats to fill; with the rules below at most ${fillable} can be.`
      : `${rules.seats} seats to fill; with the rules below no selection is possible.`;
  if (unit === "gender") {
    const band = rules.genderBand!;
    const bounds = genderBounds(band, seatsTarget);
    const women = pool.filter((c) => c.gender === "woman").length;
    const men = pool.filter((c) => c.gender === "man").length;
    const disclosed = pool.filter((c) => isDisclosed(c.gender)).length;
    if (women < bounds.min)
      return `${plural(women, "eligible woman applied", "eligible women applied")}; ${pct(band.min)} of ${seatsTarget} seats needs ${bounds.min}.`;
    if (men < bounds.min)
      return `${plural(men, "eligible man applied", "eligible men applied")}; ${pct(band.min)} of ${seatsTarget} seats needs ${bounds.min}.`;
    return `Women and men must each be ${pct(band.min)}–${pct(band.max)} of those who disclose (${bounds.min}–${bounds.max} of ${seatsTarget}); ${women} women and ${men} men applied, ${disclosed} disclosed in all.`;
  }
  const counts = new Map<string, number>();
  for (const c of pool) if (c.country) counts.set(c.country, (counts.get(c.country) ?? 0) + 1);
  if (unit === "country.max") {
    const cap = rules.maxPerCountry!;
    const most = [...counts.values()].reduce((s, k) => s + Math.min(k, cap), 0);
    return `At most ${cap} per country: the ${plural(counts.size, "country", "countries")} in the pool can fill ${most} of ${seatsTarget} seats.`;
  }
  if (unit === "countries.min") {
    const k = rules.minCountries!;
    return counts.size < k
      ? `Eligible applicants come from ${plural(counts.size, "country", "countries")}; the rule needs ${k}.`
      : `At least ${k} different countries among ${seatsTarget} seats (the pool has ${counts.size}).`;
  }
  if (unit.startsWith("region.") || unit.startsWith("group.")) {
    const isRegion = unit.startsWith("region.");
    const code = unit.slice(isRegion ? 7 : 6);
    const g = isRegion ? null : rules.groups!.find((x) => x.ref === code)!;
    const name = isRegion ? regionName(code) : g!.label;
    const members = g ? new Set(g.countries) : null;
    const have = pool.filter((c) => (isRegion ? c.region === code : members!.has(c.country ?? ""))).length;
    const min = isRegion ? rules.regionMin?.[code as UnescoRegion] : g!.min;
    const max = isRegion ? rules.regionMax?.[code as UnescoRegion] : g!.max;
    const need = [min !== undefined ? `at least ${min}` : null, max !== undefined ? `at most ${max}` : null]
      .filter(Boolean)
      .join(" and ");
    return `${plural(have, "eligible applicant", "eligible applicants")} from ${name} applied; the rule needs ${need}.`;
  }
  if (unit.startsWith("delegation.")) {
    const country = unit.slice(11);
    const have = counts.get(country) ?? 0;
    const size = delegationSize(rules, country);
    return have < size
      ? `Only ${plural(have, "eligible nominee", "eligible nominees")} from ${countryName(country)}; the delegation needs exactly ${size}.`
      : `The delegation of ${countryName(country)} needs exactly ${size} (${have} nominated).`;
  }
  if (unit.startsWith("track.")) return `The track holds at most ${rules.seatsPerTrack![unit.slice(6)]}.`;
  return "An applicant is pinned in.";
}

type WayOut = {
  /** "fewer-seats", or "relax.<unit>". */
  key: string;
  title: string;
  /** For "relax.<unit>": the least step that was enough (points of the band, people or countries). */
  step?: number;
  /** Each rule the way out changes, said as the new rule. */
  changes: string[];
  rules: BalanceRules;
  chosenIds: string[];
  objective: number;
  /** The meters of this selection against the call's own rules, so what bends shows. */
  states: RuleState[];
  /** Who this way out chooses that the shown suggestion does not, and the reverse. */
  joins: string[];
  leaves: string[];
};

type ReachOut = { ruleId: string; label: string; sentence: string; more: number };

export type Explanation = {
  ruleIds: string[];
  headline: string;
  lines: ConflictLine[];
  waysOut: WayOut[];
  /** Rule units whose relaxation alone cannot make the rules hold, said. */
  dead: { ruleId: string; sentence: string }[];
  reachOut: ReachOut[];
};

async function solved(
  ctx: Context,
  key: string,
  title: string,
  changes: string[],
  rules: BalanceRules,
  original: BalanceRules,
  base: readonly string[],
  step?: number,
): Promise<WayOut> {
  const s = await optimiseSelection(ctx.pool, rules, { seed: ctx.seed }, ctx.solver);
  const chosen = new Set(s.chosenIds);
  const before = new Set(base);
  return {
    key,
    title,
    ...(step !== undefined ? { step } : {}),
    changes,
    rules,
    chosenIds: s.chosenIds,
    objective: s.objective,
    states: evaluateRules(ctx.pool, original, s.chosenIds),
    joins: s.chosenIds.filter((id) => !before.has(id)),
    leaves: base.filter((id) => !chosen.has(id)),
  };
}

/** The least step of `unit` that lets the rules hold (with "seats" dropped when asked), or null. */
async function leastStep(
  ctx: Context,
  rules: BalanceRules,
  unit: string,
  drop: ReadonlySet<string>,
): Promise<number | null> {
  const { max, monotone } = relaxRange(rules, unit);
  if (max < 1) return null;
  const ok = (k: number) => feasible(ctx, relaxUnit(rules, unit, k).rules, drop);
  if (!monotone) {
    for (let k = 1; k <= max; k++) if (await ok(k)) return k;
    return null;
  }
  if (!(await ok(max))) return null;
  let lo = 0; // infeasible (the rules as they are)
  let hi = max; // feasible
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (await ok(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Why the rules cannot all hold and the ways out, each solved optimally: (a) fill fewer seats keeping
 * every other rule, (b) relax one conflicting rule by the least amount (with fewer seats too when that
 * alone is not enough), and, when the call is still open, (c) whom to reach out to. `baseIds` is the
 * suggestion shown, against which each way out says who joins and who leaves.
 */
export async function explainConflict(
  ctx: Context,
  rules: BalanceRules,
  baseIds: readonly string[],
  options: { callOpen: boolean },
): Promise<Explanation | null> {
  const conflict = await findConflict(ctx, rules);
  if (!conflict) return null;
  const eligible = ctx.pool.filter((c) => !(rules.pinnedOut ?? []).includes(c.id));
  const seatsTarget = Math.min(rules.seats, eligible.length);
  const waysOut: WayOut[] = [];
  const dead: Explanation["dead"] = [];

  const fillable = conflict.includes("seats") ? await mostSeats(ctx, rules) : 0;
  if (conflict.includes("seats") && fillable > 0) {
    waysOut.push(
      await solved(
        ctx,
        "fewer-seats",
        `Fill ${plural(fillable, "seat", "seats")}`,
        [`${fillable} of ${rules.seats} seats, every other rule kept`],
        { ...rules, seats: fillable },
        rules,
        baseIds,
      ),
    );
  }
  for (const unit of conflict.filter((u) => u !== "seats")) {
    const k = await leastStep(ctx, rules, unit, new Set());
    if (k !== null) {
      const r = relaxUnit(rules, unit, k);
      waysOut.push(await solved(ctx, `relax.${unit}`, r.change, [r.change], r.rules, rules, baseIds, k));
      continue;
    }
    // Relaxing this rule alone is not enough: relax it as far as it helps and fill the seats that can be.
    const withSeats = await leastStep(ctx, rules, unit, new Set(["seats"]));
    const r = withSeats !== null ? relaxUnit(rules, unit, withSeats) : null;
    const seats = r ? await mostSeats(ctx, r.rules) : 0;
    if (r && seats > 0) {
      const title = `${r.change} and fill ${plural(seats, "seat", "seats")}`;
      waysOut.push(
        await solved(
          ctx,
          `relax.${unit}`,
          title,
          [r.change, `${seats} of ${rules.seats} seats`],
          { ...r.rules, seats },
          rules,
          baseIds,
        ),
      );
    } else
      dead.push({
        ruleId: unit,
        sentence: `Relaxing “${unitLabel(unit, rules)}” alone cannot make the other rules hold.`,
      });
  }

  const reachOut = options.callOpen ? reachOutFor(conflict, eligible, rules, seatsTarget) : [];
  const labels = conflict.map((u) => unitLabel(u, rules));
  return {
    ruleIds: conflict,
    headline:
      conflict.length === 1
        ? `“${labels[0]}” cannot hold with this pool, whatever else is chosen.`
        : `These ${conflict.length} rules cannot all hold together: ${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}.`,
    lines: conflict.map((u) => ({
      ruleId: u,
      label: unitLabel(u, rules),
      sentence: sentenceFor(u, eligible, rules, seatsTarget, fillable),
    })),
    waysOut,
    dead,
    reachOut,
  };
}

/** Who to invite while the call is open: the groups the conflicting rules are short of, and by how many. */
function reachOutFor(
  conflict: readonly string[],
  pool: readonly Candidate[],
  rules: BalanceRules,
  seatsTarget: number,
): ReachOut[] {
  const out: ReachOut[] = [];
  for (const unit of conflict) {
    if (unit === "gender") {
      const bounds = genderBounds(rules.genderBand!, seatsTarget);
      for (const [gender, word] of [
        ["woman", "women"],
        ["man", "men"],
      ] as const) {
        const have = pool.filter((c) => c.gender === gender).length;
        if (have < bounds.min)
          out.push({
            ruleId: unit,
            label: word,
            more: bounds.min - have,
            sentence: `At least ${bounds.min - have} more ${word} (${have} applied; ${bounds.min} needed).`,
          });
      }
    } else if (unit.startsWith("delegation.")) {
      const country = unit.slice(11);
      const have = pool.filter((c) => c.country === country).length;
      const size = delegationSize(rules, country);
      if (have < size)
        out.push({
          ruleId: unit,
          label: countryName(country),
          more: size - have,
          sentence: `${plural(size - have, "more nominee", "more nominees")} from ${countryName(country)} (${have} of ${size}).`,
        });
    } else if (unit === "countries.min") {
      const countries = new Set(pool.map((c) => c.country).filter(Boolean)).size;
      if (countries < rules.minCountries!)
        out.push({
          ruleId: unit,
          label: "New countries",
          more: rules.minCountries! - countries,
          sentence: `Applicants from ${plural(rules.minCountries! - countries, "more country", "more countries")} (${countries} so far; ${rules.minCountries} needed).`,
        });
    } else if (unit.startsWith("region.") || unit.startsWith("group.")) {
      const isRegion = unit.startsWith("region.");
      const code = unit.slice(isRegion ? 7 : 6);
      const g = isRegion ? null : rules.groups!.find((x) => x.ref === code)!;
      const min = isRegion ? rules.regionMin?.[code as UnescoRegion] : g!.min;
      const members = g ? new Set(g.countries) : null;
      const have = pool.filter((c) => (isRegion ? c.region === code : members!.has(c.country ?? ""))).length;
      const name = isRegion ? regionName(code) : g!.label;
      if (min !== undefined && have < min)
        out.push({
          ruleId: unit,
          label: name,
          more: min - have,
          sentence: `${plural(min - have, "more applicant", "more applicants")} from ${name} (${have} applied; ${min} needed).`,
        });
    }
  }
  return out;
}

export type RulePrice = {
  ruleId: string;
  label: string;
  /** Total score gained if the rule were dropped (0 when it costs nothing). */
  price: number;
  /** Chosen because of the rule: in the suggestion, out without the rule. */
  bringsIn: string[];
  /** Left out because of the rule: chosen without it. */
  keepsOut: string[];
};

/** What each rule costs in total score: the suggestion re-solved without it, and who changes. */
export async function priceRules(
  ctx: Context,
  rules: BalanceRules,
  base: Pick<Suggestion, "chosenIds" | "objective">,
): Promise<RulePrice[]> {
  const out: RulePrice[] = [];
  const inBase = new Set(base.chosenIds);
  for (const unit of priceUnits(rules)) {
    const s = await optimiseSelection(ctx.pool, withoutUnit(rules, unit), { seed: ctx.seed }, ctx.solver);
    const without = new Set(s.chosenIds);
    out.push({
      ruleId: unit,
      label: unitLabel(unit, rules),
      price: Math.max(0, s.objective - base.objective),
      bringsIn: base.chosenIds.filter((id) => !without.has(id)),
      keepsOut: s.chosenIds.filter((id) => !inBase.has(id)),
    });
  }
  return out.sort((a, b) => b.price - a.price);
}
