import { getDb } from "@/db/client";
import { reopenApplication } from "@/lib/applications/commands";
import { reopenApplicationSchema } from "@/lib/applications/schemas";
import { handleRoute, readBody } from "@/lib/http";
import { parseOr400, requireActor } from "../../guard";

type Params = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Params) {
  return handleRoute("application.reopen", async () => {
    const actor = await requireActor("application.apply");
    const body = (await readBody(request)) as Record<string, unknown>;
    const input = parseOr400(reopenApplicationSchema, { ...body, applicationId: (await params).id });
    return Response.json({ ok: true, ...(await reopenApplication(getDb(), actor, input)) });
  });
}
