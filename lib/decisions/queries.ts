import "server-only";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { applications, selectionRuns, type ApplicationStatus, type Gender } from "@/db/schema";
import { executeRows, statement, subquery } from "@/db/subquery";
import { countryName, isCountryCode, regionOf, UNESCO_REGIONS, type UnescoRegion } from "@/lib/geo";
import { statusCountSql, unreviewedCountSql } from "@/lib/calls/status-counts";
import { SELECTABLE, type CallContext } from "@/lib/review/call";
import { loadRankingPage } from "@/lib/review/ranking";
import { completeTally, judgeRules, type RuleTally } from "@/lib/selection/rules";
import type { BalanceRules } from "@/lib/selection/types";
import type { WorkbenchShow } from "./schemas";

export type WorkbenchRow = {
  id: string;
  rank: number;
  reference: string;
  name: string;
  country: string | null;
  countryName: string | null;
  region: UnescoRegion | null;
  regionName: string | null;
  gender: Gender | null;
  trackId: string | null;
  raw: number | null;
  normalised: number | null;
  score: number;
  reviews: number;
  status: string;
};

type RowColumns = Omit<WorkbenchRow, "countryName" | "region" | "regionName">;

function workbenchRow(a: RowColumns): WorkbenchRow {
  const region = a.country && isCountryCode(a.country) ? regionOf(a.country) : null;
  return {
    id: a.id,
    rank: a.rank,
    reference: a.reference,
    name: a.name,
    country: a.country,
    countryName: a.country ? countryName(a.country) : null,
    region,
    regionName: UNESCO_REGIONS.find((r) => r.code === region)?.name.en ?? null,
    gender: a.gender,
    trackId: a.trackId,
    raw: a.raw,
    normalised: a.normalised,
    score: a.score,
    reviews: a.reviews,
    status: a.status,
  };
}

const inList = (list: readonly string[]) =>
  sql.join(
    list.map((x) => sql`${x}`),
    sql`, `,
  );

/** The figures of the workbench that do not depend on the page, as they come out of SQL (see workbenchSql). */
type PoolFigures = { pool: number; unscored: number };
type WorkbenchFigures = {
  pool: PoolFigures;
  decided: boolean;
  tally: Omit<RuleTally, "regions" | "groups">;
  people: RowColumns[];
  /** The suggestion waiting for a decision, if any (its time as JSON writes it). */
  run: PendingRun | null;
};

type PendingRun = Pick<
  typeof selectionRuns.$inferSelect,
  | "id"
  | "seed"
  | "chosenIds"
  | "objective"
  | "plainObjective"
  | "priceOfBalance"
  | "feasible"
  | "violations"
  | "solveMs"
  | "candidates"
> & { createdAt: string };

/** The applications of the call that `which` picks, as workbench rows by rank (a jsonb array, `[]` for none). */
function peopleSql(callId: string, which: SQL): SQL<RowColumns[]> {
  return subquery<RowColumns[]>`(select coalesce(jsonb_agg(jsonb_build_object(
      'id', a.id, 'rank', s.rank, 'reference', a.reference, 'name', u.name, 'country', a.snapshot_nationality,
      'gender', a.snapshot_gender, 'trackId', a.track_preferences[1], 'raw', s.raw, 'normalised', s.normalised,
      'score', s.score, 'reviews', s.reviews, 'status', a.status) order by s.rank), '[]'::jsonb)
    from applications a join application_scores s on s.application_id = a.id join users u on u.id = a.applicant_id
    where a.call_id = ${callId}::uuid and ${which})`;
}

/**
 * The workbench rows of some of a call's applications (a suggestion's members, those an analysis names), so the
 * browser can name and count them without the whole pool. One statement.
 */
export async function loadWorkbenchPeople(
  db: Executor,
  callId: string,
  ids: readonly string[],
): Promise<WorkbenchRow[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const [row] = await executeRows<{ people: RowColumns[] }>(
    db,
    statement`select ${peopleSql(callId, subquery`a.id in (${inList(unique)})`)} as people`,
  );
  return (row?.people ?? []).map(workbenchRow);
}

/**
 * One scalar subquery, run beside the page's counts (loadRankingPage's `extra`): the size of the pool, how many
 * in it have no review and whether decisions have gone out (read from the call's counts per status, which the
 * database keeps: lib/calls/status-counts.ts); the tally of the shortlist the meters judge, one
 * aggregate over the shortlisted applications (by gender, country, first track, and which pinned are in); and the
 * people the browser must be able to name and count without the whole pool: the shortlist and the members of
 * the suggestion waiting for a decision (tens to a few hundred).
 */
