import { explainConflict, priceRules, type Explanation, type RulePrice } from "./conflicts";
import { optimiseSelection } from "./solve";
import type { BalanceRules, Candidate, Suggestion } from "./types";
import { analysisSolver, workerSolver } from "./worker-solver";

export type * from "./types";
export { evaluateRules } from "./rules";
export { normaliseScores } from "./normalise";
export { orderWaitlist, proposeReplacement } from "./waitlist";
export { seededTieBreak, rankCandidates } from "./tiebreak";
export type { Explanation, RulePrice } from "./conflicts";
export { warmSolvers } from "./worker-solver";

/**
 * The selection that maximises the total score subject to every rule and pin, solved off the request
 * thread. When the rules cannot all be met, the best selection that breaks the fewest by the least,
 * with each failing rule explained.
 */
export function suggestSelection(
  candidates: readonly Candidate[],
  rules: BalanceRules,
  options: { seed: number },
): Promise<Suggestion> {
  return optimiseSelection(candidates, rules, { seed: options.seed, prune: true }, workerSolver);
}

/** What a selection run keeps of its suggestion (the columns of selection_runs it fills). */
export function runFigures(suggestion: Suggestion) {
  return {
    chosenIds: suggestion.chosenIds,
    objective: suggestion.objective,
    plainObjective: suggestion.plainObjective,
    priceOfBalance: suggestion.priceOfBalance,
    feasible: suggestion.feasible,
    violations: suggestion.violations,
    solveMs: Math.round(suggestion.solveMs),
  };
}

/** Why the rules of a suggestion cannot all hold and the ways out, each solved (the analysis worker). */
export function explainSelection(
  candidates: readonly Candidate[],
  rules: BalanceRules,
  baseIds: readonly string[],
  options: { seed: number; callOpen: boolean },
): Promise<Explanation | null> {
  return explainConflict({ pool: candidates, seed: options.seed, solver: analysisSolver }, rules, baseIds, {
    callOpen: options.callOpen,
  });
}

/** What each rule of a feasible suggestion costs in total score, and whom it brings in or keeps out. */
export function priceSelectionRules(
  candidates: readonly Candidate[],
  rules: BalanceRules,
  base: Pick<Suggestion, "chosenIds" | "objective">,
  options: { seed: number },
): Promise<RulePrice[]> {
  return priceRules({ pool: candidates, seed: options.seed, solver: analysisSolver }, rules, base);
}
