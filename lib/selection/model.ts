import { delegationSize, genderBounds, isDisclosed } from "./rules";
import type { BalanceRules, Candidate } from "./types";

/** A ranked candidate with its objective coefficient (normalised score plus a tie-break nudge). */
export type Ranked = Candidate & { rank: number; coef: number };

/** One linear row over the x variables (and, for the country count, the y variables). */
type Row = { ruleId: string; entries: Map<number, number>; lower: number; upper: number; soft: boolean };

export type BuiltModel = {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  integrality: Int32Array;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
  /** Columns 0..n-1 are the candidates; slack columns follow, one per soft row, then one binary per soft row. */
  n: number;
  slackRuleIds: string[];
  slackStart: number;
  brokenStart: number;
};

export type ElasticMode =
  /**
   * Every rule holds, except the rule units in `drop` (see conflicts.ts: "gender" is the band's two rows).
   * `objective` "none" only asks whether any selection exists; "count" fills as many seats as possible.
   */
  | { kind: "hard"; drop?: ReadonlySet<string>; objective?: "score" | "none" | "count" }
  /** Rules become soft; objective and extra bounds select the lexicographic stage. */
  | { kind: "elastic"; stage: "fewest" | "least" | "best"; maxBroken?: number; maxSlack?: number };

const INF = Infinity;

function rowsFor(
  subset: readonly Ranked[],
  rules: BalanceRules,
  seatsTarget: number,
): { rows: Row[]; countries: string[] } {
  const rows: Row[] = [];
  const add = (ruleId: string, members: Iterable<[number, number]>, lower: number, upper: number, soft = true) => {
    rows.push({ ruleId, entries: new Map(members), lower, upper, soft });
  };
  const idx = subset.map((_, i) => i);
  // Never more than the seats; filling every seat is a rule that may give way when the others cannot all hold.
  add(
    "seats",
    idx.map((i) => [i, 1] as [number, number]),
    seatsTarget,
    INF,
  );
  add(
    "seats.max",
    idx.map((i) => [i, 1] as [number, number]),
    -INF,
    seatsTarget,
    false,
  );

  for (const [trackId, cap] of Object.entries(rules.seatsPerTrack ?? {})) {
    const members = idx.filter((i) => subset[i]!.trackId === trackId);
    if (members.length > cap)
      add(
        `track.${trackId}`,
        members.map((i) => [i, 1]),
        -INF,
        cap,
      );
  }

  if (rules.genderBand) {
    const { min, max } = rules.genderBand;
    for (const gender of ["woman", "man"] as const) {
      const disclosed = idx.filter((i) => isDisclosed(subset[i]!.gender));
      // g - min*D >= 0 and g - max*D <= 0, written over every disclosed candidate.
      add(
        `gender.${gender}`,
        disclosed.map((i) => [i, (subset[i]!.gender === gender ? 1 : 0) - min]),
        0,
        INF,
      );
      add(
        `gender.${gender}`,
        disclosed.map((i) => [i, (subset[i]!.gender === gender ? 1 : 0) - max]),
        -INF,
        0,
      );
    }
  }

  const byCountry = new Map<string, number[]>();
  for (const i of idx) {
    const c = subset[i]!.country;
    if (c) (byCountry.get(c) ?? byCountry.set(c, []).get(c)!).push(i);
  }
  if (rules.maxPerCountry !== undefined) {
    for (const [, members] of byCountry) {
      if (members.length > rules.maxPerCountry)
        add(
          "country.max",
          members.map((i) => [i, 1]),
          -INF,
          rules.maxPerCountry,
        );
    }
  }

  const regions = new Set([...Object.keys(rules.regionMin ?? {}), ...Object.keys(rules.regionMax ?? {})]);
  for (const region of regions) {
    const members = idx.filter((i) => subset[i]!.region === region);
    const min = rules.regionMin?.[region as keyof typeof rules.regionMin];
    const max = rules.regionMax?.[region as keyof typeof rules.regionMax];
    if (min !== undefined && min > 0)
      add(
        `region.${region}`,
        members.map((i) => [i, 1]),
        min,
        INF,
      );
    if (max !== undefined && members.length > max)
      add(
        `region.${region}`,
        members.map((i) => [i, 1]),
        -INF,
        max,
      );
  }

  for (const group of rules.groups ?? []) {
    const members = new Set(group.countries);
    const inside = idx.filter((i) => members.has(subset[i]!.country ?? ""));
    if (group.min !== undefined && group.min > 0)
      add(
        `group.${group.ref}`,
        inside.map((i) => [i, 1]),
        group.min,
        INF,
      );
    if (group.max !== undefined && inside.length > group.max)
      add(
        `group.${group.ref}`,
        inside.map((i) => [i, 1]),
        -INF,
        group.max,
      );
  }

  if (rules.delegations) {
    for (const country of rules.delegations.countries) {
      const size = delegationSize(rules, country);
      const members = byCountry.get(country) ?? [];
      // A delegation may fall short when too few were nominated, but never grows past its size.
      add(
        `delegation.${country}`,
        members.map((i) => [i, 1]),
        size,
        INF,
      );
      add(
        `delegation.${country}.max`,
        members.map((i) => [i, 1]),
        -INF,
        size,
        false,
      );
    }
  }

  const countries = rules.minCountries !== undefined ? [...byCountry.keys()] : [];
  if (rules.minCountries !== undefined) {
    // y_c <= sum of x in c (hard), and sum of y >= K (soft). y columns follow the candidates.
    countries.forEach((country, k) => {
      const entries: [number, number][] = byCountry.get(country)!.map((i) => [i, -1]);
      entries.push([subset.length + k, 1]);
      add("countries.y", entries, -INF, 0, false);
    });
    add(
      "countries.min",
      countries.map((_, k) => [subset.length + k, 1] as [number, number]),
      rules.minCountries,
      INF,
    );
  }
  return { rows, countries };
}

