import "server-only";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { applications, reviews, users, type ApplicationStatus, type Gender } from "@/db/schema";
import { regionOf, isCountryCode, type UnescoRegion } from "@/lib/geo";
import type { Candidate } from "@/lib/selection/types";
import { rankApplications, type RankedApplication, type SubmittedReview } from "./scores";
import { callSeed, REVIEWABLE, SELECTABLE, type CallContext } from "./call";
import type { RubricCriterion } from "./rubric";
import { statement, subquery } from "@/db/subquery";

type ScoredRow = {
  id: string;
  reference: string;
  status: ApplicationStatus;
  applicantId: string;
  name: string;
  email: string;
  gender: Gender | null;
  country: string | null;
  region: UnescoRegion | null;
  organisation: string | null;
  trackId: string | null;
  assigned: number;
};
export type ScoredApplication = RankedApplication<ScoredRow>;

/**
 * Every application of the call that was sent in, scored and ranked, in one query (each application's
 * submitted reviews come aggregated alongside it). Normalisation always sees all of a reviewer's
 * reviews in the call, so filter by status after ranking, never before.
 */
export async function loadScoredApplications(
  db: Executor,
  call: CallContext,
  seed = callSeed(call.id),
): Promise<ScoredApplication[]> {
  const rows = await db
    .select({
      id: applications.id,
      reference: applications.reference,
      status: applications.status,
      applicantId: applications.applicantId,
      name: users.name,
      email: users.email,
      gender: applications.snapshotGender,
      country: applications.snapshotNationality,
      organisation: applications.snapshotOrganisation,
      trackId: sql<string | null>`${applications.trackPreferences}[1]`,
      assigned: subquery<number>`(select count(*)::int from ${reviews} r where r.application_id = ${applications.id} and r.status <> 'conflict')`,
      submitted: subquery<{ reviewerId: string; scores: Record<string, number> }[]>`coalesce((
        select json_agg(json_build_object('reviewerId', r.reviewer_id, 'scores', r.scores) order by r.reviewer_id)
        from ${reviews} r where r.application_id = ${applications.id} and r.status = 'submitted'), '[]'::json)`,
    })
    .from(applications)
    .innerJoin(users, eq(users.id, applications.applicantId))
    .where(and(eq(applications.callId, call.id), inArray(applications.status, REVIEWABLE)));

  const submitted: SubmittedReview[] = rows.flatMap((r) =>
    r.submitted.map((s) => ({ applicationId: r.id, reviewerId: s.reviewerId, scores: s.scores })),
  );
  const plain: ScoredRow[] = rows.map(({ submitted: _s, ...r }) => ({
    ...r,
    region: r.country && isCountryCode(r.country) ? regionOf(r.country) : null,
  }));
  return rankApplications(plain, submitted, call.rubric, {
    aggregation: call.settings.aggregation,
    normalise: call.settings.normalise,
    seed,
  });
}

/** What the solver and the meters see of an application. */
export function toCandidate(a: ScoredApplication): Candidate {
  return { id: a.id, score: a.score, gender: a.gender, country: a.country, region: a.region, trackId: a.trackId };
}

type PoolRow = {
  id: string;
  gender: Gender | null;
  country: string | null;
  track_id: string | null;
  selectable: boolean;
  raw: number | null;
  normalised: number | null;
};

/**
 * What the solver needs of a call's pool, in one statement with the scores worked out by the database:
 * the applications open for selection as candidates (id, gender, country, first track, score), without
 * names, e-mails or the per-review detail `loadScoredApplications` carries for the pages. The score is
 * that function's, computed the same way: each criterion aggregated over the submitted reviews in
 * reviewer order (the mean as a sum from 0 then divided, the median of the sorted values), then the
 * weighted total (each criterion's share of its top, weighted, over the sum of the weights, times 100),
 * so the raw score is the same number to the last bit. Normalised (the call's setting): per-reviewer
 * z-scores of each review's own weighted total over every reviewable application of the call, averaged
 * per application; applications with none score below the lowest.
 */
