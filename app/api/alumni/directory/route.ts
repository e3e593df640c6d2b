import { getDb } from "@/db/client";
import { listDirectory } from "@/lib/alumni/directory-queries";
import { directoryParamsSchema } from "@/lib/alumni/schemas";
import { viewerOf } from "@/lib/alumni/visibility";
import { getActor } from "@/lib/auth";
import { handleRoute } from "@/lib/http";

/**
 * The directory as JSON, for the same viewer and filters as /alumni/directory: each item has gone
 * through the privacy core, so a hidden field is absent, not null.
 */
export async function GET(request: Request) {
  return handleRoute("alumni-directory", async () => {
    const params = directoryParamsSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const page = await listDirectory(getDb(), viewerOf(await getActor()), params);
    return Response.json({ ok: true, ...page }, { headers: { "Cache-Control": "private, no-store", Vary: "Cookie" } });
  });
}
