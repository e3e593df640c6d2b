import { getDb } from "@/db/client";
import { readiness } from "@/db/readiness";

export const dynamic = "force-dynamic";

/**
 * Readiness for a load balancer: 200 when the database answers and its migrations are those of this build,
 * 503 otherwise (/api/health only says the process and its database are alive).
 */
export async function GET() {
  const state = await readiness(getDb());
  return Response.json(state, { status: state.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
