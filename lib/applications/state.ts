import { and, eq, getTableColumns, getTableName, inArray, SQL, sql, type Query } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
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
function guardedUpdate(db: Executor, move: Move & { from: ApplicationStatus }, at: Date | SQL, callId?: string) {
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
  const writes = [...moveRecords(actorId, [move], at), ...also].filter((w) => w.rows.length > 0);
  const filled = moveSlots(move, at, writes);
  let rows: { id: string; version: number }[];
  if (filled) {
    let query = moveStatements.get(filled.shape);
    if (!query) {
      const template = templateMove(move, filled.names);
      query = db.execute(moveStatement(db, template, sql`${sql.placeholder("at")}`, filled.template())).getQuery();
      if (moveStatements.size < 100) moveStatements.set(filled.shape, query);
    }
    // What db.execute does with a built statement, minus building it: the values fill its placeholders.
    const result = (await db._.session
      .prepareQuery(query, undefined, undefined, false)
      .execute(filled.values)) as unknown;
    rows = (Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? [])) as typeof rows;
  } else {
    rows = await executeRows(db, moveStatement(db, move, at, writes));
  }
  const [row] = rows;
  return row ? { applicationId: row.id, from: move.from, to: move.to, version: Number(row.version) } : null;
}

/** `with moved as (<the guarded update>), w0 as (insert … from moved), … select id, version from moved`. */
function moveStatement(
  db: Executor,
  move: Move & { from: ApplicationStatus },
  at: Date | SQL,
  writes: readonly TableRows[],
): SQL {
  const update = guardedUpdate(db, move, at);
  const ctes = writes.map((w, i) => sql`, ${sql.identifier(`w${i}`)} as (${insertFromEach("moved", w)})`);
  return sql`with moved as (${update.getSQL()})${sql.join(ctes)} select id, version from moved`;
}

/**
 * A moveOneWith statement's text depends only on its shape (which columns it sets, which tables it writes and the
 * columns of each row), so it is built once per shape with placeholders (kept here, built text and parameter
 * order) and each move only fills in its values. Building it with drizzle walked some forty values through a chain
 * of class checks on every submission: about a millisecond of a submission's server time
 * (e2e/bench/RESULTS.md, Session 10). The values are encoded here as drizzle would (a column's mapToDriverValue;
 * null stays null), and every value is a cast parameter, so the text is the same whatever the values.
 */
const moveStatements = new Map<string, Query>();

type Slots = {
  shape: string;
  names: Record<string, string>;
  values: Record<string, unknown>;
  template: () => TableRows[];
};

/**
 * The move's values by placeholder name (columns filled by a `$defaultFn` included), its shape, and how to write
 * `writes` with placeholders for the first statement of that shape. Null when a value is itself SQL: its text is
 * part of the statement, which is then built as it is.
 */
function moveSlots(move: Move & { from: ApplicationStatus }, at: Date, writes: readonly TableRows[]): Slots | null {
  const values: Record<string, unknown> = {};
  const names: Record<string, string> = {};
  const shape: string[] = [move.version === undefined ? "any" : "version"];
  const columns = getTableColumns(applications) as Record<string, PgColumn>;
  for (const [key, value] of Object.entries(move.set ?? {})) {
    if (value === undefined || key === "status" || key === "version" || key === "updatedAt") continue;
    if (value instanceof SQL || !columns[key]) return null;
    names[key] = `s_${key}`;
    values[`s_${key}`] = value === null ? null : columns[key].mapToDriverValue(value);
    shape.push(key);
  }
  values.at = columns.updatedAt!.mapToDriverValue(at);
  values.id = move.applicationId;
  values.from = move.from;
  values.to = move.to;
  if (move.version !== undefined) values.version = move.version;
  const keys: string[][][] = [];
  for (const [w, { table, rows }] of writes.entries()) {
    const columns = columnsOf(table);
    shape.push(`|${getTableName(table)}`);
    const tableKeys: string[][] = [];
    for (const [r, row] of rows.entries()) {
      const rowKeys: string[] = [];
      for (const [key, column] of columns) {
        const value = row[key] !== undefined ? row[key] : column.defaultFn ? column.defaultFn() : undefined;
        if (value === undefined) continue;
        if (value instanceof SQL) return null;
        values[`w${w}_${r}_${key}`] = value === null ? null : column.mapToDriverValue(value);
        rowKeys.push(key);
      }
      shape.push(...rowKeys, ";");
      tableKeys.push(rowKeys);
    }
    keys.push(tableKeys);
  }
  // The rows as placeholders, only for the first statement of a shape.
  const template = () =>
    writes.map(({ table }, w) => ({
      table,
      rows: keys[w]!.map((rowKeys, r) =>
        Object.fromEntries(rowKeys.map((key) => [key, sql`${sql.placeholder(`w${w}_${r}_${key}`)}`])),
      ),
    }));
  return { shape: shape.join(","), names, values, template };
}

const tableColumns = new WeakMap<PgTable, [string, PgColumn][]>();

function columnsOf(table: PgTable): [string, PgColumn][] {
  let columns = tableColumns.get(table);
  if (!columns) {
    columns = Object.entries(getTableColumns(table) as Record<string, PgColumn>);
    tableColumns.set(table, columns);
  }
  return columns;
}

/** The move with placeholders where its values go (the names moveSlots gave them). */
function templateMove(move: Move & { from: ApplicationStatus }, names: Record<string, string>) {
  const set = Object.fromEntries(Object.entries(names).map(([key, name]) => [key, sql`${sql.placeholder(name)}`]));
  return {
    ...move,
    applicationId: sql.placeholder("id") as unknown as string,
    from: sql.placeholder("from") as unknown as ApplicationStatus,
    to: sql.placeholder("to") as unknown as ApplicationStatus,
    version: move.version === undefined ? undefined : (sql.placeholder("version") as unknown as number),
    set,
  };
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
