import { executeRows, statement } from "@/db/subquery";
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import type { Actor } from "@/lib/auth/roles";
import type { ReportFilters } from "./schemas";
import { FUNNEL_STEPS, type FunnelStep } from "./steps";

/**
 * Report figures. One SQL statement per report: the people in scope are built once (a CTE, one row per
 * person per edition), every figure is an aggregate over them (grouping sets, joins and group by), and
 * the labels the page needs come back in the same statement as JSON. Written as plain SQL on purpose:
 * drizzle strips table names inside correlated subqueries of a one-table select (drizzle-orm#5734).
 */

/** Which programmes a reader may see: all of them, or a list (a manager's or a partner's). */
export type ProgrammeScope = "all" | readonly string[];

/** A manager's reports cover the programmes they manage; an administrator's the whole organisation. */
export function managerScope(actor: Actor): ProgrammeScope {
  if (actor.isAdmin) return "all";
  return [...new Set(actor.roles.filter((r) => r.role === "manager").map((r) => r.programmeId))];
}

/** A partner (or donor) reads the programmes it is a partner of; managers and administrators read theirs. */
export function partnerScope(actor: Actor): ProgrammeScope {
  if (actor.isAdmin) return "all";
  return [
    ...new Set(actor.roles.filter((r) => r.role === "partner" || r.role === "manager").map((r) => r.programmeId)),
  ];
}

export { FUNNEL_STEPS, type FunnelStep };

export type GroupDimension =
  "total" | "gender" | "country" | "cohort" | "track" | "level" | "programme" | "goal" | "strategy" | "sdg";

/** One aggregate row: the people at each funnel step in one group, and the figures the trends need. */
export type GroupRow = Record<FunnelStep, number> & {
  dim: GroupDimension;
  key: string | null;
  /** Distinct countries among the participants (confirmed) of the group. */
  countries: number;
  /** Participants who described themselves as women, and those who disclosed a gender at all. */
  women: number;
  disclosed: number;
  /** Alumni with any activity in the network in the two years before the report's date. */
  active: number;
};

export type CatalogueProgramme = {
  id: string;
  slug: string;
  title: string;
  sdgs: number[];
  outcomes: string;
  goals: string[];
  strategies: string[];
  donors: string[];
  inScope: boolean;
};
export type CatalogueCohort = {
  id: string;
  programmeId: string;
  title: string;
  year: number;
  status: string;
  startDate: string | null;
  endDate: string | null;
  inScope: boolean;
};

export type ReportData = {
  groups: GroupRow[];
  outcomes: {
    proposals: number;
    outstanding: number;
    engagements: number;
    engagedExperts: number;
    engagementCountries: number;
    rosterExperts: number;
  };
  programmes: CatalogueProgramme[];
  cohorts: CatalogueCohort[];
  tracks: { id: string; cohortId: string; title: string; level: string }[];
  calls: { id: string; cohortId: string; title: string }[];
  donors: { id: string; name: string }[];
  goals: { id: string; code: string; title: string }[];
  strategies: { id: string; goalId: string; code: string; title: string }[];
};

const NO_ID = "00000000-0000-0000-0000-000000000000";

function idList(ids: readonly string[]): SQL {
  return sql.join(
    (ids.length ? ids : [NO_ID]).map((id) => sql`${id}::uuid`),
    sql`, `,
  );
}

/** The programmes a reader may see, on any table aliased with a programme id column. */
function programmeAllowed(column: SQL, scope: ProgrammeScope): SQL {
  return scope === "all" ? sql`true` : sql`${column} in (${idList(scope)})`;
}

