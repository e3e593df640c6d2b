import { getDb } from "@/db/client";
import { getActor } from "@/lib/auth";
import { handleRoute } from "@/lib/http";
import { calendarResponse } from "@/lib/calendar";
import { cohortFeed } from "@/lib/timetable/feeds";

/** GET /api/ics/cohorts/:cohortId[?track=:trackId] — the edition's (or one track's) calendar, webcal-subscribable. */
export async function GET(request: Request, { params }: { params: Promise<{ cohortId: string }> }) {
  return handleRoute("ics.cohort", async () => {
    const { cohortId } = await params;
    const url = new URL(request.url);
    const feed = await cohortFeed(
      getDb(),
      await getActor(),
      cohortId,
      url.searchParams.get("track"),
      process.env.APP_URL ?? url.origin,
    );
    return calendarResponse(feed.body, feed.fileName);
  });
}
