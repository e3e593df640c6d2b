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

/**
 * Folds each call's rows of changes into one per status once there are more than a few, so readers sum a few
 * rows however many moves there were (a periodic job, lib/jobs). Each call's rows are deleted and their sum
 * inserted by one statement, so every reader sees the same sum before and after; writers keep inserting
 * meanwhile, and what the statement did not see stays and still counts. Returns how many calls it folded.
 */
export async function foldStatusCounts(db: Executor): Promise<number> {
  const folded = await executeRows<{ call_id: string }>(
    db,
    statement`with many as (select k.call_id from application_status_counts k
        group by k.call_id having count(*) > ${FOLD_ABOVE}),
      gone as (delete from application_status_counts k where k.call_id in (select call_id from many)
        returning k.call_id, k.status, k.n, k.unreviewed),
      kept as (insert into application_status_counts (call_id, status, n, unreviewed)
        select g.call_id, g.status, sum(g.n), sum(g.unreviewed) from gone g group by g.call_id, g.status
        having sum(g.n) <> 0 or sum(g.unreviewed) <> 0)
      select distinct call_id from gone`,
  );
  return folded.length;
}

/**
 * Brings the call's counts to what its applications and the stored ranking just written say (refreshRanking),
 * without a lock on writers: one statement inserts, per status, the difference between a fresh count and the
 * sum of the rows of changes, both read in the statement's one snapshot. A write committed before that snapshot
 * is in both and cancels out; one committed after it is in neither, and its own row of changes adds it later. The
 * "no review" part of a write that overlaps a refresh is reckoned against the ranking it saw, so it may be off
 * by the applications it moved until the next refresh, which corrects it the same way.
 */
export async function recountStatuses(tx: Executor, callId: string): Promise<void> {
  await tx.execute(statement`insert into application_status_counts (call_id, status, n, unreviewed)
    select ${callId}::uuid, coalesce(f.status, k.status), coalesce(f.n, 0) - coalesce(k.n, 0),
      coalesce(f.unreviewed, 0) - coalesce(k.unreviewed, 0)
    from (select a.status, count(*)::int as n, (count(*) filter (where coalesce(s.reviews, 0) = 0))::int as unreviewed
          from applications a left join application_scores s on s.application_id = a.id
          where a.call_id = ${callId}::uuid group by a.status) f
    full join (select c.status, sum(c.n)::int as n, sum(c.unreviewed)::int as unreviewed
          from application_status_counts c where c.call_id = ${callId}::uuid group by c.status) k on k.status = f.status
    where coalesce(f.n, 0) <> coalesce(k.n, 0) or coalesce(f.unreviewed, 0) <> coalesce(k.unreviewed, 0)`);
}
