import type { BuiltModel, ElasticMode, Ranked } from "./model";
import { buildModel } from "./model";
import { couldImprove, pruneDominated, restrictedSubset } from "./prune";
import { allMet, evaluateRules } from "./rules";
import { explainViolation } from "./explain";
import { rankCandidates } from "./tiebreak";
import type { BalanceRules, Candidate, Suggestion } from "./types";

/** What a solver run returns; model status 7 is optimal, 8 infeasible (HiGHS codes). */
export type SolveResult = { status: number; colValue: ArrayLike<number>; objective: number };
/** Solves one built model; runs in this thread (tests, benchmarks) or in a worker (the server). */
export type ModelSolver = (model: BuiltModel) => SolveResult | Promise<SolveResult>;

export const OPTIMAL = 7;

export type SolveOptions = { seed: number; prune?: boolean };

export function scoreRange(candidates: readonly Candidate[]) {
  let lo = 0;
  let hi = 0;
  for (const c of candidates) {
    if (c.score < lo) lo = c.score;
    if (c.score > hi) hi = c.score;
  }
  return { lo, span: hi - lo || 1 };
}

/** The sum of the best k scores, without sorting the pool. */
function topSum(candidates: readonly Candidate[], k: number): number {
  if (k <= 0) return 0;
  const best: number[] = [];
  for (const c of candidates) {
    if (best.length === k && c.score <= best[k - 1]!) continue;
    let i = best.length < k ? best.length : k - 1;
    best[i] = c.score;
    while (i > 0 && best[i]! > best[i - 1]!) {
      [best[i], best[i - 1]] = [best[i - 1]!, best[i]!];
      i--;
    }
  }
  return best.reduce((s, x) => s + x, 0);
}

/** Scores scaled to [0, 1] plus a nudge smaller than half the smallest gap, so equal scores follow the seed. */
export function rankWithCoefficients(
  candidates: readonly Candidate[],
  seed: number,
  { lo, span }: { lo: number; span: number },
): Ranked[] {
  const ranked = rankCandidates(candidates, seed);
  const scores = ranked.map((c) => c.score);
  let gap = 1;
  for (let i = 1; i < scores.length; i++) {
    const d = (scores[i - 1]! - scores[i]!) / span;
    if (d > 1e-12 && d < gap) gap = d;
  }
  const nudge = gap / (2 * Math.max(1, ranked.length));
  return ranked.map((c, rank) => ({ ...c, rank, coef: (c.score - lo) / span + nudge * (1 - rank / ranked.length) }));
}

async function run(
  solver: ModelSolver,
  subset: Ranked[],
  rules: BalanceRules,
  seatsTarget: number,
  mode: ElasticMode,
  pinnedIn: ReadonlySet<string>,
) {
  const model = buildModel(subset, rules, seatsTarget, mode, pinnedIn);
  const result = await solver(model);
  return { model, result, chosen: subset.filter((_, i) => (result.colValue[i] ?? 0) > 0.5) };
}

/**
 * The best selection under every rule and pin: the 0-1 program on the candidates that could be in an
 * optimal selection (see prune.ts). When the rules cannot all be met, the same program with every rule
 * made soft is solved three times: fewest rules broken, then least total shortfall, then best score.
 */
export async function optimiseSelection(
  candidates: readonly Candidate[],
  rules: BalanceRules,
  options: SolveOptions,
  solver: ModelSolver,
): Promise<Suggestion> {
  const started = performance.now();
  const pinnedOut = new Set(rules.pinnedOut ?? []);
  const pinnedIn = new Set((rules.pinnedIn ?? []).filter((id) => !pinnedOut.has(id)));
  const eligible = candidates.filter((c) => !pinnedOut.has(c.id));
  const seatsTarget = Math.min(rules.seats, eligible.length);
  const plainObjective = topSum(eligible, seatsTarget);
  const prune = options.prune ?? true;
  const scale = scoreRange(eligible);

  let chosen: Ranked[] | null = null;
  const considered = rankWithCoefficients(
    prune ? pruneDominated(eligible, rules, seatsTarget, pinnedIn, options.seed) : eligible,
    options.seed,
    scale,
  );
  if (prune) {
    const small = restrictedSubset(considered, rules, seatsTarget, pinnedIn);
    const first = await run(solver, small, rules, seatsTarget, { kind: "hard" }, pinnedIn);
    if (first.result.status === OPTIMAL) {
      const smallSet = new Set(small);
      const challengers = couldImprove(considered, smallSet, rules, seatsTarget, first.result.objective);
      if (challengers.length === 0) chosen = first.chosen;
      else {
        const wider = considered.filter((c) => smallSet.has(c) || challengers.includes(c));
        const second = await run(solver, wider, rules, seatsTarget, { kind: "hard" }, pinnedIn);
        if (second.result.status === OPTIMAL) chosen = second.chosen;
      }
    } else {
      const full = await run(solver, considered, rules, seatsTarget, { kind: "hard" }, pinnedIn);
      if (full.result.status === OPTIMAL) chosen = full.chosen;
    }
  } else {
    const full = await run(solver, considered, rules, seatsTarget, { kind: "hard" }, pinnedIn);
    if (full.result.status === OPTIMAL) chosen = full.chosen;
  }

  if (!chosen) {
    // Infeasible: soft rules. Only interchangeable candidates can be pruned now (the caps may be broken).
    const soft = prune
      ? rankWithCoefficients(
          pruneDominated(eligible, rules, seatsTarget, pinnedIn, options.seed, false),
          options.seed,
          scale,
        )
      : considered;
    const fewest = await run(solver, soft, rules, seatsTarget, { kind: "elastic", stage: "fewest" }, pinnedIn);
    const broken = Math.round(-fewest.result.objective);
    const least = await run(
      solver,
      soft,
      rules,
      seatsTarget,
      { kind: "elastic", stage: "least", maxBroken: broken },
      pinnedIn,
    );
    const slack = -least.result.objective;
    const best = await run(
      solver,
      soft,
      rules,
      seatsTarget,
      { kind: "elastic", stage: "best", maxBroken: broken, maxSlack: slack },
      pinnedIn,
    );
    chosen = best.result.status === OPTIMAL ? best.chosen : least.chosen;
  }

  const chosenIds = chosen.map((c) => c.id);
  const states = evaluateRules(candidates, rules, chosenIds);
  const feasible = allMet(states);
  const objective = chosen.reduce((s, c) => s + c.score, 0);
  return {
    chosenIds,
    objective,
    plainObjective,
    priceOfBalance: Math.max(0, plainObjective - objective),
    feasible,
    violations: feasible
      ? []
      : states.filter((s) => s.status !== "met").map((s) => explainViolation(s, eligible, rules, seatsTarget)),
    rules: states,
    seed: options.seed,
    solveMs: performance.now() - started,
    pruned: eligible.length - considered.length,
  };
}
