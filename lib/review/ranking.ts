import "server-only";
import { and, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  applicationScores,
  applications,
  users,
  type ApplicationStatus,
  type Gender,
  type ReviewFigures,
} from "@/db/schema";
import { keysetColumn, keysetPage, keysetQuery, parseCursor, type KeysetSort } from "@/db/keyset";
import { aliased, executeRows, statement, subquery } from "@/db/subquery";
import { readFresh, staleSql } from "./ranking-store";
import { regionOf, isCountryCode, type UnescoRegion } from "@/lib/geo";
import type { Candidate } from "@/lib/selection/types";
import { SELECTABLE, type CallContext } from "./call";
import type { RankedApplication } from "./scores";

export type ScoredApplication = RankedApplication<{
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
}>;

/**
 * The review overview's figures as the last refresh counted them (worked out again first when out of date),
 * with the number of applications the ranking holds. One statement when fresh.
 */
export async function loadReviewFigures(
  db: Executor,
  call: CallContext,
  options: {
    /** A count to run in the same statement (the applications that match a search). */
    matching?: SQL<number>;
    /** Other columns to read in the same statement (a page of the caller's, as JSON), returned as read. */
    alongside?: Record<string, SQL>;
  } = {},
): Promise<{
  applications: number;
  figures: ReviewFigures;
  matching: number | null;
  alongside: Record<string, unknown>;
}> {
  const names = Object.keys(options.alongside ?? {});
  const extra = names.map((name) => sql`, ${options.alongside![name]} as ${sql.identifier(name)}`);
  const { row } = await readFresh(db, call, async () => {
    const [row] = await executeRows<
      {
        stale: boolean;
        applications: number | null;
        figures: ReviewFigures | null;
        matching: number | null;
      } & Record<string, unknown>
    >(
      db,
      statement`select ${staleSql(call)} as stale, cr.applications, cr.figures, ${options.matching ?? sql`null`}::int as matching${sql.join(extra)}
        from (values (1)) one left join call_rankings cr on cr.call_id = ${call.id}::uuid`,
    );
    return { row, stale: Boolean(row?.stale) };
  });
  const json = (value: unknown) => (typeof value === "string" ? JSON.parse(value) : value);
  return {
    applications: Number(row?.applications ?? 0),
    figures: json(row?.figures) ?? { reviews: 0, submitted: 0, unassigned: 0, reviewers: {} },
    matching: row?.matching ?? null,
    alongside: Object.fromEntries(names.map((name) => [name, json(row?.[name])])),
  };
}

/** The columns of a stored ranking row with its application, for the pages and the exports. */
const SCORED_COLUMNS = {
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
  rank: applicationScores.rank,
  reviews: applicationScores.reviews,
  criteria: applicationScores.criteria,
  raw: applicationScores.raw,
  normalised: applicationScores.normalised,
  score: applicationScores.score,
};

type ScoredColumns = Omit<ScoredApplication, "region">;
const withRegion = <T extends { country: string | null }>(r: T): T & { region: UnescoRegion | null } => ({
  ...r,
  region: r.country && isCountryCode(r.country) ? regionOf(r.country) : null,
});

function scoredRows<Extra extends Record<string, SQL>>(
  db: Executor,
  call: CallContext,
  where?: SQL,
  keyset?: KeysetSort,
  extra?: Extra,
) {
  const inCall = eq(applicationScores.callId, call.id);
  return db
    .select({ ...SCORED_COLUMNS, ...(keyset ? { keyset: keysetColumn(keyset) } : {}), ...extra })
    .from(applicationScores)
    .innerJoin(applications, eq(applications.id, applicationScores.applicationId))
    .innerJoin(users, eq(users.id, applications.applicantId))
    .where(where ? and(inCall, where) : inCall);
}

/**
 * Whether the stored ranking is out of date. A reader that reads the ranking in a statement of its own asks this
 * first and reads after: asked at the same time, on two connections, a refresh committed between the two could
 * pass off rows read before it as fresh (the jury's imported score missing from the ranking export, once, under
 * load in CI).
 */
