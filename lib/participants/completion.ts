import type { CompletionRule } from "@/db/schema";

export const DEFAULT_COMPLETION_RULE: CompletionRule = { minAttendancePercent: 80, requireProposal: true };

export type CompletionFacts = {
  /** Sessions the participant was expected at (their track's and the whole cohort's, not cancelled). */
  sessions: number;
  /** Of those, the ones they attended (present). */
  attended: number;
  proposalSubmitted: boolean;
};

export type CompletionVerdict = { meets: boolean; percent: number; reasons: string[]; summary: string };

/**
 * Whether a participant meets the cohort's rule, with the sentence staff read when they do not
 * ("attended 7 of 10 sessions (70%); no proposal submitted"). A cohort with no sessions counts as 100%.
 */
export function evaluateCompletion(facts: CompletionFacts, rule: CompletionRule): CompletionVerdict {
  const percent = facts.sessions === 0 ? 100 : Math.round((facts.attended / facts.sessions) * 1000) / 10;
  const attendance =
    facts.sessions === 1
      ? `attended ${facts.attended} of 1 session (${percent}%)`
      : `attended ${facts.attended} of ${facts.sessions} sessions (${percent}%)`;
  const reasons: string[] = [];
  // Compared in whole attendances so 79.99…% from rounding never passes an 80% rule.
  const needed = Math.ceil((rule.minAttendancePercent / 100) * facts.sessions - 1e-9);
  if (facts.attended < needed) reasons.push(`${attendance}; the rule asks for at least ${rule.minAttendancePercent}%`);
  if (rule.requireProposal && !facts.proposalSubmitted) reasons.push("no proposal submitted");
  return {
    meets: reasons.length === 0,
    percent,
    reasons,
    summary: [attendance, facts.proposalSubmitted ? "proposal submitted" : "no proposal submitted"].join("; "),
  };
}
