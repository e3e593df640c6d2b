import { getDb } from "@/db/client";
import { withdrawApplication } from "@/lib/applications/commands";
import { withdrawApplicationSchema } from "@/lib/applications/schemas";
import { handleRoute, readBody } from "@/lib/http";
import { parseOr400, requireActor } from "../../guard";

type Params = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Params) {
  return handleRoute("application.withdraw", async () => {
    const actor = await requireActor("application.apply");
    const body = (await readBody(request)) as Record<string, unknown>;
    const input = parseOr400(withdrawApplicationSchema, { ...body, applicationId: (await params).id });
    return Response.json({ ok: true, ...(await withdrawApplication(getDb(), actor, input)) });
  });
}
