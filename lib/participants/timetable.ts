import { and, asc, eq, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { cohortParticipantSettings, sessionTracks, sessions, type CompletionRule, type ProposalTemplate } from "@/db/schema";
import { DEFAULT_PROPOSAL_TEMPLATE } from "@/lib/proposals/template";
import { DEFAULT_COMPLETION_RULE } from "./completion";
import { subquery } from "@/db/subquery";

/** The sessions one track attends: its own and those for the whole cohort (no session_tracks rows). */
export function audienceOf(trackId: string | null): SQL {
  const wholeCohort = subquery`not exists (select 1 from ${sessionTracks} where ${sessionTracks.sessionId} = ${sessions.id})`;
  if (!trackId) return wholeCohort;
  return subquery`(${wholeCohort} or exists (select 1 from ${sessionTracks} where ${sessionTracks.sessionId} = ${sessions.id} and ${sessionTracks.trackId} = ${trackId}))`;
}

export async function sessionsForTrack(db: Executor, cohortId: string, trackId: string | null) {
  return db
    .select({
      id: sessions.id,
      title: sessions.title,
      kind: sessions.kind,
      startsAt: sessions.startsAt,
      endsAt: sessions.endsAt,
      venue: sessions.venue,
      onlineUrl: sessions.onlineUrl,
      speakers: sessions.speakers,
      description: sessions.description,
      status: sessions.status,
    })
    .from(sessions)
    .where(and(eq(sessions.cohortId, cohortId), audienceOf(trackId)))
    .orderBy(asc(sessions.startsAt), asc(sessions.title));
}
export type TrackSession = Awaited<ReturnType<typeof sessionsForTrack>>[number];

export type CohortSettings = { completionRule: CompletionRule; proposalTemplate: ProposalTemplate; proposalDeadline: Date | null; version: number };

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
  if (!row) return { completionRule: DEFAULT_COMPLETION_RULE, proposalTemplate: DEFAULT_PROPOSAL_TEMPLATE, proposalDeadline: null, version: 0 };
  return {
    completionRule: { ...DEFAULT_COMPLETION_RULE, ...row.completionRule },
    proposalTemplate: { ...DEFAULT_PROPOSAL_TEMPLATE, ...row.proposalTemplate },
    proposalDeadline: row.proposalDeadline,
    version: row.version,
  };
}