/** The editions the filters select, on `cohorts c`. */
function cohortFilter(scope: ProgrammeScope, f: ReportFilters): SQL {
  const parts: SQL[] = [programmeAllowed(sql`c.programme_id`, scope)];
  if (f.programme) parts.push(sql`c.programme_id = ${f.programme}::uuid`);
  if (f.edition) parts.push(sql`c.id = ${f.edition}::uuid`);
  if (f.from !== undefined) parts.push(sql`c.year >= ${f.from}::int`);
  if (f.to !== undefined) parts.push(sql`c.year <= ${f.to}::int`);
  if (f.donor)
    parts.push(
      statement`c.programme_id in (select po.programme_id from programme_organisations po where po.organisation_id = ${f.donor}::uuid and po.role = 'donor')`,
    );
  if (f.call) parts.push(statement`c.id in (select k.cohort_id from calls k where k.id = ${f.call}::uuid)`);
  return sql.join(parts, sql` and `);
}

// The same aggregate columns for every grouping, so that every kind of group comes back in one result.
const AGGREGATES = sql.raw(`
  count(*) filter (where s.started)::int as started,
  count(*) filter (where s.submitted)::int as submitted,
  count(*) filter (where s.eligible)::int as eligible,
  count(*) filter (where s.reviewed)::int as reviewed,
  count(*) filter (where s.shortlisted)::int as shortlisted,
  count(*) filter (where s.offered)::int as offered,
  count(*) filter (where s.confirmed)::int as confirmed,
  count(*) filter (where s.completed)::int as completed,
  count(*) filter (where s.alumni)::int as alumni,
  count(distinct s.country) filter (where s.confirmed)::int as countries,
  count(*) filter (where s.confirmed and s.gender = 'woman')::int as women,
  count(*) filter (where s.confirmed and s.gender <> 'undisclosed')::int as disclosed,
  count(*) filter (where s.alumni and s.active)::int as active`);

/**
 * Everything one report shows, in one round trip. `asOf` is the report's date: "still active" means
 * some activity in the network in the two years before it (a post, comment, RSVP, message, profile
 * update or expert engagement).
 */
export async function loadReport(
  db: Executor,
  scope: ProgrammeScope,
  filters: ReportFilters,
  options: { asOf: Date },
): Promise<ReportData> {
  const { ctes, figures } = reportStatement(scope, filters, options.asOf);
  const [row] = await executeRows<Record<keyof ReportData, unknown>>(db, statement`${ctes} select ${figures}`);
  if (!row) throw new Error("lib/reports: the report query returned no row");
  return reportData(row);
}

/**
 * A report's figures through `report_snapshots`, in one round trip: with `reuse`, the figures kept under `key`
 * if there are any (whatever their age; `at` says when they were computed), else fresh ones, which the same
 * statement stores under `key`. Without `reuse`, always fresh ones, stored. When a kept row is there, the
 * figures' select is filtered out before it runs: none of the aggregates is computed.
 */
export async function loadKeptReport(
  db: Executor,
  scope: ProgrammeScope,
  filters: ReportFilters,
  options: { asOf: Date; key: string; reuse: boolean },
): Promise<{ at: Date; data: ReportData }> {
  const { ctes, figures } = reportStatement(scope, filters, options.asOf);
  const { key } = options;
  const asOf = sql`${options.asOf.toISOString()}::timestamptz`;
  const kept = options.reuse
    ? statement`select computed_at, data from report_snapshots where key = ${key}`
    : statement`select null::timestamptz as computed_at, null::jsonb as data where false`;
  const [row] = await executeRows<{ at: number; data: unknown }>(
    db,
    statement`${ctes},
kept as (${kept}),
report as (select ${figures} where not exists (select 1 from kept)),
stored as (
  insert into report_snapshots (key, computed_at, data) select ${key}, ${asOf}, to_jsonb(r) from report r
  on conflict (key) do update set computed_at = excluded.computed_at, data = excluded.data
  where report_snapshots.computed_at <= excluded.computed_at
),
dropped as (delete from report_snapshots where computed_at < ${asOf} - interval '30 days' and key <> ${key})
select (extract(epoch from k.computed_at) * 1000)::float8 as at, k.data from kept k
union all
select ${options.asOf.getTime()}::float8, to_jsonb(r) from report r`,
  );
  if (!row) throw new Error("lib/reports: the report query returned no row");
  return { at: new Date(Number(row.at)), data: reportData(jsonValue<Record<keyof ReportData, unknown>>(row.data)) };
}