export async function loadSelectionPool(db: Executor, call: CallContext): Promise<Candidate[]> {
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
  const aggregated = rubric.map((c, i) =>
    call.settings.aggregation === "median"
      ? sql`array_agg(${value(c)} order by ${value(c)}) filter (where ${value(c)} is not null) as c${sql.raw(String(i))}`
      : sql`sum(${value(c)} order by r.reviewer_id) / nullif(count(${value(c)}), 0) as c${sql.raw(String(i))}`,
  );
  const criterion = (_c: RubricCriterion, i: number) => {
    const col = sql.raw(`g.c${i}`);
    return call.settings.aggregation === "median"
      ? sql`(case when cardinality(${col}) % 2 = 1 then ${col}[(cardinality(${col}) + 1) / 2]
          else (${col}[cardinality(${col}) / 2] + ${col}[cardinality(${col}) / 2 + 1]) / 2 end)`
      : col;
  };
  const statuses = (list: readonly string[]) =>
    sql.join(
      list.map((x) => sql`${x}`),
      sql`, `,
    );
  const normalise = call.settings.normalise;
  // One row per submitted review (one with no review for an application that has none), with its total.
  const reviewed = statement`
    select a.id, a.snapshot_gender as gender, a.snapshot_nationality as country, a.track_preferences[1] as track_id,
      a.status in (${statuses(SELECTABLE)}) as selectable, r.reviewer_id, r.scores, ${total(value)} as total
    from applications a left join reviews r on r.application_id = a.id and r.status = 'submitted'
    where a.call_id = ${call.id}::uuid and a.status in (${statuses(normalise ? REVIEWABLE : SELECTABLE)})`;
  // Normalising: each reviewer's mean and spread over their reviews in the call (windows, no joins), then z.
  const reviewer = sql.raw(
    "(partition by r.reviewer_id order by r.id rows between unbounded preceding and unbounded following)",
  );
  const source = normalise
    ? statement`(select r.*, case when r.sd > 1e-12 then (r.total - r.mean) / r.sd else 0 end as z from (
        select r.*, sqrt(sum((r.total - r.mean) * (r.total - r.mean)) over ${reviewer} / count(r.total) over ${reviewer}) as sd
        from (select r.*, sum(r.total) over ${reviewer} / count(r.total) over ${reviewer} as mean from (${reviewed}) r) r
      ) r)`
    : sql`(${reviewed})`;
  const query = statement`
    select g.id, g.gender, g.country, g.track_id, g.selectable, ${total(criterion)} as raw, g.normalised
    from (
      select r.id, r.gender, r.country, r.track_id, r.selectable,
        ${
          normalise
            ? sql`sum(r.z order by r.reviewer_id) filter (where r.total is not null) / nullif(count(r.total), 0)`
            : sql`null::float8`
        } as normalised${aggregated.length ? sql`, ${sql.join(aggregated, sql`, `)}` : sql``}
      from ${source} r
      group by r.id, r.gender, r.country, r.track_id, r.selectable
    ) g`;
  const result = await db.execute(query);
  const rows = (Array.isArray(result) ? result : ((result as { rows?: PoolRow[] }).rows ?? [])) as PoolRow[];
  const lowestZ = Math.min(0, ...rows.map((r) => (r.normalised === null ? 0 : Number(r.normalised))));
  return rows
    .filter((r) => r.selectable)
    .map((r) => ({
      id: r.id,
      score: call.settings.normalise
        ? r.normalised === null
          ? lowestZ - 1
          : Number(r.normalised)
        : r.raw === null
          ? 0
          : Number(r.raw),
      gender: r.gender,
      country: r.country,
      region: r.country && isCountryCode(r.country) ? regionOf(r.country) : null,
      trackId: r.track_id,
    }));
}
