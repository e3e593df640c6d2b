import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { executeRows, insertFromEach, rowsFor, type TableRows } from "@/db/subquery";
import { applicationEvents, applications, auditLog, type ApplicationStatus } from "@/db/schema";
import { auditRows } from "@/lib/audit/commands";
import { DomainError, notFound, stale } from "@/lib/errors";
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

export type Move = {
  applicationId: string;
  to: ApplicationStatus;
  /** Why, in words kept with the event ("Chosen by the suggestion of 12 May, seed 4411"). */
  reason: string | null;
  /** When given, the move is refused (stale) unless the application is still in this state. */
  from?: ApplicationStatus;
  /** When given, the move is refused (stale) unless the application is still at this version. */
  version?: number;
  /** Other columns written with the move (the snapshot taken at submission). */
  set?: Partial<typeof applications.$inferInsert>;
};

export type MovedApplication = {
  applicationId: string;
  from: ApplicationStatus;
  to: ApplicationStatus;
  version: number;
};

/**
 * The one way an application's status changes. Inside the caller's transaction it locks the rows,
 * checks every move against the machine first (refusing the whole batch if one is illegal), writes
 * each move guarded by the status it was read in, and records one event per move with who, when and
 * why. A move to the state an application is already in is skipped, not recorded.
 */
