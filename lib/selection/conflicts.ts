import { countryName, type UnescoRegion } from "@/lib/geo";
import { buildModel } from "./model";
import { pruneDominated } from "./prune";
import {
  delegationSize,
  evaluateRules,
  genderBounds,
  isDisclosed,
  needSaid,
  phrase,
  plural,
  regionName,
} from "./rules";
import { OPTIMAL, optimiseSelection, rankWithCoefficients, scoreRange, type ModelSolver } from "./solve";
import type { BalanceRules, Candidate, Phrase, RuleState, Said, Suggestion } from "./types";
import {
  pct,
  placeOf,
  points,
  priceUnits,
  relaxRange,
  relaxUnit,
  ruleUnits,
  unitLabel,
  unitSaid,
  withoutUnit,
} from "./units";

/*
 * Why the rules cannot all hold, and the ways out, in rule units (lib/selection/units.ts). The conflict is
 * an irreducible infeasible subset of units, found by deletion filtering with the HiGHS feasibility
 * check (the `highs` package exposes no IIS of its own): every unit in it is needed for the conflict.
 *
 * Every sentence comes twice: in English (what a run keeps in selection_runs.explanation, and the title a
 * shortlist's history quotes) and as data in `said` (lib/selection/say.ts), shown in the reader's language.
 */

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

type ConflictLine = {
  ruleId: string;
  label: string;
  sentence: string;
  /** label and sentence as data (absent in runs analysed before). */
  said?: { label: Said; sentence: Phrase };
};

type Sentence = { english: string; said: Phrase };

/** One conflicting rule said with the pool's numbers. */
function sentenceFor(
  unit: string,
  pool: readonly Candidate[],
  rules: BalanceRules,
  seatsTarget: number,
  fillable: number,
): Sentence {
  const seats = rules.seats;
  if (unit === "seats" && pool.length < seats)
    return {
      english: `Only ${plural(pool.length, "eligible applicant", "eligible applicants")} for ${plural(seats, "seat", "seats")}.`,
      said: phrase("why.fewApplicants", { pool: pool.length, seats }),
    };
  if (unit === "seats")
    return fillable > 0
      ? {
          english: `${plural(seats, "seat", "seats")} to fill; with the rules below at most ${fillable} can be.`,
          said: phrase("line.seatsAtMost", { seats, fillable }),
        }
      : {
          english: `${plural(seats, "seat", "seats")} to fill; with the rules below no selection is possible.`,
          said: phrase("line.seatsNone", { seats }),
        };
  if (unit === "gender") {
    const band = rules.genderBand!;
    const bounds = genderBounds(band, seatsTarget);
    const women = pool.filter((c) => c.gender === "woman").length;
    const men = pool.filter((c) => c.gender === "man").length;
    const disclosed = pool.filter((c) => isDisclosed(c.gender)).length;
    const share = points(band.min);
    const ofSeats = `${pct(band.min)} of ${plural(seatsTarget, "seat", "seats")} needs ${bounds.min}.`;
    if (women < bounds.min)
      return {
        english: `${plural(women, "eligible woman applied", "eligible women applied")}; ${ofSeats}`,
        said: phrase("line.genderShort", { gender: "woman", have: women, share, seats: seatsTarget, min: bounds.min }),
      };
    if (men < bounds.min)
      return {
        english: `${plural(men, "eligible man applied", "eligible men applied")}; ${ofSeats}`,
        said: phrase("line.genderShort", { gender: "man", have: men, share, seats: seatsTarget, min: bounds.min }),
      };
    return {
      english: `Women and men must each be ${pct(band.min)}–${pct(band.max)} of those who disclose (${bounds.min}–${bounds.max} of ${seatsTarget}); ${plural(women, "woman", "women")} and ${plural(men, "man", "men")} applied, ${disclosed} disclosed in all.`,
      said: phrase("line.genderBand", {
        minShare: share,
        maxShare: points(band.max),
        min: bounds.min,
        max: bounds.max,
        seats: seatsTarget,
        women,
        men,
        disclosed,
      }),
    };
  }
  const counts = new Map<string, number>();
  for (const c of pool) if (c.country) counts.set(c.country, (counts.get(c.country) ?? 0) + 1);
  if (unit === "country.max") {
    const cap = rules.maxPerCountry!;
    const most = [...counts.values()].reduce((s, k) => s + Math.min(k, cap), 0);
    return {
      english: `At most ${cap} per country: the ${plural(counts.size, "country", "countries")} in the pool can fill ${most} of ${plural(seatsTarget, "seat", "seats")}.`,
      said: phrase("line.perCountry", { cap, countries: counts.size, fillable: most, seats: seatsTarget }),
    };
  }
  if (unit === "countries.min") {
    const k = rules.minCountries!;
    return counts.size < k
      ? {
          english: `Eligible applicants come from ${plural(counts.size, "country", "countries")}; the rule needs ${k}.`,
          said: phrase("line.fewCountries", { countries: counts.size, min: k }),
        }
      : {
          english: `At least ${k} different countries among ${plural(seatsTarget, "seat", "seats")} (the pool has ${counts.size}).`,
          said: phrase("line.countriesAmongSeats", { min: k, seats: seatsTarget, countries: counts.size }),
        };
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
    return {
      english: `${plural(have, "eligible applicant", "eligible applicants")} from ${name} applied; the rule needs ${need}.`,
      said: phrase("why.fromPlaceShort", { have, place: placeOf(unit, rules), need: needSaid(min, max) }),
    };
  }
  if (unit.startsWith("delegation.")) {
    const country = unit.slice(11);
    const have = counts.get(country) ?? 0;
    const size = delegationSize(rules, country);
    const name = countryName(country, "en");
    return have < size
      ? {
          english: `Only ${plural(have, "eligible nominee", "eligible nominees")} from ${name}; the delegation needs exactly ${size}.`,
          said: phrase("why.fewNominees", { have, country: { country }, size }),
        }
      : {
          english: `The delegation of ${name} needs exactly ${size} (${have} nominated).`,
          said: phrase("line.delegation", { country: { country }, size, have }),
        };
  }
  if (unit.startsWith("track.")) {
    const max = rules.seatsPerTrack![unit.slice(6)]!;
    return { english: `The track holds at most ${max}.`, said: phrase("line.track", { max }) };
  }
  return { english: "An applicant is pinned in.", said: phrase("line.pinnedIn") };
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
  /** title and changes as data (absent in runs analysed before). */
  said?: { title: Phrase; changes: Phrase[] };
};

