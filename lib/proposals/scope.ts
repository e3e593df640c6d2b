import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { cohorts, enrolments, proposals } from "@/db/schema";

/** The programme a proposal belongs to, for an action's permission scope (null when there is no such proposal). */
export async function proposalProgramme(db: Executor, proposalId: string): Promise<string | null> {
  const [row] = await db
    .select({ programmeId: cohorts.programmeId })
    .from(proposals)
    .innerJoin(enrolments, eq(enrolments.id, proposals.enrolmentId))
    .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
    .where(eq(proposals.id, proposalId));
  return row?.programmeId ?? null;
}
