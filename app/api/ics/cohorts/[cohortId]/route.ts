import { getDb } from "@/db/client";
import { getActor } from "@/lib/auth";
import { handleRoute } from "@/lib/http";
import { calendarResponse, cohortFeed } from "@/lib/timetable/feeds";
import { env } from "@/lib/env";

/** GET /api/ics/cohorts/:cohortId[?track=:trackId] — the edition's (or one track's) calendar, webcal-subscribable. */
export async function GET(request: Request, { params }: { params: Promise<{ cohortId: string }> }) {
  return handleRoute("ics.cohort", async () => {
    const { cohortId } = await params;
    const url = new URL(request.url);
    const feed = await cohortFeed(getDb(), await getActor(), cohortId, url.searchParams.get("track"), env().APP_URL);
    return calendarResponse(feed);
  });
}
