import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { applications, selectionRuns } from "@/db/schema";
import { countryName, UNESCO_REGIONS } from "@/lib/geo";
import { SELECTABLE, type CallContext } from "@/lib/review/call";
import { loadScoredApplications, toCandidate } from "@/lib/review/ranking";

export type WorkbenchRow = {
  id: string;
  rank: number;
  reference: string;
  name: string;
  country: string | null;
  countryName: string | null;
  region: string | null;
  regionName: string | null;
  gender: string | null;
  raw: number | null;
  normalised: number | null;
  score: number;
  reviews: number;
  status: string;
};

/** The shortlisting workbench: the pool ranked, the current shortlist, and the suggestion waiting for a decision. */
export async function getWorkbench(db: Executor, call: CallContext) {
  const [scored, [pending]] = await Promise.all([
    loadScoredApplications(db, call),
    db
      .select({
        id: selectionRuns.id,
        seed: selectionRuns.seed,
        chosenIds: selectionRuns.chosenIds,
        objective: selectionRuns.objective,
        plainObjective: selectionRuns.plainObjective,
        priceOfBalance: selectionRuns.priceOfBalance,
        feasible: selectionRuns.feasible,
        violations: selectionRuns.violations,
        solveMs: selectionRuns.solveMs,
        candidates: selectionRuns.candidates,
        createdAt: selectionRuns.createdAt,
      })
      .from(selectionRuns)
      .where(and(eq(selectionRuns.callId, call.id), eq(selectionRuns.status, "suggested")))
      .orderBy(desc(selectionRuns.createdAt))
      .limit(1),
  ]);
  const pool = scored.filter((a) => SELECTABLE.includes(a.status));
  const rows: WorkbenchRow[] = pool.map((a) => ({
    id: a.id,
    rank: a.rank,
    reference: a.reference,
    name: a.name,
    country: a.country,
    countryName: a.country ? countryName(a.country) : null,
    region: a.region,
    regionName: UNESCO_REGIONS.find((r) => r.code === a.region)?.name.en ?? null,
    gender: a.gender,
    raw: a.raw,
    normalised: a.normalised,
    score: a.score,
    reviews: a.reviews,
    status: a.status,
  }));
  return {
    rows,
    candidates: pool.map(toCandidate),
    chosenIds: pool.filter((a) => a.status === "shortlisted").map((a) => a.id),
    decided: scored.some((a) => ["offered", "confirmed", "declined"].includes(a.status)),
    unscored: pool.filter((a) => a.reviews === 0).length,
    pending: pending ? { ...pending, createdAt: pending.createdAt.toISOString() } : null,
  };
}

/** References of the pinned applications, for the rules editor's text fields. */
export async function pinnedReferences(
  db: Executor,
  call: CallContext,
): Promise<{ pinnedIn: string; pinnedOut: string }> {
  const ids = [...(call.rules?.pinnedIn ?? []), ...(call.rules?.pinnedOut ?? [])];
  if (!ids.length) return { pinnedIn: "", pinnedOut: "" };
  const rows = await db
    .select({ id: applications.id, reference: applications.reference })
    .from(applications)
    .where(and(eq(applications.callId, call.id), inArray(applications.id, ids)));
  const ref = new Map(rows.map((r) => [r.id, r.reference]));
  const list = (xs: string[] | undefined) =>
    (xs ?? [])
      .map((id) => ref.get(id))
      .filter(Boolean)
      .join(", ");
  return { pinnedIn: list(call.rules?.pinnedIn), pinnedOut: list(call.rules?.pinnedOut) };
}
