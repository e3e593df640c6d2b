import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { cohortParticipantSettings, type CompletionRule, type ProposalTemplate } from "@/db/schema";
import { DEFAULT_COMPLETION_RULE } from "@/lib/participants/completion";
import { DEFAULT_PROPOSAL_TEMPLATE } from "./template";

// The participant phase's settings of a cohort: mostly about proposals (template, deadline), and the
// completion rule graduation reads. They live with proposals so that lib/participants needs nothing from here.
export type CohortSettings = {
  completionRule: CompletionRule;
  proposalTemplate: ProposalTemplate;
  proposalDeadline: Date | null;
  version: number;
};

/** A cohort's own rule and template, or the defaults when staff have not set them (version 0). */
export async function cohortSettings(db: Executor, cohortId: string): Promise<CohortSettings> {
  const [row] = await db
    .select({
      completionRule: cohortParticipantSettings.completionRule,
      proposalTemplate: cohortParticipantSettings.proposalTemplate,
      proposalDeadline: cohortParticipantSettings.proposalDeadline,
      version: cohortParticipantSettings.version,
    })
    .from(cohortParticipantSettings)
    .where(eq(cohortParticipantSettings.cohortId, cohortId));
  if (!row)
    return {
      completionRule: DEFAULT_COMPLETION_RULE,
      proposalTemplate: DEFAULT_PROPOSAL_TEMPLATE,
      proposalDeadline: null,
      version: 0,
    };
  return {
    completionRule: { ...DEFAULT_COMPLETION_RULE, ...row.completionRule },
    proposalTemplate: { ...DEFAULT_PROPOSAL_TEMPLATE, ...row.proposalTemplate },
    proposalDeadline: row.proposalDeadline,
    version: row.version,
  };
}