export async function moveApplications(
  tx: Executor,
  actorId: string | null,
  moves: readonly Move[],
  options: { callId?: string; at?: Date } = {},
): Promise<MovedApplication[]> {
  if (moves.length === 0) return [];
  const single = moves.length === 1 ? moves[0]! : null;
  if (single?.from && single.from !== single.to && canMove(single.from, single.to)) {
    const moved = await moveOneGuarded(tx, actorId, { ...single, from: single.from }, options);
    if (moved) return [moved];
    // The guard held nothing back: the reading below says why (stale, gone, illegal), as it always has.
  }
  const ids = [...new Set(moves.map((m) => m.applicationId))];
  if (ids.length !== moves.length)
    throw new DomainError("conflict", "The same application appears twice in one decision.");
  const current = await tx
    .select({
      id: applications.id,
      status: applications.status,
      version: applications.version,
      callId: applications.callId,
      reference: applications.reference,
    })
    .from(applications)
    .where(inArray(applications.id, ids))
    .for("update");
  const byId = new Map(current.map((row) => [row.id, row]));

  const planned: (Move & { from: ApplicationStatus })[] = [];
  for (const move of moves) {
    const row = byId.get(move.applicationId);
    if (!row || (options.callId && row.callId !== options.callId))
      throw notFound("One of these applications does not exist in this call.");
    if (move.version !== undefined && row.version !== move.version) {
      throw stale(
        "This application changed since you opened it (perhaps in another tab). Reload the page and try again.",
      );
    }
    if (move.from && row.status !== move.from)
      throw stale(`Application ${row.reference} is now ${LABEL[row.status]}. Reload the page and try again.`);
    if (row.status === move.to) continue;
    if (!canMove(row.status, move.to))
      throw new DomainError(
        "conflict",
        `Application ${row.reference} is ${LABEL[row.status]} and cannot become ${LABEL[move.to]}.`,
      );
    planned.push({ ...move, from: row.status });
  }

  const at = options.at ?? clockNow();
  const moved: MovedApplication[] = [];
  // Plain moves go in one statement per (from, to); a move that writes other columns goes alone.
  const groups = new Map<string, typeof planned>();
  for (const p of planned) {
    const key = p.set ? p.applicationId : `${p.from}>${p.to}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  for (const group of groups.values()) {
    const first = group[0]!;
    const updated = await tx
      .update(applications)
      .set({ ...first.set, status: first.to, version: sql`${applications.version} + 1`, updatedAt: at })
      .where(
        and(
          inArray(
            applications.id,
            group.map((g) => g.applicationId),
          ),
          eq(applications.status, first.from),
        ),
      )
      .returning({ id: applications.id, version: applications.version });
    if (updated.length !== group.length)
      throw stale("Some of these applications changed while you were deciding. Reload the page and try again.");
    for (const row of updated)
      moved.push({ applicationId: row.id, from: first.from, to: first.to, version: row.version });
  }
  await recordMoves(tx, actorId, planned, at);
  return moved;
}

/**
 * One move whose caller knows the state it read: a single guarded update (the row lock is the update's
 * own, and a concurrent mover makes it match nothing) instead of a locking read first. A submission
 * rush counts these round trips. Null when the guard matched nothing; the caller then reads why.
 */
async function moveOneGuarded(
  tx: Executor,
  actorId: string | null,
  move: Move & { from: ApplicationStatus },
  options: { callId?: string; at?: Date },
): Promise<MovedApplication | null> {
  const at = options.at ?? clockNow();
  const [row] = await guardedUpdate(tx, move, at, options.callId);
  if (!row) return null;
  await recordMoves(tx, actorId, [move], at);
  return { applicationId: row.id, from: move.from, to: move.to, version: row.version };
}

/** The update of one move, matching only the state (and version, and call) the caller read. */
function guardedUpdate(db: Executor, move: Move & { from: ApplicationStatus }, at: Date, callId?: string) {
  return db
    .update(applications)
    .set({ ...move.set, status: move.to, version: sql`${applications.version} + 1`, updatedAt: at })
    .where(
      and(
        eq(applications.id, move.applicationId),
        eq(applications.status, move.from),
        move.version === undefined ? undefined : eq(applications.version, move.version),
        callId ? eq(applications.callId, callId) : undefined,
      ),
    )
    .returning({ id: applications.id, version: applications.version });
}

/** The event and the audit row of each move, sent together (one round trip on Postgres). */
async function recordMoves(
  tx: Executor,
  actorId: string | null,
  planned: readonly (Move & { from: ApplicationStatus })[],
  at: Date,
): Promise<void> {
  if (planned.length === 0) return;
  await Promise.all(moveRecords(actorId, planned, at).map(({ table, rows }) => tx.insert(table).values(rows)));
}

/** The rows that record moves: one application event and one audit row each. */
function moveRecords(
  actorId: string | null,
  planned: readonly (Move & { from: ApplicationStatus })[],
  at: Date,
): TableRows[] {
  return [
    rowsFor(
      applicationEvents,
      planned.map((p) => ({
        applicationId: p.applicationId,
        fromStatus: p.from,
        toStatus: p.to,
        actorId,
        reason: p.reason,
        createdAt: at,
      })),
    ),
    rowsFor(
      auditLog,
      auditRows(
        planned.map((p) => ({
          actorId,
          action: "application.status",
          entityType: "application",
          entityId: p.applicationId,
          data: p.reason ? { reason: p.reason } : {},
          before: { status: p.from },
          after: { status: p.to },
          at,
        })),
      ),
    ),
  ];
}

/**
 * One move whose caller knows the state it read, with the rows that go with it (`also`: an email, an audit row, a
 * consent), as ONE statement: the guarded update, the move's event and audit row and the caller's rows, each
 * written only if the guard matched (data-modifying CTEs, db/subquery.ts insertFromEach). It needs no transaction
 * (a statement is atomic) and costs one round trip: a submission rush counts them. Null when the guard matched
 * nothing, and then nothing was written (a concurrent mover holds the row; once it commits, the guard is checked
 * again against the new row and matches nothing).
 */
export async function moveOneWith(
  db: Executor,
  actorId: string | null,
  move: Move & { from: ApplicationStatus },
  also: readonly TableRows[],
  options: { at?: Date } = {},
): Promise<MovedApplication | null> {
  if (!canMove(move.from, move.to) || move.from === move.to)
    throw new DomainError("conflict", `An application ${LABEL[move.from]} cannot become ${LABEL[move.to]}.`);
  const at = options.at ?? clockNow();
  const update = guardedUpdate(db, move, at);
  const writes = [...moveRecords(actorId, [move], at), ...also].filter((w) => w.rows.length > 0);
  const ctes = writes.map((w, i) => sql`, ${sql.identifier(`w${i}`)} as (${insertFromEach("moved", w)})`);
  const [row] = await executeRows<{ id: string; version: number }>(
    db,
    sql`with moved as (${update.getSQL()})${sql.join(ctes)} select id, version from moved`,
  );
  return row ? { applicationId: row.id, from: move.from, to: move.to, version: Number(row.version) } : null;
}

/** One move through {@link moveApplications}; returns the application's new version. */
export async function moveApplication(
  tx: Executor,
  actorId: string | null,
  move: Move & { from: ApplicationStatus },
  at?: Date,
): Promise<number> {
  const [moved] = await moveApplications(tx, actorId, [move], { at });
  if (!moved) throw new DomainError("conflict", `This application is already ${LABEL[move.to]}.`);
  return moved.version;
}

export function statusLabel(status: ApplicationStatus): string {
  return LABEL[status];
}
