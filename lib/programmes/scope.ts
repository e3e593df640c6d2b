import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { cohorts, sessions, tracks } from "@/db/schema";
import { notFound } from "@/lib/errors";

/**
 * The programme a cohort, track or session belongs to, read from the database: a permission is always
 * checked against the programme the row really is in, never one the client names.
 */
export async function programmeOfCohort(db: Executor, cohortId: string): Promise<string> {
  const [row] = await db.select({ programmeId: cohorts.programmeId }).from(cohorts).where(eq(cohorts.id, cohortId)).limit(1);
  if (!row) throw notFound("That edition does not exist.");
  return row.programmeId;
}

export async function programmeOfTrack(db: Executor, trackId: string): Promise<string> {
  const [row] = await db.select({ programmeId: cohorts.programmeId }).from(tracks).innerJoin(cohorts, eq(cohorts.id, tracks.cohortId)).where(eq(tracks.id, trackId)).limit(1);
  if (!row) throw notFound("That track does not exist.");
  return row.programmeId;
}

export async function programmeOfSession(db: Executor, sessionId: string): Promise<string> {
  const [row] = await db.select({ programmeId: cohorts.programmeId }).from(sessions).innerJoin(cohorts, eq(cohorts.id, sessions.cohortId)).where(eq(sessions.id, sessionId)).limit(1);
  if (!row) throw notFound("That session does not exist.");
  return row.programmeId;
}
