import { optimiseSelection } from "./solve";
import type { BalanceRules, Candidate, Suggestion } from "./types";
import { workerSolver } from "./worker-solver";

export type * from "./types";
export { evaluateRules, allMet, genderBounds } from "./rules";
export { normaliseScores } from "./normalise";
export { orderWaitlist, proposeReplacement } from "./waitlist";
export { seededTieBreak, rankCandidates } from "./tiebreak";
export { optimiseSelection } from "./solve";

/**
 * The selection that maximises the total score subject to every rule and pin, solved off the request
 * thread. When the rules cannot all be met, the best selection that breaks the fewest by the least,
 * with each failing rule explained.
 */
export function suggestSelection(candidates: readonly Candidate[], rules: BalanceRules, options: { seed: number }): Promise<Suggestion> {
  return optimiseSelection(candidates, rules, { seed: options.seed, prune: true }, workerSolver);
}
