import "server-only";
import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { executeRows, statement, subquery } from "@/db/subquery";
import type { ApplicationStatus } from "@/db/schema";

/*
 * A call's applications per status, kept by the database (application_status_counts, migration 0016): statement
 * triggers on applications insert what each write moved, so a page reads a few rows instead of counting a call's
 * applications (100,000 cost ~25 ms of Postgres a request).
 */

/**
 * How many of the call's applications in one of `statuses` have no submitted review in the stored ranking (read
 * it fresh first: lib/review/ranking.ts readFresh), as one integer subquery.
 */
export function unreviewedCountSql(callId: string, statuses: readonly ApplicationStatus[]): SQL<number> {
  return kept(callId, statuses, sql`unreviewed`);
}

/** status -> how many of the call's applications are in it (only statuses with some), as one jsonb subquery. */
export function statusCountsSql(callId: string): SQL<Partial<Record<ApplicationStatus, number>>> {
  return subquery`(select coalesce(jsonb_object_agg(c.status, c.n), '{}'::jsonb) from (
      select k.status, sum(k.n)::int as n from application_status_counts k where k.call_id = ${callId}::uuid
      group by k.status having sum(k.n) <> 0) c)`;
}

/** How many of the call's applications are in one of `statuses`, as one integer subquery. */
export function statusCountSql(callId: string, statuses: readonly ApplicationStatus[]): SQL<number> {
  return kept(callId, statuses, sql`n`);
}

/** How many applications the call has, as one integer subquery; `callId` may be a column of the outer query. */
export function applicationCountSql(callId: string | AnyColumn): SQL<number> {
  return subquery<number>`(select coalesce(sum(k.n), 0)::int from application_status_counts k
    where k.call_id = ${callRef(callId)})`;
}

const callRef = (callId: string | AnyColumn) => (typeof callId === "string" ? sql`${callId}::uuid` : sql`${callId}`);

function kept(callId: string, statuses: readonly ApplicationStatus[], column: SQL): SQL<number> {
  if (!statuses.length) return sql<number>`0`;
  return subquery<number>`(select coalesce(sum(k.${column}), 0)::int from application_status_counts k
    where k.call_id = ${callRef(callId)} and k.status in (${sql.join(
      statuses.map((s) => sql`${s}`),
      sql`, `,
    )}))`;
}

/** Calls with more rows of changes than this are folded by foldStatusCounts. */
const FOLD_ABOVE = 20;

/** Takes the call's ranking lock shared, as the triggers that write the counts do (migration 0016). */
const lockShared = (callId: SQL) => sql`pg_advisory_xact_lock_shared(hashtextextended(${callId}::text, 0))`;

/**
 * Folds each call's rows of changes into one per status once there are more than a few, so readers sum a few
 * rows however many moves there were (a periodic job, lib/jobs). Under each call's ranking lock, shared: a
 * refresh recounting the call (recountStatuses) sees either all of its rows or the folded ones. Concurrent
 * writers keep inserting meanwhile: what it did not delete stays and still counts. Returns how many calls it
 * folded.
 */
export async function foldStatusCounts(db: Executor): Promise<number> {
  return db.transaction(async (tx) => {
    const many = await executeRows<{ call_id: string }>(
      tx,
      statement`select m.call_id, ${lockShared(sql`m.call_id`)} from (select k.call_id from application_status_counts k
        group by k.call_id having count(*) > ${FOLD_ABOVE} order by k.call_id) m`,
    );
    if (!many.length) return 0;
    const ids = sql.join(
      many.map((m) => sql`${m.call_id}::uuid`),
      sql`, `,
    );
    await tx.execute(statement`with gone as (delete from application_status_counts k where k.call_id in (${ids})
        returning k.call_id, k.status, k.n, k.unreviewed)
      insert into application_status_counts (call_id, status, n, unreviewed)
      select g.call_id, g.status, sum(g.n), sum(g.unreviewed) from gone g group by g.call_id, g.status
      having sum(g.n) <> 0 or sum(g.unreviewed) <> 0`);
    return many.length;
  });
}

/**
 * Counts the call's applications per status afresh, against the stored ranking just written: called by
 * refreshRanking under the call's ranking lock, which writers take shared, so no write is in flight.
 */
export async function recountStatuses(tx: Executor, callId: string): Promise<void> {
  await tx.execute(statement`with gone as (delete from application_status_counts k where k.call_id = ${callId}::uuid)
    insert into application_status_counts (call_id, status, n, unreviewed)
    select a.call_id, a.status, count(*), count(*) filter (where coalesce(s.reviews, 0) = 0)
    from applications a left join application_scores s on s.application_id = a.id
    where a.call_id = ${callId}::uuid group by a.call_id, a.status`);
}
