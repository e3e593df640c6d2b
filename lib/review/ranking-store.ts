import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { executeRows, statement, subquery } from "@/db/subquery";
import { recountStatuses } from "@/lib/calls/status-counts";
import { tieBreakSql } from "@/lib/selection/tiebreak";
import { callSeed, REVIEWABLE, type CallContext } from "./call";
import type { RubricCriterion } from "./rubric";

/*
 * The stored ranking, written: what it depends on, whether it is out of date, the statements that work out a
 * call's scores, rank and review figures, and the refresh that replaces them. Its readers (the pages, the
 * exports, the solver's pool) are in ranking.ts.
 */

const statuses = (list: readonly string[]) =>
  sql.join(
    list.map((x) => sql`${x}`),
    sql`, `,
  );

/** What the stored ranking of a call depends on besides its reviews: when it differs, the ranking is redone. */
function rankingBasis(call: CallContext): string {
  return JSON.stringify({
    rubric: call.rubric.map((c) => [c.id, c.weight, c.max]),
    aggregation: call.settings.aggregation,
    normalise: call.settings.normalise,
    seed: callSeed(call.id),
  });
}

/** True (as SQL) when the call's stored ranking is out of date; one indexed probe, put beside a page's figures. */
export function staleSql(call: CallContext): SQL<boolean> {
  return subquery<boolean>`(exists (select 1 from ranking_changes rc where rc.call_id = ${call.id}::uuid)
    or not exists (select 1 from call_rankings cr where cr.call_id = ${call.id}::uuid and cr.basis = ${rankingBasis(call)}))`;
}

/**
 * The scores of every reviewable application of the call, worked out by the database in one statement:
 * each criterion aggregated over the submitted reviews in reviewer order (the mean as a sum from 0 then
 * divided, the median of the sorted values), the weighted total (each criterion's share of its top,
 * weighted, over the sum of the weights, times 100); the normalised score, the mean per application of
 * per-reviewer z-scores of each review's own weighted total over every reviewable application of the call;
 * the score the call ranks by (normalised, or below the lowest where there is none; else raw, 0 where none);
 * and the rank: by score, then the call's seeded tie-break (lib/selection/tiebreak.ts), then id.
 * lib/review/ranking.test.ts holds it equal to the JS reference (rankApplications, lib/review/scores.ts).
 */
function rankingStatement(call: CallContext): SQL {
  const rubric = call.rubric;
  const weights = rubric.reduce((s, c) => s + c.weight, 0);
  // A criterion's score where a review holds a number for it, else null (a draft or a criterion added later).
  const value = (c: RubricCriterion) =>
    sql`case when jsonb_typeof(r.scores -> ${c.id}::text) = 'number' then (r.scores ->> ${c.id}::text)::float8 end`;
  // (100 · Σ wᵢ·(xᵢ / maxᵢ)) / Σ w, added left to right as weightedTotal adds; null when any criterion is.
  const total = (x: (c: RubricCriterion, i: number) => SQL) =>
    weights > 0 && rubric.length
      ? sql`(100::float8 * (${sql.join(
          rubric.map((c, i) => sql`${c.weight}::float8 * (${x(c, i)} / ${c.max}::float8)`),
          sql` + `,
        )})) / ${weights}::float8`
      : sql`null::float8`;
  const median = call.settings.aggregation === "median";
  const aggregated = rubric.map((c, i) =>
    median
      ? sql`array_agg(${value(c)} order by ${value(c)}) filter (where ${value(c)} is not null) as c${sql.raw(String(i))}`
      : sql`sum(${value(c)} order by r.reviewer_id) / nullif(count(${value(c)}), 0) as c${sql.raw(String(i))}`,
  );
  const criterion = (_c: RubricCriterion, i: number) => {
    const col = sql.raw(`g.c${i}`);
    return median
      ? sql`(case when cardinality(${col}) % 2 = 1 then ${col}[(cardinality(${col}) + 1) / 2]
          else (${col}[cardinality(${col}) / 2] + ${col}[cardinality(${col}) / 2 + 1]) / 2 end)`
      : col;
  };
  const criteria = rubric.length
    ? sql`jsonb_build_object(${sql.join(
        rubric.map((c, i) => sql`${c.id}::text, ${criterion(c, i)}`),
        sql`, `,
      )})`
    : sql`'{}'::jsonb`;
  // One row per submitted review (one with no review for an application that has none), with its total.
  const reviewed = statement`
    select a.id, r.reviewer_id, r.scores, ${total(value)} as total
    from applications a left join reviews r on r.application_id = a.id and r.status = 'submitted'
    where a.call_id = ${call.id}::uuid and a.status in (${statuses(REVIEWABLE)})`;
  // Each reviewer's mean and spread over their reviews in the call (windows, no joins), then z.
  const reviewer = sql.raw(
    "(partition by r.reviewer_id order by r.id rows between unbounded preceding and unbounded following)",
  );
  const scored = statement`
    select g.id, g.reviews, ${criteria} as criteria, ${total(criterion)} as raw, g.normalised
    from (
      select r.id, count(r.reviewer_id)::int as reviews,
        sum(r.z order by r.reviewer_id) filter (where r.total is not null) / nullif(count(r.total), 0) as normalised
        ${aggregated.length ? sql`, ${sql.join(aggregated, sql`, `)}` : sql``}
      from (select r.*, case when r.sd > 1e-12 then (r.total - r.mean) / r.sd else 0 end as z from (
        select r.*, sqrt(sum((r.total - r.mean) * (r.total - r.mean)) over ${reviewer} / count(r.total) over ${reviewer}) as sd
        from (select r.*, sum(r.total) over ${reviewer} / count(r.total) over ${reviewer} as mean from (${reviewed}) r) r
      ) r) r
      group by r.id
    ) g`;
  const score = call.settings.normalise
    ? sql`coalesce(s.normalised, least(0::float8, min(s.normalised) over ()) - 1)`
    : sql`coalesce(s.raw, 0::float8)`;
  return statement`
    insert into application_scores (application_id, call_id, rank, reviews, criteria, raw, normalised, score)
    select k.id, ${call.id}::uuid, row_number() over (order by k.score desc, tb.key, k.id), k.reviews, k.criteria,
      k.raw, k.normalised, k.score
    from (select s.*, ${score} as score from (${scored}) s) k
    cross join lateral (${tieBreakSql(callSeed(call.id), sql`k.id::text`)}) tb`;
}

