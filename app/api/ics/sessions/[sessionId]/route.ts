import { getDb } from "@/db/client";
import { getActor } from "@/lib/auth";
import { handleRoute } from "@/lib/http";
import { calendarResponse } from "@/lib/calendar";
import { sessionFeed } from "@/lib/timetable/feeds";

/** GET /api/ics/sessions/:sessionId — one session as an .ics file ("add to calendar"). */
export async function GET(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  return handleRoute("ics.session", async () => {
    const { sessionId } = await params;
    const url = new URL(request.url);
    const feed = await sessionFeed(getDb(), await getActor(), sessionId, process.env.APP_URL ?? url.origin);
    return calendarResponse(feed.body, feed.fileName);
  });
}
