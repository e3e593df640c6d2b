import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { calls, cohorts } from "@/db/schema";
import type { Scope } from "@/lib/auth/roles";

// An id that matches no programme: an unknown call or cohort is then checked as "in no programme",
// which only an administrator passes, and the command answers 404.
const NOWHERE = "00000000-0000-0000-0000-000000000000";

/** The programme a call belongs to, for the permission check of actions and route handlers. */
export async function programmeOfCall(db: Executor, callId: string): Promise<Scope> {
  if (!/^[0-9a-f-]{36}$/i.test(callId)) return { programmeId: NOWHERE };
  const [row] = await db.select({ programmeId: cohorts.programmeId }).from(calls).innerJoin(cohorts, eq(cohorts.id, calls.cohortId)).where(eq(calls.id, callId));
  return { programmeId: row?.programmeId ?? NOWHERE };
}

export async function programmeOfCohort(db: Executor, cohortId: string): Promise<Scope> {
  if (!/^[0-9a-f-]{36}$/i.test(cohortId)) return { programmeId: NOWHERE };
  const [row] = await db.select({ programmeId: cohorts.programmeId }).from(cohorts).where(eq(cohorts.id, cohortId));
  return { programmeId: row?.programmeId ?? NOWHERE };
}