type ReachOut = {
  ruleId: string;
  label: string;
  sentence: string;
  more: number;
  /** sentence as data (absent in runs analysed before). */
  said?: { sentence: Phrase };
};

export type Explanation = {
  ruleIds: string[];
  headline: string;
  lines: ConflictLine[];
  waysOut: WayOut[];
  /** Rule units whose relaxation alone cannot make the rules hold, said. */
  dead: { ruleId: string; sentence: string; said?: { sentence: Phrase } }[];
  reachOut: ReachOut[];
  /** headline as data (absent in runs analysed before). */
  said?: { headline: Phrase };
};

async function solved(
  ctx: Context,
  key: string,
  [title, titleSaid]: [string, Phrase],
  changes: [string, Phrase][],
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
    changes: changes.map(([english]) => english),
    rules,
    chosenIds: s.chosenIds,
    objective: s.objective,
    states: evaluateRules(ctx.pool, original, s.chosenIds),
    joins: s.chosenIds.filter((id) => !before.has(id)),
    leaves: base.filter((id) => !chosen.has(id)),
    said: { title: titleSaid, changes: changes.map(([, said]) => said) },
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
        [`Fill ${plural(fillable, "seat", "seats")}`, phrase("wayOut.fill", { seats: fillable })],
        [
          [
            `${fillable} of ${plural(rules.seats, "seat", "seats")}, every other rule kept`,
            phrase("wayOut.seatsKept", { fill: fillable, seats: rules.seats }),
          ],
        ],
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
      waysOut.push(
        await solved(ctx, `relax.${unit}`, [r.change, r.said], [[r.change, r.said]], r.rules, rules, baseIds, k),
      );
      continue;
    }
    // Relaxing this rule alone is not enough: relax it as far as it helps and fill the seats that can be.
    const withSeats = await leastStep(ctx, rules, unit, new Set(["seats"]));
    const r = withSeats !== null ? relaxUnit(rules, unit, withSeats) : null;
    const seats = r ? await mostSeats(ctx, r.rules) : 0;
    if (r && seats > 0) {
      waysOut.push(
        await solved(
          ctx,
          `relax.${unit}`,
          [
            `${r.change} and fill ${plural(seats, "seat", "seats")}`,
            phrase("wayOut.changeAndFill", { change: r.said, seats }),
          ],
          [
            [r.change, r.said],
            [
              `${seats} of ${plural(rules.seats, "seat", "seats")}`,
              phrase("wayOut.seatsOf", { fill: seats, seats: rules.seats }),
            ],
          ],
          { ...r.rules, seats },
          rules,
          baseIds,
        ),
      );
    } else
      dead.push({
        ruleId: unit,
        sentence: `Relaxing “${unitLabel(unit, rules)}” alone cannot make the other rules hold.`,
        said: { sentence: phrase("wayOut.dead", { rule: unitSaid(unit, rules) }) },
      });
  }

  const reachOut = options.callOpen ? reachOutFor(conflict, eligible, rules, seatsTarget) : [];
  const labels = conflict.map((u) => unitLabel(u, rules));
  const saidLabels = conflict.map((u) => unitSaid(u, rules));
  return {
    ruleIds: conflict,
    headline:
      conflict.length === 1
        ? `“${labels[0]}” cannot hold with this pool, whatever else is chosen.`
        : `These ${conflict.length} rules cannot all hold together: ${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}.`,
    lines: conflict.map((u) => {
      const sentence = sentenceFor(u, eligible, rules, seatsTarget, fillable);
      return {
        ruleId: u,
        label: unitLabel(u, rules),
        sentence: sentence.english,
        said: { label: unitSaid(u, rules), sentence: sentence.said },
      };
    }),
    waysOut,
    dead,
    reachOut,
    said: {
      headline:
        conflict.length === 1
          ? phrase("headline.one", { rule: saidLabels[0]! })
          : phrase("headline.many", { count: conflict.length, rules: { list: saidLabels, join: "and" } }),
    },
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
      for (const [gender, word, one] of [
        ["woman", "women", "woman"],
        ["man", "men", "man"],
      ] as const) {
        const have = pool.filter((c) => c.gender === gender).length;
        const more = bounds.min - have;
        if (have < bounds.min)
          out.push({
            ruleId: unit,
            label: word,
            more,
            sentence: `At least ${plural(more, `more ${one}`, `more ${word}`)} (${have} applied; ${bounds.min} needed).`,
            said: { sentence: phrase("reach.gender", { gender, more, have, min: bounds.min }) },
          });
      }
    } else if (unit.startsWith("delegation.")) {
      const country = unit.slice(11);
      const have = pool.filter((c) => c.country === country).length;
      const size = delegationSize(rules, country);
      if (have < size)
        out.push({
          ruleId: unit,
          label: countryName(country, "en"),
          more: size - have,
          sentence: `${plural(size - have, "more nominee", "more nominees")} from ${countryName(country, "en")} (${have} of ${size}).`,
          said: { sentence: phrase("reach.delegation", { more: size - have, country: { country }, have, size }) },
        });
    } else if (unit === "countries.min") {
      const countries = new Set(pool.map((c) => c.country).filter(Boolean)).size;
      if (countries < rules.minCountries!)
        out.push({
          ruleId: unit,
          label: "New countries",
          more: rules.minCountries! - countries,
          sentence: `Applicants from ${plural(rules.minCountries! - countries, "more country", "more countries")} (${countries} so far; ${rules.minCountries} needed).`,
          said: {
            sentence: phrase("reach.countries", {
              more: rules.minCountries! - countries,
              have: countries,
              min: rules.minCountries!,
            }),
          },
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
          said: { sentence: phrase("reach.fromPlace", { more: min - have, place: placeOf(unit, rules), have, min }) },
        });
    }
  }
  return out;
}

export type RulePrice = {
  ruleId: string;
  label: string;
  /** label as data (absent in runs priced before). */
  said?: { label: Said };
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
      said: { label: unitSaid(unit, rules) },
      price: Math.max(0, s.objective - base.objective),
      bringsIn: base.chosenIds.filter((id) => !without.has(id)),
      keepsOut: s.chosenIds.filter((id) => !inBase.has(id)),
    });
  }
  return out.sort((a, b) => b.price - a.price);
}