/** The report's statement in two parts: its CTEs (`with …`) and the select list of its one row of figures. */
function reportStatement(scope: ProgrammeScope, filters: ReportFilters, asOfDate: Date): { ctes: SQL; figures: SQL } {
  const options = { asOf: asOfDate };
  const sinceDate = new Date(options.asOf.getTime() - 2 * 365.25 * 86_400_000);
  // Dates travel as ISO text: postgres-js takes no Date in a raw statement.
  const since = sql`${sinceDate.toISOString()}::timestamptz`;
  const asOf = sql`${options.asOf.toISOString()}::timestamptz`;
  const callOnApplication = filters.call ? sql`a.call_id = ${filters.call}::uuid` : sql`true`;
  const callOnEnrolment = filters.call
    ? statement`e.application_id in (select a2.id from applications a2 where a2.call_id = ${filters.call}::uuid)`
    : sql`true`;
  const trackFilter = filters.track ? sql`u.track_id = ${filters.track}::uuid` : sql`true`;
  const ctes = statement`
with scope_cohorts as (
  select c.id, c.programme_id from cohorts c where ${cohortFilter(scope, filters)}
),
reviewed as (
  select r.application_id
  from reviews r
  join applications a on a.id = r.application_id
  join calls k on k.id = a.call_id
  join scope_cohorts c on c.id = k.cohort_id
  where r.status = 'submitted' and ${callOnApplication}
  group by r.application_id
),
app_units as (
  select k.cohort_id, a.applicant_id as user_id,
    bool_or(a.status <> 'draft') as submitted,
    -- Screened out: rejected without a single submitted review. Withdrawn applications are not counted as eligible.
    bool_or(a.status not in ('draft', 'withdrawn') and not (a.status = 'rejected' and rv.application_id is null)) as eligible,
    bool_or(rv.application_id is not null) as reviewed,
    bool_or(a.status in ('shortlisted', 'offered', 'confirmed', 'declined')) as shortlisted,
    bool_or(a.status in ('offered', 'confirmed', 'declined')) as offered,
    bool_or(a.status = 'confirmed') as confirmed,
    min(a.snapshot_gender::text) as gender,
    min(a.snapshot_nationality::text) as country,
    (array_agg(a.track_preferences[1] order by a.created_at))[1] as track_id
  from applications a
  join calls k on k.id = a.call_id
  join scope_cohorts c on c.id = k.cohort_id
  left join reviewed rv on rv.application_id = a.id
  where ${callOnApplication}
  group by k.cohort_id, a.applicant_id
),
enr_units as (
  select e.id as enrolment_id, e.cohort_id, e.user_id, e.status::text as status, e.track_id
  from enrolments e
  join scope_cohorts c on c.id = e.cohort_id
  where ${callOnEnrolment}
),
active as (
  select author_id as user_id from posts where created_at >= ${since} and created_at <= ${asOf}
  union select author_id from post_comments where created_at >= ${since} and created_at <= ${asOf}
  union select user_id from post_rsvps where created_at >= ${since} and created_at <= ${asOf}
  union select sender_id from alumni_messages where created_at >= ${since} and created_at <= ${asOf}
  union select user_id from alumni_profile_updates where created_at >= ${since} and created_at <= ${asOf}
  union select expert_id from expert_engagements where year >= ${sinceDate.getUTCFullYear()}::int and year <= ${options.asOf.getUTCFullYear()}::int
),
merged as (
  select coalesce(au.cohort_id, eu.cohort_id) as cohort_id, coalesce(au.user_id, eu.user_id) as user_id, eu.enrolment_id,
    au.user_id is not null as started,
    coalesce(au.submitted, false) as submitted,
    coalesce(au.eligible, false) as eligible,
    coalesce(au.reviewed, false) as reviewed,
    -- An enrolment is an offer made (the decisions module writes one per offer; imported alumni have one too).
    coalesce(au.shortlisted, false) or eu.enrolment_id is not null as shortlisted,
    coalesce(au.offered, false) or eu.enrolment_id is not null as offered,
    coalesce(au.confirmed, false) or coalesce(eu.status in ('confirmed', 'withdrawn', 'completed', 'not_completed'), false) as confirmed,
    coalesce(eu.status = 'completed', false) as completed,
    au.gender as snapshot_gender, au.country as snapshot_country,
    coalesce(eu.track_id, au.track_id) as track_id
  from app_units au
  full join enr_units eu on eu.cohort_id = au.cohort_id and eu.user_id = au.user_id
),
units as (
  select sc.programme_id, m.cohort_id, m.user_id, m.enrolment_id, m.track_id,
    m.started, m.submitted, m.eligible, m.reviewed, m.shortlisted, m.offered, m.confirmed, m.completed,
    -- Alumni: completed, and in the alumni network (a profile there).
    m.completed and ap.user_id is not null as alumni,
    coalesce(ap.is_expert, false) as is_expert,
    act.user_id is not null as active,
    -- The snapshot taken at submission counts; people enrolled without an application count by their profile.
    coalesce(m.snapshot_gender, p.gender::text, 'undisclosed') as gender,
    coalesce(m.snapshot_country, p.nationality::text) as country,
    case when t.level in ('senior', 'working') then 'officials' when t.level in ('intensive', 'general') then 'courses' else null end as level_group
  from merged m
  join scope_cohorts sc on sc.id = m.cohort_id
  left join profiles p on p.user_id = m.user_id
  left join alumni_profiles ap on ap.user_id = m.user_id
  left join active act on act.user_id = m.user_id
  left join tracks t on t.id = m.track_id
),
s as (
  select * from units u where ${trackFilter}
),
groups as (
  select
    case
      when grouping(s.gender) = 0 then 'gender'
      when grouping(s.country) = 0 then 'country'
      when grouping(s.cohort_id) = 0 then 'cohort'
      when grouping(s.track_id) = 0 then 'track'
      when grouping(s.level_group) = 0 then 'level'
      when grouping(s.programme_id) = 0 then 'programme'
      else 'total'
    end as dim,
    coalesce(s.gender, s.country, s.cohort_id::text, s.track_id::text, s.level_group, s.programme_id::text) as key,
    ${AGGREGATES}
  from s
  group by grouping sets ((), (s.gender), (s.country), (s.cohort_id), (s.track_id), (s.level_group), (s.programme_id))
  union all
  select 'goal', g.goal_id::text, ${AGGREGATES}
  from s join programme_agenda_goals g on g.programme_id = s.programme_id
  group by g.goal_id
  union all
  select 'strategy', st.strategy_id::text, ${AGGREGATES}
  from s join programme_agenda_strategies st on st.programme_id = s.programme_id
  group by st.strategy_id
  union all
  select 'sdg', sdg::text, ${AGGREGATES}
  from s join programmes pg on pg.id = s.programme_id cross join lateral unnest(pg.sdgs) as sdg
  group by sdg
),
proposal_figures as (
  select count(*) filter (where pr.status <> 'draft')::int as proposals, count(*) filter (where pr.is_outstanding)::int as outstanding
  from s join proposals pr on pr.enrolment_id = s.enrolment_id
),
engagement_figures as (
  select count(ee.id)::int as engagements, count(distinct ee.expert_id)::int as engaged_experts, count(distinct ee.country)::int as engagement_countries
  from (select distinct user_id from s where s.completed) x
  join expert_engagements ee on ee.expert_id = x.user_id
),
roster_figures as (
  select count(distinct s.user_id) filter (where s.is_expert and s.completed)::int as roster_experts from s
)
`;
  const figures = statement`
  (select coalesce(json_agg(g), '[]'::json) from groups g) as groups,
  (select json_build_object('proposals', pf.proposals, 'outstanding', pf.outstanding, 'engagements', ef.engagements, 'engagedExperts', ef.engaged_experts,
      'engagementCountries', ef.engagement_countries, 'rosterExperts', rf.roster_experts)
     from proposal_figures pf, engagement_figures ef, roster_figures rf) as outcomes,
  (select coalesce(json_agg(json_build_object('id', p.id, 'slug', p.slug, 'title', p.title, 'sdgs', p.sdgs, 'outcomes', p.outcomes,
      'goals', coalesce((select json_agg(ag.code order by ag.position) from programme_agenda_goals pag join agenda_goals ag on ag.id = pag.goal_id where pag.programme_id = p.id), '[]'::json),
      'strategies', coalesce((select json_agg(ast.code order by ast.code) from programme_agenda_strategies pas join agenda_strategies ast on ast.id = pas.strategy_id where pas.programme_id = p.id), '[]'::json),
      'donors', coalesce((select json_agg(po.organisation_id) from programme_organisations po where po.programme_id = p.id and po.role = 'donor'), '[]'::json),
      'inScope', p.id in (select programme_id from scope_cohorts)
    ) order by p.title), '[]'::json)
   from programmes p where ${programmeAllowed(sql`p.id`, scope)}) as programmes,
  (select coalesce(json_agg(json_build_object('id', c.id, 'programmeId', c.programme_id, 'title', c.title, 'year', c.year, 'status', c.status,
      'startDate', c.start_date, 'endDate', c.end_date, 'inScope', c.id in (select id from scope_cohorts)) order by c.year, c.title), '[]'::json)
   from cohorts c where ${programmeAllowed(sql`c.programme_id`, scope)}) as cohorts,
  (select coalesce(json_agg(json_build_object('id', t.id, 'cohortId', t.cohort_id, 'title', t.title, 'level', t.level) order by t.position, t.title), '[]'::json)
   from tracks t join cohorts c on c.id = t.cohort_id where ${programmeAllowed(sql`c.programme_id`, scope)}) as tracks,
  (select coalesce(json_agg(json_build_object('id', k.id, 'cohortId', k.cohort_id, 'title', k.title) order by k.opens_at), '[]'::json)
   from calls k join cohorts c on c.id = k.cohort_id where ${programmeAllowed(sql`c.programme_id`, scope)}) as calls,
  (select coalesce(json_agg(json_build_object('id', o.id, 'name', o.name) order by o.name), '[]'::json)
   from organisations o where o.id in (select po.organisation_id from programme_organisations po where po.role = 'donor' and ${programmeAllowed(sql`po.programme_id`, scope)})) as donors,
  (select coalesce(json_agg(json_build_object('id', ag.id, 'code', ag.code, 'title', ag.title) order by ag.position), '[]'::json) from agenda_goals ag) as goals,
  (select coalesce(json_agg(json_build_object('id', ast.id, 'goalId', ast.goal_id, 'code', ast.code, 'title', ast.title) order by ast.code), '[]'::json) from agenda_strategies ast) as strategies
`;
  return { ctes, figures };
}

function reportData(row: Record<keyof ReportData, unknown>): ReportData {
  return {
    groups: jsonValue<GroupRow[]>(row.groups),
    outcomes: jsonValue<ReportData["outcomes"]>(row.outcomes),
    programmes: jsonValue<CatalogueProgramme[]>(row.programmes),
    cohorts: jsonValue<CatalogueCohort[]>(row.cohorts),
    tracks: jsonValue<ReportData["tracks"]>(row.tracks),
    calls: jsonValue<ReportData["calls"]>(row.calls),
    donors: jsonValue<ReportData["donors"]>(row.donors),
    goals: jsonValue<ReportData["goals"]>(row.goals),
    strategies: jsonValue<ReportData["strategies"]>(row.strategies),
  };
}

/** A json column as a value: postgres-js parses json, PGlite may hand it back as text. */
export function jsonValue<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}
