import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { subquery } from "@/db/subquery";
import { cohorts, enrolments, programmes, sessionTracks, sessions, tracks, users } from "@/db/schema";
import { buildSessionCalendar, calendarFileName } from "@/lib/calendar";
import { localText } from "@/lib/i18n/content";
import { isAppLocale } from "@/lib/i18n/request";

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
      locale: users.locale,
      cohortTitle: cohorts.title,
      cohortTranslations: cohorts.translations,
      mainLanguage: programmes.mainLanguage,
      timeZone: cohorts.timeZone,
      cohortStatus: cohorts.status,
      cohortStartDate: cohorts.startDate,
      trackTitle: tracks.title,
    })
    .from(enrolments)
    .innerJoin(users, eq(users.id, enrolments.userId))
    .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .leftJoin(tracks, eq(tracks.id, enrolments.trackId))
    .where(and(eq(enrolments.id, enrolmentId), inArray(enrolments.status, ["confirmed", "completed"])));
  if (!row) return null;
  // The calendar is named with the edition's title in the participant's saved language where written.
  const reader = isAppLocale(row.locale) ? row.locale : row.mainLanguage;
  const cohortTitle = localText(row.cohortTitle, row.cohortTranslations, "title", row.mainLanguage, reader).text;
  const space = `${appUrl}/me/cohorts/${row.cohortId}`;
  const body = buildSessionCalendar({
    name: row.trackTitle ? `${cohortTitle} — ${row.trackTitle}` : cohortTitle,
    description: `Timetable of ${cohortTitle} for ${row.name}. Times are shown in your calendar's zone; the cohort runs on ${row.timeZone}.`,
    timeZone: row.timeZone,
    url: space,
    sessionUrl: (s) => `${space}#session-${s.id}`,
    edition: { status: row.cohortStatus, startDate: row.cohortStartDate },
    sessions: await sessionsForTrack(db, row.cohortId, row.trackId),
  });
  return { body, fileName: calendarFileName(row.cohortTitle) };
}
