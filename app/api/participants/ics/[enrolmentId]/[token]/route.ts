import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cohorts, enrolments, tracks, users } from "@/db/schema";
import { buildSessionCalendar, calendarFileName, calendarResponse } from "@/lib/calendar";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { isValidFeedToken } from "@/lib/participants/codes";
import { sessionsForTrack } from "@/lib/participants/timetable";

type Params = { params: Promise<{ enrolmentId: string; token: string }> };

/**
 * A participant's personal calendar feed: their track's sessions and the whole cohort's, with the same UIDs,
 * SEQUENCE and cancellations as the cohort feed (lib/calendar). Calendar apps cannot sign in, so the link
 * itself is the key: an HMAC of the enrolment id. A wrong token and an unknown id both answer 404.
 */
export async function GET(_request: Request, { params }: Params) {
  return handleRoute("participant-ics", async () => {
    const { enrolmentId, token } = await params;
    const bare = token.replace(/\.ics$/, "");
    if (!/^[0-9a-f-]{36}$/.test(enrolmentId) || !isValidFeedToken(enrolmentId, bare)) throw notFound("There is no calendar at this address.");
    const db = getDb();
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
    if (!row) throw notFound("There is no calendar at this address.");
    const sessions = await sessionsForTrack(db, row.cohortId, row.trackId);
    const appUrl = env().APP_URL;
    const name = row.trackTitle ? `${row.cohortTitle} — ${row.trackTitle}` : row.cohortTitle;
    const body = buildSessionCalendar({
      name,
      description: `Timetable of ${row.cohortTitle} for ${row.name}. Times are shown in your calendar's zone; the cohort runs on ${row.timeZone}.`,
      timeZone: row.timeZone,
      url: `${appUrl}/me/cohorts/${row.cohortId}`,
      sessionUrl: (s) => `${appUrl}/me/cohorts/${row.cohortId}#session-${s.id}`,
      edition: { status: row.cohortStatus, startDate: row.cohortStartDate },
      sessions,
    });
    return calendarResponse(body, calendarFileName(row.cohortTitle), "attachment");
  });
}