async function isStale(db: Executor, call: CallContext): Promise<boolean> {
  const [row] = await executeRows<{ stale: boolean }>(db, statement`select ${staleSql(call)} as stale`);
  return Boolean(row?.stale);
}

/**
 * Every application of the call that was sent in, scored and ranked (the stored ranking, worked out again
 * first when it is out of date), best first. Normalisation always sees all of a reviewer's reviews in the
 * call, so filter by status after ranking, never before.
 */
export async function loadScoredApplications(db: Executor, call: CallContext): Promise<ScoredApplication[]> {
  const { rows } = await readFresh(db, call, async () => {
    const stale = await isStale(db, call);
    return {
      stale,
      rows: stale ? [] : ((await scoredRows(db, call).orderBy(applicationScores.rank)) as ScoredColumns[]),
    };
  });
  return rows.map(withRegion);
}

/** What the solver and the meters see of an application. */
export function toCandidate(
  a: Pick<ScoredApplication, "id" | "score" | "gender" | "country" | "region" | "trackId">,
): Candidate {
  return { id: a.id, score: a.score, gender: a.gender, country: a.country, region: a.region, trackId: a.trackId };
}

/**
 * What the solver needs of a call's pool: the applications open for selection as candidates (id, gender,
 * country, first track, the ranking's score), best first, without names, e-mails or criteria.
 */
export async function loadSelectionPool(db: Executor, call: CallContext): Promise<Candidate[]> {
  const { rows } = await readFresh(db, call, async () => {
    const stale = await isStale(db, call);
    if (stale) return { stale, rows: [] };
    const rows = await db
      .select({
        id: applications.id,
        score: applicationScores.score,
        gender: applications.snapshotGender,
        country: applications.snapshotNationality,
        trackId: sql<string | null>`${applications.trackPreferences}[1]`,
      })
      .from(applicationScores)
      .innerJoin(applications, eq(applications.id, applicationScores.applicationId))
      .where(and(eq(applicationScores.callId, call.id), inArray(applications.status, SELECTABLE)))
      .orderBy(applicationScores.rank);
    return { stale, rows };
  });
  return rows.map((r) => toCandidate(withRegion(r)));
}

export const RANKING_PAGE_SIZE = 50;
type Figures<X> = {
  total: number;
  before: number;
  stale: boolean;
  extra: X | null;
  /** The page as JSON, when it was read in the same statement (pageAsJson). */
  page?: unknown;
};

/**
 * A page of scored rows as one JSON column, in its order, for a statement that reads figures beside it: the
 * columns under their own names (aliased), the keyset, and the row's place in the page.
 */
function pageAsJson(
  db: Executor,
  call: CallContext,
  where: SQL | undefined,
  page: ReturnType<typeof keysetQuery>,
): SQL {
  const fields = Object.fromEntries(
    Object.entries(SCORED_COLUMNS).map(([key, column]) => [key, aliased(column as SQL, key)]),
  );
  const inCall = eq(applicationScores.callId, call.id);
  const rows = db
    .select({
      ...fields,
      keyset: keysetColumn(RANKING_SORT).as("keyset"),
      n: sql<number>`row_number() over (order by ${sql.join(page.orderBy, sql`, `)})`.as("n"),
    })
    .from(applicationScores)
    .innerJoin(applications, eq(applications.id, applicationScores.applicationId))
    .innerJoin(users, eq(users.id, applications.applicantId))
    .where(where ? and(inCall, where) : inCall)
    .orderBy(...page.orderBy)
    .limit(page.limit);
  return subquery`coalesce((select json_agg(p order by p.n) from (${rows}) p), '[]'::json)`;
}

/**
 * The whole ranking: its size as stored with it, and the rows before a cursor read off its rank. Or, with
 * `only` (a status filter whose size the caller keeps, as a subquery), that size, and the rows before the cursor
 * that pass the filter counted up to the cursor's rank (none on the first page).
 */
