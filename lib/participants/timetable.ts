import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { sessionTracks, sessions } from "@/db/schema";

/** The sessions one track attends: its own and those for the whole cohort (no session_tracks rows). */
export function audienceOf(trackId: string | null): SQL {
  const wholeCohort = sql`not exists (select 1 from ${sessionTracks} where ${sessionTracks.sessionId} = ${sessions.id})`;
  if (!trackId) return wholeCohort;
  return sql`(${wholeCohort} or exists (select 1 from ${sessionTracks} where ${sessionTracks.sessionId} = ${sessions.id} and ${sessionTracks.trackId} = ${trackId}))`;
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
