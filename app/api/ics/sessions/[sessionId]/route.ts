import { getDb } from "@/db/client";
import { getActor } from "@/lib/auth";
import { handleRoute } from "@/lib/http";
import { calendarResponse, sessionFeed } from "@/lib/timetable/feeds";
import { env } from "@/lib/env";

/** GET /api/ics/sessions/:sessionId — one session as an .ics file ("add to calendar"). */
export async function GET(_request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  return handleRoute("ics.session", async () => {
    const { sessionId } = await params;
    return calendarResponse(await sessionFeed(getDb(), await getActor(), sessionId, env().APP_URL));
  });
}