async function rankingFigures<X>(
  db: Executor,
  call: CallContext,
  side: "after" | "before" | undefined,
  edge: number | null,
  extra: SQL<X> | undefined,
  page?: SQL,
  only?: { matches: SQL; total: SQL<number> },
): Promise<Figures<X>> {
  const upTo = side === "after" ? sql`${applicationScores.rank} <= ${edge}` : sql`${applicationScores.rank} < ${edge}`;
  const before =
    only && edge !== null
      ? subquery<number>`(select count(*)::int from ${applicationScores} inner join ${applications} on ${applications.id} = ${applicationScores.applicationId} where ${applicationScores.callId} = ${call.id} and ${only.matches} and ${upTo})`
      : sql`null`;
  const [row] = await executeRows<{
    total: number | null;
    before: number | null;
    stale: boolean;
    extra: X | null;
    page: unknown;
  }>(
    db,
    statement`select ${staleSql(call)} as stale, ${only?.total ?? subquery`(select cr.applications from call_rankings cr where cr.call_id = ${call.id}::uuid)`} as total,
      ${before} as before, ${extra ?? sql`null`} as extra, ${page ?? sql`null`} as page`,
  );
  return {
    total: Number(row?.total ?? 0),
    before: edge === null ? 0 : only ? Number(row?.before ?? 0) : side === "after" ? edge : edge - 1,
    stale: Boolean(row?.stale),
    extra: row?.extra ?? null,
    page: row?.page,
  };
}

/** Only the applications that match a search or a status: counted (with those before the cursor) in one pass. */
async function matchingFigures<X>(
  db: Executor,
  call: CallContext,
  matches: SQL,
  side: "after" | "before" | undefined,
  edge: number | null,
  extra: SQL<X> | undefined,
  byName: boolean,
  page?: SQL,
): Promise<Figures<X>> {
  const before =
    edge === null
      ? sql<number>`0`
      : side === "after"
        ? sql<number>`count(*) filter (where ${applicationScores.rank} <= ${edge})::int`
        : sql<number>`count(*) filter (where ${applicationScores.rank} < ${edge})::int`;
  const counted = db
    .select({
      total: sql<number>`count(*)::int`,
      before,
      stale: staleSql(call),
      // A scalar subquery beside the count: evaluated once, in the same statement.
      extra: extra ?? sql<X | null>`null`,
      page: page ?? sql`null`,
    })
    .from(applicationScores)
    .innerJoin(applications, eq(applications.id, applicationScores.applicationId))
    .$dynamic();
  // The applicants' names only for a search: a status alone is counted without joining every applicant.
  const [row] = await (byName ? counted.innerJoin(users, eq(users.id, applications.applicantId)) : counted).where(
    and(eq(applicationScores.callId, call.id), matches),
  );
  return {
    total: row?.total ?? 0,
    before: row?.before ?? 0,
    stale: Boolean(row?.stale),
    extra: (row?.extra as X | null | undefined) ?? null,
    page: row?.page,
  };
}
const RANKING_SORT: KeysetSort = {
  direction: "asc",
  keys: [{ expr: sql`${applicationScores.rank}`, type: "integer" }],
};

/**
 * One page of the ranking, by rank (keyset: `after`/`before` cursors), optionally only the applications whose
 * reference or name holds `q` and whose status is one of `statuses`; with the number that match and the page's
 * number among them. One statement: the page with its counts and the freshness probe as columns (an empty page
 * asks for them apart); or, with `extra` (a caller's scalar subquery: the workbench's meters), which would travel
 * on every row, the counts with the freshness probe and `extra`, and the page as one JSON column. With `total`
 * (the number of applications in `statuses`, which the caller keeps) and no search, nothing counts the rows that
 * match: only those before a cursor are counted, up to its rank.
 */
