import { getDb } from "@/db/client";
import { saveDraft } from "@/lib/applications/commands";
import { MAX_DRAFT_BYTES, saveDraftSchema } from "@/lib/applications/schemas";
import { handleRoute, readBody } from "@/lib/http";
import { parseOr400, requireActor } from "../guard";

type Params = { params: Promise<{ id: string }> };

/** Autosave of a draft: refused (409) when the version sent is not the current one. */
export async function PUT(request: Request, { params }: Params) {
  return handleRoute("application.save", async () => {
    const actor = await requireActor("application.apply");
    const body = (await readBody(request, MAX_DRAFT_BYTES)) as Record<string, unknown>;
    const input = parseOr400(saveDraftSchema, { ...body, applicationId: (await params).id });
    return Response.json({ ok: true, ...(await saveDraft(getDb(), actor, input)) });
  });
}
