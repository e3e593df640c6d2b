import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { attendance, enrolments, sessions, tracks } from "@/db/schema";
import { audienceOf } from "@/lib/participants/timetable";
import { audienceOfSession } from "./commands";
import { subquery } from "@/db/subquery";

/** Sessions of a cohort (one track's, or all) with how many of their participants are marked present. */
export async function getAttendanceOverview(db: Executor, cohortId: string, trackId: string | null) {
  const [cohortTracks, rows] = await Promise.all([
    db
      .select({ id: tracks.id, title: tracks.title })
      .from(tracks)
      .where(eq(tracks.cohortId, cohortId))
      .orderBy(asc(tracks.position)),
    db
      .select({
        id: sessions.id,
        title: sessions.title,
        startsAt: sessions.startsAt,
        status: sessions.status,
        present: subquery<number>`(select count(*)::int from ${attendance} a join ${enrolments} e on e.id = a.enrolment_id where a.session_id = ${sessions.id} and a.status = 'present'${trackId ? sql` and e.track_id = ${trackId}` : sql``})`,
      })
      .from(sessions)
      .where(trackId ? and(eq(sessions.cohortId, cohortId), audienceOf(trackId)) : eq(sessions.cohortId, cohortId))
      .orderBy(asc(sessions.startsAt)),
  ]);
  return { tracks: cohortTracks, sessions: rows };
}

/** One session's list for staff: everyone expected there, with what is recorded so far. */
export async function getAttendanceSheet(db: Executor, sessionId: string) {
  const [people, recorded] = await Promise.all([
    audienceOfSession(db, sessionId),
    db
      .select({ enrolmentId: attendance.enrolmentId, status: attendance.status, method: attendance.method })
      .from(attendance)
      .where(eq(attendance.sessionId, sessionId)),
  ]);
  const byEnrolment = new Map(recorded.map((r) => [r.enrolmentId, r]));
  const trackTitles = people.length
    ? await db
        .select({ id: tracks.id, title: tracks.title })
        .from(tracks)
        .where(
          inArray(
            tracks.id,
            people.map((p) => p.trackId).filter((t): t is string => Boolean(t)),
          ),
        )
    : [];
  const titleOf = new Map(trackTitles.map((t) => [t.id, t.title]));
  return people.map((p) => ({
    ...p,
    track: p.trackId ? (titleOf.get(p.trackId) ?? null) : null,
    recorded: byEnrolment.get(p.enrolmentId) ?? null,
  }));
}
