import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { applicationEvents, applications, type ApplicationStatus } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { now as clockNow } from "@/lib/time/clock";

/**
 * The application's state machine: every legal move. Anything not listed is refused, whoever asks.
 * submitted → draft is the applicant re-opening to edit before the deadline, where the call allows it.
 */
export const APPLICATION_MOVES: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  draft: ["submitted", "withdrawn"],
  submitted: ["draft", "under_review", "shortlisted", "waitlisted", "rejected", "withdrawn"],
  under_review: ["shortlisted", "waitlisted", "rejected", "withdrawn"],
  shortlisted: ["under_review", "offered", "waitlisted", "rejected", "withdrawn"],
  offered: ["confirmed", "declined", "withdrawn"],
  waitlisted: ["shortlisted", "offered", "rejected", "withdrawn"],
  confirmed: ["withdrawn"],
  declined: [],
  rejected: [],
  withdrawn: [],
};

export function canMove(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return APPLICATION_MOVES[from].includes(to);
}

const LABEL: Record<ApplicationStatus, string> = {
  draft: "a draft",
  submitted: "submitted",
  under_review: "under review",
  shortlisted: "shortlisted",
  offered: "offered a place",
  confirmed: "confirmed",
  declined: "declined",
  waitlisted: "on the waiting list",
  rejected: "not selected",
  withdrawn: "withdrawn",
};

/**
 * Moves one application from `from` to `to` inside the caller's transaction, guarded by the expected
 * status and version, and records who, when and why. Returns the new version.
 */
export async function moveApplication(
  tx: Executor,
  move: { applicationId: string; from: ApplicationStatus; to: ApplicationStatus; version: number; actorId: string | null; reason?: string | null; set?: Partial<typeof applications.$inferInsert> },
): Promise<number> {
  if (!canMove(move.from, move.to)) throw new DomainError("conflict", `An application that is ${LABEL[move.from]} cannot become ${LABEL[move.to]}.`);
  const now = clockNow();
  const [row] = await tx
    .update(applications)
    .set({ ...move.set, status: move.to, version: sql`${applications.version} + 1`, updatedAt: now })
    .where(and(eq(applications.id, move.applicationId), eq(applications.status, move.from), eq(applications.version, move.version)))
    .returning({ version: applications.version });
  if (!row) throw new DomainError("stale", "This application changed since you opened it (perhaps in another tab). Reload the page and try again.");
  await tx.insert(applicationEvents).values({ applicationId: move.applicationId, fromStatus: move.from, toStatus: move.to, actorId: move.actorId, reason: move.reason ?? null, createdAt: now });
  return row.version;
}

export function statusLabel(status: ApplicationStatus): string {
  return LABEL[status];
}
