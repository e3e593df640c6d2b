import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { subquery } from "@/db/subquery";
import { cohorts, enrolments, sessionTracks, sessions, tracks, users } from "@/db/schema";
import { buildSessionCalendar, calendarFileName } from "@/lib/calendar";

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
      statusReason: sessions.statusReason,
      version: sessions.version,
    })
    .from(sessions)
    .where(and(eq(sessions.cohortId, cohortId), audienceOf(trackId)))
    .orderBy(asc(sessions.startsAt), asc(sessions.title));
}

/**
 * A confirmed (or graduated) participant's personal calendar: their track's sessions and the whole
 * cohort's, with the same UIDs, SEQUENCE and cancellations as the cohort feed (lib/calendar). Null when
 * the enrolment does not exist or is not confirmed; the caller has checked the feed token.
 */
export async function participantFeed(
  db: Executor,
  enrolmentId: string,
  appUrl: string,
): Promise<{ body: string; fileName: string } | null> {
  const [row] = await db
    .select({
      cohortId: enrolments.cohortId,
      trackId: enrolments.trackId,
      name: users.name,
      cohortTitle: cohorts.title,
      timeZone: cohorts.timeZone,
      cohortStatus: cohorts.status,
      cohortStartDate: cohorts.startDate,
      trackTitle: tracks.title,
    })
    .from(enrolments)
    .innerJoin(users, eq(users.id, enrolments.userId))
    .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
    .leftJoin(tracks, eq(tracks.id, enrolments.trackId))
    .where(and(eq(enrolments.id, enrolmentId), inArray(enrolments.status, ["confirmed", "completed"])));
  if (!row) return null;
  const space = `${appUrl}/me/cohorts/${row.cohortId}`;
  const body = buildSessionCalendar({
    name: row.trackTitle ? `${row.cohortTitle} — ${row.trackTitle}` : row.cohortTitle,
    description: `Timetable of ${row.cohortTitle} for ${row.name}. Times are shown in your calendar's zone; the cohort runs on ${row.timeZone}.`,
    timeZone: row.timeZone,
    url: space,
    sessionUrl: (s) => `${space}#session-${s.id}`,
    edition: { status: row.cohortStatus, startDate: row.cohortStartDate },
    sessions: await sessionsForTrack(db, row.cohortId, row.trackId),
  });
  return { body, fileName: calendarFileName(row.cohortTitle) };
}