/** The review overview's figures (ReviewFigures), one pass over the call's reviews. */
function reviewFiguresStatement(call: CallContext): SQL {
  return statement`select jsonb_build_object(
      'reviews', coalesce(sum(x.open + x.submitted), 0),
      'submitted', coalesce(sum(x.submitted), 0),
      'unassigned', (select count(*) from applications a where a.call_id = ${call.id}::uuid
        and a.status in (${statuses(REVIEWABLE)})
        and not exists (select 1 from reviews r where r.application_id = a.id and r.status <> 'conflict')),
      'reviewers', coalesce(jsonb_object_agg(x.reviewer_id, jsonb_build_array(x.open, x.submitted, x.conflicts)), '{}'::jsonb))
    from (
      select r.reviewer_id, count(*) filter (where r.status in ('assigned', 'draft'))::int as open,
        count(*) filter (where r.status = 'submitted')::int as submitted,
        count(*) filter (where r.status = 'conflict')::int as conflicts
      from reviews r join applications a on a.id = r.application_id
      where a.call_id = ${call.id}::uuid
      group by r.reviewer_id
    ) x`;
}

/**
 * Works the call's stored ranking out again (one transaction; under a lock per call, so two requests that
 * find it stale do it once). The changes it consumes are those committed before it starts; one committed
 * meanwhile stays and makes the next read do it again.
 */
async function refreshRanking(db: Executor, call: CallContext): Promise<void> {
  const basis = rankingBasis(call);
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${call.id}::text, 0))`);
    const [state] = await executeRows<{ stale: boolean }>(tx, statement`select ${staleSql(call)} as stale`);
    if (!state?.stale) return;
    // One large statement: no JIT (compiling it costs more than running it), sorts in memory.
    await tx.execute(sql`set local jit = off`);
    await tx.execute(sql`set local work_mem = '64MB'`);
    await tx.execute(sql`delete from ranking_changes where call_id = ${call.id}::uuid`);
    await tx.execute(sql`delete from application_scores where call_id = ${call.id}::uuid`);
    const inserted = await tx.execute(rankingStatement(call));
    const count =
      (inserted as { count?: number; affectedRows?: number }).count ??
      (inserted as { affectedRows?: number }).affectedRows ??
      0;
    await tx.execute(statement`insert into call_rankings (call_id, basis, applications, figures)
      values (${call.id}::uuid, ${basis}, ${count}, (${reviewFiguresStatement(call)}))
      on conflict (call_id) do update
      set basis = excluded.basis, applications = excluded.applications, figures = excluded.figures`);
    // The call's counts per status and how many have no review, against the ranking just written.
    await recountStatuses(tx, call.id);
    // Its rows were all replaced: fresh statistics let the planner join the whole ranking by hash, not row by row.
    await tx.execute(sql`analyze application_scores`);
  });
}

/**
 * Runs `read` (whose result says whether the stored ranking was stale), and when it was, works the ranking
 * out and reads again: a fresh ranking costs the read's own statements and nothing more.
 */
export async function readFresh<T extends { stale: boolean }>(
  db: Executor,
  call: CallContext,
  read: () => Promise<T>,
): Promise<T> {
  const first = await read();
  if (!first.stale) return first;
  await refreshRanking(db, call);
  return read();
}
