import { AsyncLocalStorage } from "node:async_hooks";
import { sql } from "drizzle-orm";
import type { Executor } from "./client";
import { executeRows, statement, subquery } from "./subquery";

/*
 * What has been written, table by table, and what a piece of work read: together they say whether something
 * computed from the database is still what it would be now (the page cache, lib/page-cache.ts).
 * - Marks: every table has a statement trigger (migration 0020) that adds one to its row in `write_marks`, in the
 *   writer's own transaction, so a snapshot that sees a write sees its mark. A table's mark is the sum of its
 *   rows. Every marked table has a row from the start (slot 0), so the marks name every table there is.
 * - Reads: `tablesRead(work)` runs work and notes every name that its SQL statements mention (db/client.ts passes
 *   each statement's text, on either driver); the names that are tables are what the work read.
 * Work whose tables' marks, read before it started, are the same now read the same data: a write that committed
 * before the marks were read was visible to the work, and one after changed a mark.
 */

/** Each table's mark (its count of writing statements, as text), by name. */
export type WriteMarks = Record<string, string>;

/** The marks as one json column, for a statement that reads them with other things (lib/auth/sessions.ts). */
export const writeMarksColumn = subquery`(select coalesce(json_object_agg(m.table_name, m.writes), '{}'::json)
  from (select table_name, sum(writes)::text as writes from write_marks group by table_name) m)`;

/** Reads the marks (one statement). */
export async function readWriteMarks(db: Executor): Promise<WriteMarks> {
  const [row] = await executeRows<{ marks: WriteMarks | string }>(db, sql`select ${writeMarksColumn} as marks`);
  return parseWriteMarks(row!.marks);
}

export function parseWriteMarks(value: unknown): WriteMarks {
  return (typeof value === "string" ? JSON.parse(value) : value) as WriteMarks;
}

/** The marks of the tables among `names`, as [table, mark] pairs: what `stillCurrent` checks later. */
export function marksOf(names: Iterable<string>, marks: WriteMarks): [string, string][] {
  const pairs: [string, string][] = [];
  for (const name of names) if (Object.hasOwn(marks, name)) pairs.push([name, marks[name]!]);
  return pairs;
}

/** Whether no table among `pairs` has been written since (its mark is the same in `marks`). */
export function stillCurrent(pairs: readonly [string, string][], marks: WriteMarks): boolean {
  return pairs.every(([table, mark]) => marks[table] === mark);
}

// Next bundles instrumentation.ts (where the page cache runs the rendering) apart from the pages (where statements
// are sent), each with its own copy of this module: the storage must be one object for both.
const store = globalThis as unknown as { madangTablesRead?: AsyncLocalStorage<Set<string>> };
const reading = (store.madangTablesRead ??= new AsyncLocalStorage<Set<string>>());
const NAMES = /[a-z_][a-z0-9_]*/g;

/**
 * Runs `work` (synchronously; what it starts goes on in its async context) and returns the set that every name
 * mentioned by its SQL statements is added to, as they are sent. Statements of other work running meanwhile are
 * not added.
 */
export function tablesRead(work: () => void): Set<string> {
  const names = new Set<string>();
  reading.run(names, work);
  return names;
}

/** Called with each statement's text as it is sent (db/client.ts). */
export function noteStatement(text: string): void {
  const names = reading.getStore();
  if (!names) return;
  for (const name of text.toLowerCase().match(NAMES) ?? []) names.add(name);
}

/**
 * Folds the rows of connections that have closed into slot 0, keeping every table's sum (so no mark moves): the
 * rows stay about as many as tables times open connections. A periodic job (lib/jobs/schedule.ts).
 */
export async function foldWriteMarks(db: Executor): Promise<number> {
  const [row] = await executeRows<{ folded: number }>(
    db,
    statement`with gone as (
      delete from write_marks w where w.slot <> 0
        and not exists (select 1 from pg_stat_activity a where a.pid = w.slot)
      returning w.table_name, w.writes
    ), kept as (
      insert into write_marks (table_name, slot, writes)
      select table_name, 0, sum(writes) from gone group by table_name
      on conflict (table_name, slot) do update set writes = write_marks.writes + excluded.writes
      returning 1
    )
    select count(*)::int as folded from gone`,
  );
  return row!.folded;
}
