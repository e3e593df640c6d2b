import { getDb } from "@/db/client";
import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { collectPersonalData } from "@/lib/privacy/export";

/** Everything Madang holds about the signed-in person, as one JSON file (only ever their own). */
export async function GET() {
  return handleRoute("my-data-download", async () => {
    const actor = await getActor();
    if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
    if (!can(actor, "privacy.ownData")) throw new DomainError("forbidden", "You do not have permission to do this.");
    const data = await collectPersonalData(getDb(), actor.userId);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="madang-my-data-${data.generatedAt.slice(0, 10)}.json"`,
        "cache-control": "no-store",
      },
    });
  });
}
