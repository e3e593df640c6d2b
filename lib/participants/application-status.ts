import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { applicationEvents, applications, type ApplicationStatus } from "@/db/schema";
import { DomainError } from "@/lib/errors";

/**
 * Moves an application from `from` to `to` with its event row, refusing when it is not in `from`.
 * The participant phase only ever makes the three moves out of "offered"; the selection issue's state
 * machine is the general form, and this can call it once both have landed.
 */
export async function moveApplication(
  tx: Executor,
  move: { applicationId: string; from: ApplicationStatus; to: "confirmed" | "declined"; actorId: string | null; reason: string; at: Date },
): Promise<void> {
  const moved = await tx
    .update(applications)
    .set({ status: move.to, version: sql`${applications.version} + 1`, updatedAt: move.at })
    .where(and(eq(applications.id, move.applicationId), eq(applications.status, move.from)))
    .returning({ id: applications.id });
  if (moved.length === 0) throw new DomainError("conflict", "The application behind this offer is no longer waiting for an answer. Please ask the programme staff.");
  await tx.insert(applicationEvents).values({ applicationId: move.applicationId, fromStatus: move.from, toStatus: move.to, actorId: move.actorId, reason: move.reason, createdAt: move.at });
}
