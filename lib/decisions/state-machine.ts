import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { applicationEvents, applications, type ApplicationStatus } from "@/db/schema";
import { DomainError, notFound, stale } from "@/lib/errors";
import { canMove, statusLabel } from "@/lib/applications/state";
import { now as clockNow } from "@/lib/time/clock";

// The one state machine lives in lib/applications/state.ts; batches of moves here go through it.
export { APPLICATION_MOVES, canMove } from "@/lib/applications/state";
export type Move = {
  applicationId: string;
  to: ApplicationStatus;
  /** Why, in words kept with the event ("Chosen by the suggestion of 12 May, seed 4411"). */
  reason: string;
  /** When given, the move is refused unless the application is still in this state. */
  from?: ApplicationStatus;
};

export type MovedApplication = { applicationId: string; from: ApplicationStatus; to: ApplicationStatus };

/**
 * Moves applications inside the caller's transaction: checks every move against the machine first
 * (refusing the whole batch if one is illegal), then updates each group with the status it was read
 * in (a concurrent change makes the count differ: stale), and writes one event per move with who,
 * when and why. Moves to the state an application is already in are skipped, not recorded.
 */
export async function moveApplications(tx: Executor, actorId: string | null, moves: readonly Move[], options: { callId?: string } = {}): Promise<MovedApplication[]> {
  if (moves.length === 0) return [];
  const ids = [...new Set(moves.map((m) => m.applicationId))];
  if (ids.length !== moves.length) throw new DomainError("conflict", "The same application appears twice in one decision.");
  const current = await tx
    .select({ id: applications.id, status: applications.status, callId: applications.callId, reference: applications.reference })
    .from(applications)
    .where(inArray(applications.id, ids))
    .for("update");
  const byId = new Map(current.map((row) => [row.id, row]));

  const planned: (MovedApplication & { reason: string })[] = [];
  for (const move of moves) {
    const row = byId.get(move.applicationId);
    if (!row || (options.callId && row.callId !== options.callId)) throw notFound("One of these applications does not exist in this call.");
    if (move.from && row.status !== move.from) throw stale(`Application ${row.reference} is now ${statusLabel(row.status)}. Reload the page and try again.`);
    if (row.status === move.to) continue;
    if (!canMove(row.status, move.to)) throw new DomainError("conflict", `Application ${row.reference} is ${statusLabel(row.status)} and cannot become ${statusLabel(move.to)}.`);
    planned.push({ applicationId: row.id, from: row.status, to: move.to, reason: move.reason });
  }

  const now = clockNow();
  const groups = new Map<string, typeof planned>();
  for (const p of planned) groups.set(`${p.from}>${p.to}`, [...(groups.get(`${p.from}>${p.to}`) ?? []), p]);
  for (const group of groups.values()) {
    const first = group[0]!;
    const updated = await tx
      .update(applications)
      .set({ status: first.to, version: sql`${applications.version} + 1`, updatedAt: now })
      .where(and(inArray(applications.id, group.map((g) => g.applicationId)), eq(applications.status, first.from)))
      .returning({ id: applications.id });
    if (updated.length !== group.length) throw stale("Some of these applications changed while you were deciding. Reload the page and try again.");
  }
  if (planned.length) {
    await tx.insert(applicationEvents).values(planned.map((p) => ({ applicationId: p.applicationId, fromStatus: p.from, toStatus: p.to, actorId, reason: p.reason, createdAt: now })));
  }
  return planned.map(({ applicationId, from, to }) => ({ applicationId, from, to }));
}

export function statusWords(status: ApplicationStatus): string {
  return statusLabel(status);
}