export async function loadRankingPage<X = null>(
  db: Executor,
  call: CallContext,
  options: {
    q?: string;
    after?: string;
    before?: string;
    statuses?: readonly ApplicationStatus[];
    extra?: SQL<X>;
    /** How many applications of the call are in `statuses`, as a subquery that reads it kept (not counted). */
    total?: SQL<number>;
  },
) {
  const q = options.q?.trim();
  const cursor = parseCursor(options);
  const page = keysetQuery(RANKING_SORT, cursor, RANKING_PAGE_SIZE);
  const matches = and(
    q ? or(ilike(applications.reference, `%${q}%`), ilike(users.name, `%${q}%`)) : undefined,
    options.statuses ? inArray(applications.status, [...options.statuses]) : undefined,
  );
  const edge = cursor && Number.isInteger(Number(cursor.values[0])) ? Number(cursor.values[0]) : null;
  // A status filter whose size the caller keeps: read, not counted.
  const kept = !q && matches && options.total ? { matches, total: options.total } : undefined;
  // The page carries its figures (whether the ranking is stale, how many match, how many come before it) as
  // columns computed once for the statement: one round trip. Only an empty page asks for them on their own.
  const matching = (extra?: SQL) =>
    subquery<number>`(select count(*)::int from ${applicationScores} inner join ${applications} on ${applications.id} = ${applicationScores.applicationId} inner join ${users} on ${users.id} = ${applications.applicantId} where ${applicationScores.callId} = ${call.id} and ${matches}${extra ? sql` and ${extra}` : sql``})`;
  const figureColumns = {
    stale: staleSql(call),
    total: matches
      ? (kept?.total ?? matching())
      : subquery<number>`(select cr.applications from call_rankings cr where cr.call_id = ${call.id}::uuid)`,
    before:
      matches && edge !== null
        ? matching(
            cursor?.side === "after"
              ? sql`${applicationScores.rank} <= ${edge}`
              : sql`${applicationScores.rank} < ${edge}`,
          )
        : sql<number>`0`,
  };
  const { rows, figures } = await readFresh(db, call, async () => {
    if (options.extra !== undefined) {
      // The page rides as JSON in the statement of the counts and `extra`: one round trip.
      const json = pageAsJson(db, call, page.where ? (matches ? and(matches, page.where) : page.where) : matches, page);
      const figures =
        matches && !kept
          ? await matchingFigures(db, call, matches, cursor?.side, edge, options.extra, Boolean(q), json)
          : await rankingFigures(db, call, cursor?.side, edge, options.extra, json, kept);
      const rows = (typeof figures.page === "string" ? JSON.parse(figures.page) : figures.page) as (ScoredColumns & {
        keyset: unknown[];
      })[];
      return { rows, figures, stale: figures.stale };
    }
    const rows = (await scoredRows(
      db,
      call,
      page.where ? (matches ? and(matches, page.where) : page.where) : matches,
      RANKING_SORT,
      figureColumns,
    )
      .orderBy(...page.orderBy)
      .limit(page.limit)) as (ScoredColumns & {
      keyset: unknown[];
      stale: boolean;
      total: number | null;
      before: number;
    })[];
    const first = rows[0];
    const figures: Figures<X> = first
      ? {
          stale: Boolean(first.stale),
          total: Number(first.total ?? 0),
          before: matches ? Number(first.before) : edge === null ? 0 : cursor?.side === "after" ? edge : edge - 1,
          extra: null,
        }
      : matches
        ? await matchingFigures<X>(db, call, matches, cursor?.side, edge, undefined, Boolean(q))
        : await rankingFigures<X>(db, call, cursor?.side, edge, undefined);
    return { rows, figures, stale: figures.stale };
  });
  const { items, next, previous } = keysetPage(rows, cursor, RANKING_PAGE_SIZE);
  // Rows before this page among those that match: after the cursor's row, or a page's worth before it.
  const skipped = cursor?.side === "before" ? Math.max(0, figures.before - RANKING_PAGE_SIZE) : figures.before;
  return {
    items: items.map(withRegion),
    next,
    previous,
    total: figures.total,
    page: Math.floor(skipped / RANKING_PAGE_SIZE) + 1,
    pages: Math.max(1, Math.ceil(figures.total / RANKING_PAGE_SIZE)),
    extra: figures.extra,
  };
}