function workbenchSql(call: CallContext): SQL<WorkbenchFigures> {
  const id = call.id;
  const pins = [...(call.rules?.pinnedIn ?? []), ...(call.rules?.pinnedOut ?? [])];
  const pinned = pins.length
    ? subquery`coalesce(array_agg(a.id::text order by a.id) filter (where a.id in (${inList(pins)})), '{}')`
    : subquery`'{}'::text[]`;
  const shortlisted = subquery`a.call_id = ${id}::uuid and a.status = 'shortlisted'`;
  const counted = (expr: SQL) => subquery`coalesce((select jsonb_object_agg(k.key, k.n) from (
      select ${expr} as key, count(*)::int as n from applications a where ${shortlisted} and ${expr} is not null group by 1
    ) k), '{}'::jsonb)`;
  const pending = subquery`(select r.chosen_ids from selection_runs r where r.call_id = ${id}::uuid and r.status = 'suggested'
    order by r.created_at desc limit 1)`;
  return subquery<WorkbenchFigures>`(select jsonb_build_object(
    'pool', jsonb_build_object('pool', ${statusCountSql(id, SELECTABLE)},
      'unscored', ${unreviewedCountSql(id, SELECTABLE)}),
    'decided', ${statusCountSql(id, DECIDED)} > 0,
    'tally', (select jsonb_build_object(
        'chosen', count(*)::int,
        'women', count(*) filter (where a.snapshot_gender = 'woman')::int,
        'men', count(*) filter (where a.snapshot_gender = 'man')::int,
        'disclosed', count(*) filter (where a.snapshot_gender is not null and a.snapshot_gender <> 'undisclosed')::int,
        'countries', ${counted(subquery`a.snapshot_nationality`)},
        'tracks', ${counted(subquery`a.track_preferences[1]`)},
        'pinned', ${pinned})
      from applications a where ${shortlisted}),
    'people', ${peopleSql(id, subquery`(a.status = 'shortlisted' or a.id = any(coalesce(${pending}, '{}'::uuid[])))`)},
    'run', (select jsonb_build_object('id', r.id, 'seed', r.seed, 'chosenIds', r.chosen_ids, 'objective', r.objective,
        'plainObjective', r.plain_objective, 'priceOfBalance', r.price_of_balance, 'feasible', r.feasible,
        'violations', r.violations, 'solveMs', r.solve_ms, 'candidates', r.candidates, 'createdAt', r.created_at)
      from selection_runs r where r.call_id = ${id}::uuid and r.status = 'suggested' order by r.created_at desc limit 1)))`;
}

/** The meters of the saved shortlist, from the tally the database counted (getWorkbench). */
export const workbenchMeters = (rules: BalanceRules, tally: WorkbenchFigures["tally"]) =>
  judgeRules(rules, completeTally(rules, tally));

/** Decisions have gone out once an application is in one of these. */
const DECIDED: ApplicationStatus[] = ["offered", "confirmed", "declined"];

const SHOWN: Record<WorkbenchShow, ApplicationStatus[]> = {
  all: SELECTABLE,
  chosen: ["shortlisted"],
  other: SELECTABLE.filter((s) => s !== "shortlisted"),
};

/**
 * The shortlisting workbench: one page of the pool by the stored rank (loadRankingPage: keyset, optionally a
 * search and only the shortlist or the rest), the shortlist's meters judged from one aggregate over it, the
 * people the browser names, and the suggestion waiting for a decision. Three statements side by side when the
 * ranking is fresh. The pool as a whole never leaves the server: the solver reads it in its action
 * (runSuggestion, lib/decisions/selection-commands.ts).
 */
export async function getWorkbench(
  db: Executor,
  call: CallContext,
  options: { q?: string; after?: string; before?: string; show?: WorkbenchShow } = {},
) {
  // The statuses listed are counted by the database as applications move (statusCountSql): the page reads their
  // number rather than counting the pool.
  const statuses = SHOWN[options.show ?? "all"];
  const page = await loadRankingPage(db, call, {
    ...options,
    statuses,
    total: statusCountSql(call.id, statuses),
    extra: workbenchSql(call),
  });
  const figures = page.extra!;
  const pool = figures.pool;
  const people = figures.people.map(workbenchRow);
  return {
    rows: page.items.map((a) => workbenchRow({ ...a, trackId: a.trackId })),
    next: page.next,
    previous: page.previous,
    page: page.page,
    pages: page.pages,
    total: page.total,
    pool: pool.pool,
    people,
    chosenIds: people.filter((p) => p.status === "shortlisted").map((p) => p.id),
    /** The shortlist's tally for the meters: judge it with workbenchMeters and the call's current rules. */
    tally: figures.tally,
    decided: figures.decided,
    unscored: pool.unscored,
    pending: figures.run ? { ...figures.run, createdAt: new Date(figures.run.createdAt).toISOString() } : null,
  };
}

/** References of the pinned applications, for the rules editor's text fields. */
export async function pinnedReferences(
  db: Executor,
  call: CallContext,
): Promise<{ pinnedIn: string; pinnedOut: string }> {
  const ids = [...(call.rules?.pinnedIn ?? []), ...(call.rules?.pinnedOut ?? [])];
  if (!ids.length) return { pinnedIn: "", pinnedOut: "" };
  const rows = await db
    .select({ id: applications.id, reference: applications.reference })
    .from(applications)
    .where(and(eq(applications.callId, call.id), inArray(applications.id, ids)));
  const ref = new Map(rows.map((r) => [r.id, r.reference]));
  const list = (xs: string[] | undefined) =>
    (xs ?? [])
      .map((id) => ref.get(id))
      .filter(Boolean)
      .join(", ");
  return { pinnedIn: list(call.rules?.pinnedIn), pinnedOut: list(call.rules?.pinnedOut) };
}
