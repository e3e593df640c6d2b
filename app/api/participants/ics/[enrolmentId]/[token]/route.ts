import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cohorts, enrolments, tracks, users } from "@/db/schema";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { isValidFeedToken } from "@/lib/participants/codes";
import { buildParticipantCalendar } from "@/lib/participants/ics";
import { sessionsForTrack } from "@/lib/participants/timetable";
import { now } from "@/lib/time/clock";

type Params = { params: Promise<{ enrolmentId: string; token: string }> };

/**
 * A participant's personal calendar feed. Calendar apps cannot sign in, so the link itself is the key:
 * an HMAC of the enrolment id. A wrong token and an unknown id both answer 404.
 */
export async function GET(_request: Request, { params }: Params) {
  return handleRoute("participant-ics", async () => {
    const { enrolmentId, token } = await params;
    const bare = token.replace(/\.ics$/, "");
    if (!/^[0-9a-f-]{36}$/.test(enrolmentId) || !isValidFeedToken(enrolmentId, bare)) throw notFound("There is no calendar at this address.");
    const db = getDb();
    const [row] = await db
      .select({ cohortId: enrolments.cohortId, trackId: enrolments.trackId, name: users.name, cohortTitle: cohorts.title, timeZone: cohorts.timeZone, trackTitle: tracks.title })
      .from(enrolments)
      .innerJoin(users, eq(users.id, enrolments.userId))
      .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
      .leftJoin(tracks, eq(tracks.id, enrolments.trackId))
      .where(and(eq(enrolments.id, enrolmentId), inArray(enrolments.status, ["confirmed", "completed"])));
    if (!row) throw notFound("There is no calendar at this address.");
    const sessions = await sessionsForTrack(db, row.cohortId, row.trackId);
    const body = buildParticipantCalendar({ ...row, appUrl: env().APP_URL, sessions, stamp: now() });
    return new Response(body, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `attachment; filename="${row.cohortTitle.replace(/[^A-Za-z0-9 _-]/g, "").trim() || "timetable"}.ics"`,
        "cache-control": "private, max-age=300",
      },
    });
  });
}
