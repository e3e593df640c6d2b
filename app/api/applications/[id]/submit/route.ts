import { getDb } from "@/db/client";
import { submitApplication } from "@/lib/applications/commands";
import { submitApplicationSchema } from "@/lib/applications/schemas";
import { handleRoute, readBody } from "@/lib/http";
import { parseOr400, requireActor } from "../../guard";

type Params = { params: Promise<{ id: string }> };

/** Submits before the deadline (checked here, on the server); repeating the same submit is harmless. */
export async function POST(request: Request, { params }: Params) {
  return handleRoute("application.submit", async () => {
    const actor = await requireActor("application.apply");
    const body = (await readBody(request)) as Record<string, unknown>;
    const input = parseOr400(submitApplicationSchema, { ...body, applicationId: (await params).id });
    return Response.json({ ok: true, ...(await submitApplication(getDb(), actor, input)) });
  });
}
