import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  announcements,
  applications,
  calls,
  cohorts,
  enrolments,
  proposals,
  reviews,
  selectionRuns,
  sessions,
  tracks,
} from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { can, type Permission } from "./permissions";
import type { Actor, Scope } from "./roles";

/**
 * "Which programme is this record in?", read from the database, never taken from the client: the one
 * place every page, action, route handler and command asks before checking a permission.
 *
 * An unknown id (or one that is not a uuid) is "in no programme", which only an administrator passes;
 * the caller then answers 404 as it would for a record outside the actor's scope, so the two cannot be
 * told apart.
 */
const NO_PROGRAMME = "00000000-0000-0000-0000-000000000000";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The scope of a record already read with its programme (null when there is no such record). */
export function programmeScope(programmeId: string | null | undefined): Scope {
  return { programmeId: programmeId ?? NO_PROGRAMME };
}

async function scopeOf(id: string, read: () => Promise<{ programmeId: string }[]>): Promise<Scope> {
  if (!UUID.test(id)) return { programmeId: NO_PROGRAMME };
  const [row] = await read();
  return { programmeId: row?.programmeId ?? NO_PROGRAMME };
}

export const cohortScope = (db: Executor, cohortId: string) =>
  scopeOf(cohortId, () =>
    db.select({ programmeId: cohorts.programmeId }).from(cohorts).where(eq(cohorts.id, cohortId)).limit(1),
  );

export const trackScope = (db: Executor, trackId: string) =>
  scopeOf(trackId, () =>
    db
      .select({ programmeId: cohorts.programmeId })
      .from(tracks)
      .innerJoin(cohorts, eq(cohorts.id, tracks.cohortId))
      .where(eq(tracks.id, trackId))
      .limit(1),
  );

export const sessionScope = (db: Executor, sessionId: string) =>
  scopeOf(sessionId, () =>
    db
      .select({ programmeId: cohorts.programmeId })
      .from(sessions)
      .innerJoin(cohorts, eq(cohorts.id, sessions.cohortId))
      .where(eq(sessions.id, sessionId))
      .limit(1),
  );

export const announcementScope = (db: Executor, announcementId: string) =>
  scopeOf(announcementId, () =>
    db
      .select({ programmeId: cohorts.programmeId })
      .from(announcements)
      .innerJoin(cohorts, eq(cohorts.id, announcements.cohortId))
      .where(eq(announcements.id, announcementId))
      .limit(1),
  );

export const callScope = (db: Executor, callId: string) =>
  scopeOf(callId, () =>
    db
      .select({ programmeId: cohorts.programmeId })
      .from(calls)
      .innerJoin(cohorts, eq(cohorts.id, calls.cohortId))
      .where(eq(calls.id, callId))
      .limit(1),
  );

export const applicationScope = (db: Executor, applicationId: string) =>
  scopeOf(applicationId, () =>
    db
      .select({ programmeId: cohorts.programmeId })
      .from(applications)
      .innerJoin(calls, eq(calls.id, applications.callId))
      .innerJoin(cohorts, eq(cohorts.id, calls.cohortId))
      .where(eq(applications.id, applicationId))
      .limit(1),
  );

/** A review of an application (its call's programme) or of a proposal (its cohort's programme). */
export async function reviewScope(db: Executor, reviewId: string): Promise<Scope> {
  if (!UUID.test(reviewId)) return { programmeId: NO_PROGRAMME };
  const [row] = await db
    .select({ applicationId: reviews.applicationId, proposalId: reviews.proposalId })
    .from(reviews)
    .where(eq(reviews.id, reviewId))
    .limit(1);
  if (row?.applicationId) return applicationScope(db, row.applicationId);
  if (row?.proposalId) return proposalScope(db, row.proposalId);
  return { programmeId: NO_PROGRAMME };
}

export const proposalScope = (db: Executor, proposalId: string) =>
  scopeOf(proposalId, () =>
    db
      .select({ programmeId: cohorts.programmeId })
      .from(proposals)
      .innerJoin(enrolments, eq(enrolments.id, proposals.enrolmentId))
      .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
      .where(eq(proposals.id, proposalId))
      .limit(1),
  );

/** A recorded selection suggestion: its call's programme. */
export const runScope = (db: Executor, runId: string) =>
  scopeOf(runId, () =>
    db
      .select({ programmeId: cohorts.programmeId })
      .from(selectionRuns)
      .innerJoin(calls, eq(calls.id, selectionRuns.callId))
      .innerJoin(cohorts, eq(cohorts.id, calls.cohortId))
      .where(eq(selectionRuns.id, runId))
      .limit(1),
  );

/**
 * For commands: passes when the actor may do `permission` on a record in `scope`; otherwise the record
 * does not exist as far as they can tell (404), or they must sign in first.
 */
export function assertInScope(
  actor: Actor | null,
  permission: Permission,
  scope: Scope,
  missing = "We could not find what you were looking for.",
): asserts actor is Actor {
  if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
  if (!can(actor, permission, scope)) throw new DomainError("not_found", missing);
}
