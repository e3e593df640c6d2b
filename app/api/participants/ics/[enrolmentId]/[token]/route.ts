import { getDb } from "@/db/client";
import { calendarResponse } from "@/lib/calendar";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { isValidFeedToken } from "@/lib/participants/codes";
import { participantFeed } from "@/lib/participants/timetable";

type Params = { params: Promise<{ enrolmentId: string; token: string }> };

/**
 * A participant's personal calendar feed. Calendar apps cannot sign in, so the link itself is the key:
 * an HMAC of the enrolment id. A wrong token and an unknown id both answer 404.
 */
export async function GET(_request: Request, { params }: Params) {
  return handleRoute("participant-ics", async () => {
    const { enrolmentId, token } = await params;
    const bare = token.replace(/\.ics$/, "");
    if (!/^[0-9a-f-]{36}$/.test(enrolmentId) || !isValidFeedToken(enrolmentId, bare))
      throw notFound("There is no calendar at this address.");
    const feed = await participantFeed(getDb(), enrolmentId, env().APP_URL);
    if (!feed) throw notFound("There is no calendar at this address.");
    return calendarResponse(feed.body, feed.fileName, "attachment");
  });
}