/** Builds the 0-1 program for a subset: maximise the chosen coefficients subject to the rules. */
/** The rule unit a row belongs to: the band's rows are one unit, every other rule is its own. */
const unitOfRow = (ruleId: string) => (ruleId.startsWith("gender.") ? "gender" : ruleId);

export function buildModel(
  subset: readonly Ranked[],
  rules: BalanceRules,
  seatsTarget: number,
  mode: ElasticMode,
  pinnedIn: ReadonlySet<string>,
): BuiltModel {
  const built = rowsFor(subset, rules, seatsTarget);
  const drop = mode.kind === "hard" ? mode.drop : undefined;
  const rows = drop ? built.rows.filter((r) => !r.soft || !drop.has(unitOfRow(r.ruleId))) : built.rows;
  const countries = built.countries;
  const n = subset.length;
  const base = n + countries.length;
  const soft = mode.kind === "elastic" ? rows.filter((r) => r.soft) : [];
  const slackStart = base;
  const brokenStart = base + soft.length;
  const numCols = base + 2 * soft.length;
  const seatsBound = seatsTarget + (rules.minCountries ?? 0) + 1;

  const colCost = new Float64Array(numCols);
  const colLower = new Float64Array(numCols);
  const colUpper = new Float64Array(numCols).fill(1);
  const integrality = new Int32Array(numCols).fill(1);
  const stage = mode.kind === "elastic" ? mode.stage : "best";
  const objective = mode.kind === "hard" ? (mode.objective ?? "score") : "score";
  for (let i = 0; i < n; i++) {
    if (stage === "best" && objective === "score") colCost[i] = subset[i]!.coef;
    // As many seats as possible first; the score (scaled below 1 in all) only orders equal counts.
    if (objective === "count") colCost[i] = 1 + subset[i]!.coef / (n + 1);
    if (pinnedIn.has(subset[i]!.id)) colLower[i] = 1;
  }
  soft.forEach((_, k) => {
    colUpper[slackStart + k] = seatsBound;
    integrality[slackStart + k] = 0;
    if (stage === "least") colCost[slackStart + k] = -1;
    if (stage === "fewest") colCost[brokenStart + k] = -1;
  });

  // Row list: the rules (with their slack), then slack <= bound * broken, then the stage's caps.
  const allRows: { entries: [number, number][]; lower: number; upper: number }[] = [];
  rows.forEach((row) => {
    const entries = [...row.entries];
    const k = soft.indexOf(row);
    if (k >= 0) entries.push([slackStart + k, Number.isFinite(row.lower) ? 1 : -1]);
    allRows.push({ entries, lower: row.lower, upper: row.upper });
  });
  soft.forEach((_, k) =>
    allRows.push({
      entries: [
        [slackStart + k, 1],
        [brokenStart + k, -seatsBound],
      ],
      lower: -INF,
      upper: 0,
    }),
  );
  if (mode.kind === "elastic" && mode.maxBroken !== undefined) {
    allRows.push({
      entries: soft.map((_, k) => [brokenStart + k, 1] as [number, number]),
      lower: -INF,
      upper: mode.maxBroken,
    });
  }
  if (mode.kind === "elastic" && mode.maxSlack !== undefined) {
    allRows.push({
      entries: soft.map((_, k) => [slackStart + k, 1] as [number, number]),
      lower: -INF,
      upper: mode.maxSlack + 1e-6,
    });
  }

  const starts = new Int32Array(allRows.length + 1);
  let nnz = 0;
  for (const r of allRows) nnz += r.entries.length;
  const indices = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  const rowLower = new Float64Array(allRows.length);
  const rowUpper = new Float64Array(allRows.length);
  let p = 0;
  allRows.forEach((r, j) => {
    r.entries.sort((a, b) => a[0] - b[0]);
    for (const [col, v] of r.entries) {
      indices[p] = col;
      values[p] = v;
      p++;
    }
    starts[j + 1] = p;
    rowLower[j] = r.lower;
    rowUpper[j] = r.upper;
  });
  return {
    numCols,
    numRows: allRows.length,
    colCost,
    colLower,
    colUpper,
    rowLower,
    rowUpper,
    integrality,
    starts,
    indices,
    values,
    n,
    slackRuleIds: soft.map((r) => r.ruleId),
    slackStart,
    brokenStart,
  };
}

/** The gender band's cap on how many of one gender any selection can hold. */
export function genderCap(rules: BalanceRules, seatsTarget: number): number {
  return rules.genderBand ? genderBounds(rules.genderBand, seatsTarget).max : seatsTarget;
}
