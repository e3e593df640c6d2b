import "server-only";
import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { keysetColumn, keysetPage, keysetQuery, parseCursor, type KeysetSort } from "@/db/keyset";
import { aliased, subquery } from "@/db/subquery";
import {
  applicationEvents,
  applicationFiles,
  applications,
  nominationQuotas,
  organisations,
  profiles,
  users,
  type CallEligibility,
} from "@/db/schema";
import type { CustomCountryGroup } from "@/lib/geo";
import { customGroupsFor } from "@/lib/geo/country-groups";
import { countriesOfRule, eligibilityGroupRefs } from "./eligibility";
import { ADMIN_PAGE_SIZE, type ApplicationFilters } from "./admin-filters";
import { REGION_OF_COUNTRY } from "@/lib/geo";
import { statusCountsSql } from "@/lib/calls/status-counts";

// The applicant's country and gender: the snapshot once submitted, the live profile for drafts.
const nationality = sql<string | null>`coalesce(${applications.snapshotNationality}, ${profiles.nationality})`;
const residence = sql<string | null>`coalesce(${applications.snapshotResidence}, ${profiles.residence})`;
const gender = sql<string>`coalesce(${applications.snapshotGender}, ${profiles.gender}, 'undisclosed')`;
const organisation = sql<string | null>`coalesce(${applications.snapshotOrganisation}, ${profiles.organisation})`;
const field = sql<string | null>`coalesce(${applications.snapshotField}, ${profiles.field})`;

function inCountries(expr: SQL, codes: Set<string> | null, negate = false): SQL | undefined {
  if (!codes) return undefined;
  const list = [...codes];
  if (!negate)
    return list.length
      ? sql`${expr} in (${sql.join(
          list.map((c) => sql`${c}`),
          sql`, `,
        )})`
      : sql`false`;
  return list.length
    ? sql`(${expr} is null or ${expr} not in (${sql.join(
        list.map((c) => sql`${c}`),
        sql`, `,
      )}))`
    : undefined;
}

/** The WHERE of the administrator's list and export: one call, then every filter given. */
function applicationWhere(
  callId: string,
  eligibility: CallEligibility,
  f: Omit<ApplicationFilters, "after" | "before" | "sort">,
  custom: readonly CustomCountryGroup[] = [],
): SQL {
  const conditions: (SQL | undefined)[] = [eq(applications.callId, callId)];
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      or(
        ilike(users.name, like),
        ilike(users.email, like),
        ilike(applications.reference, like),
        sql`${organisation} ilike ${like}`,
      ),
    );
  }
  if (f.status) conditions.push(eq(applications.status, f.status));
  if (f.country) conditions.push(sql`${nationality} = ${f.country}`);
  if (f.region)
    conditions.push(
      inCountries(
        nationality,
        new Set(
          Object.entries(REGION_OF_COUNTRY)
            .filter(([, r]) => r === f.region)
            .map(([c]) => c),
        ),
      ),
    );
  if (f.gender) conditions.push(sql`${gender} = ${f.gender}`);
  if (f.track) conditions.push(sql`${f.track}::uuid = any(${applications.trackPreferences})`);
  if (f.nominatedBy) conditions.push(eq(nominationQuotas.organisationId, f.nominatedBy));
  if (f.eligibility) {
    const nat = countriesOfRule(eligibility.nationality, custom);
    const res = countriesOfRule(eligibility.residence, custom);
    if (f.eligibility === "eligible") conditions.push(inCountries(nationality, nat), inCountries(residence, res));
    else
      conditions.push(
        or(inCountries(nationality, nat, true) ?? sql`false`, inCountries(residence, res, true) ?? sql`false`),
      );
  }
  return and(...conditions)!;
}

const ORDER = {
  submitted_desc: [
    sql`${applications.submittedAt} desc nulls last`,
    desc(applications.createdAt),
    desc(applications.id),
  ],
  submitted_asc: [sql`${applications.submittedAt} asc nulls last`, asc(applications.createdAt), asc(applications.id)],
  name: [asc(users.name), asc(applications.id)],
  country: [sql`${nationality} asc nulls last`, asc(users.name), asc(applications.id)],
  reference: [asc(applications.reference)],
  updated_desc: [desc(applications.updatedAt), desc(applications.id)],
} as const;

const at = (expr: SQL) => ({ expr, type: "timestamptz" as const });
const text = (expr: SQL) => ({ expr, type: "text" as const });
const byId = { expr: sql`${applications.id}`, type: "uuid" as const };
/** The same orders as keys that are never null (db/keyset.ts); indexes on (call_id, key…, id) serve them. */
const KEYSET: Record<ApplicationFilters["sort"], KeysetSort> = {
  submitted_desc: {
    direction: "desc",
    keys: [
      at(sql`coalesce(${applications.submittedAt}, '-infinity'::timestamptz)`),
      at(sql`${applications.createdAt}`),
      byId,
    ],
  },
  submitted_asc: {
    direction: "asc",
    keys: [
      at(sql`coalesce(${applications.submittedAt}, 'infinity'::timestamptz)`),
      at(sql`${applications.createdAt}`),
      byId,
    ],
  },
  name: { direction: "asc", keys: [text(sql`${users.name}`), byId] },
  country: {
    direction: "asc",
    keys: [
      { expr: sql`(${nationality} is null)`, type: "boolean" },
      text(sql`coalesce(${nationality}, '')`),
      text(sql`${users.name}`),
      byId,
    ],
  },
  reference: { direction: "asc", keys: [text(sql`${applications.reference}`), byId] },
  updated_desc: { direction: "desc", keys: [at(sql`${applications.updatedAt}`), byId] },
};

function baseQuery<T extends Record<string, unknown>>(db: Executor, columns: T) {
  return db
    .select(columns as never)
    .from(applications)
    .innerJoin(users, eq(users.id, applications.applicantId))
    .leftJoin(profiles, eq(profiles.userId, applications.applicantId))
    .leftJoin(nominationQuotas, eq(nominationQuotas.id, applications.nominationQuotaId))
    .leftJoin(organisations, eq(organisations.id, nominationQuotas.organisationId));
}

const LIST_COLUMNS = {
  id: applications.id,
  reference: applications.reference,
  status: applications.status,
  submittedAt: applications.submittedAt,
  updatedAt: applications.updatedAt,
  trackPreferences: applications.trackPreferences,
  answers: applications.answers,
  name: users.name,
  email: users.email,
  nationality,
  residence,
  gender,
  genderOther: profiles.genderOther,
  organisation,
  field,
  nominatedBy: organisations.name,
};
type ListRow = {
  id: string;
  reference: string;
  status: string;
  submittedAt: Date | null;
  updatedAt: Date;
  trackPreferences: string[];
  answers: Record<string, unknown>;
  name: string;
  email: string;
  nationality: string | null;
  residence: string | null;
  gender: string;
  genderOther: string | null;
  organisation: string | null;
  field: string | null;
  nominatedBy: string | null;
};

/** Filters that need the applicant's account or profile (the rest read the application row alone). */
const needsPeople = (f: ApplicationFilters) =>
  Boolean(f.q || f.country || f.region || f.gender || f.track || f.nominatedBy || f.eligibility);

/**
 * One page of a call's applications (keyset: `after`/`before` cursors), the total for the filters, counts per
 * status for the whole call, and the call's nominating bodies: one statement (two with the eligibility filter,
 * which reads the office's country groups), whatever the page. The counts are one row that the page joins
 * laterally, so an empty page still brings them; the counts per status are those the database keeps
 * (statusCountsSql), so the total is read from them too unless a filter on people needs one pass over the call's
 * matching rows.
 */
export async function listCallApplications(
  db: Executor,
  callId: string,
  eligibility: CallEligibility,
  filters: ApplicationFilters,
) {
  const custom = filters.eligibility ? await customGroupsFor(db, eligibilityGroupRefs(eligibility)) : [];
  const where = applicationWhere(callId, eligibility, filters, custom);
  const sort = KEYSET[filters.sort];
  const cursor = parseCursor(filters);
  const page = keysetQuery(sort, cursor, ADMIN_PAGE_SIZE);
  const people = needsPeople(filters)
    ? sql`join ${users} on ${users.id} = ${applications.applicantId}
        left join ${profiles} on ${profiles.userId} = ${applications.applicantId}
        left join ${nominationQuotas} on ${nominationQuotas.id} = ${applications.nominationQuotaId}
        left join ${organisations} on ${organisations.id} = ${nominationQuotas.organisationId}`
    : sql``;
  const counts = subquery<{ perStatus: Record<string, number>; matching: number | null }>`json_build_object(
      'perStatus', ${statusCountsSql(callId)},
      'matching', ${needsPeople(filters) ? subquery`(select count(*)::int from ${applications} ${people} where ${where})` : sql`null`})`;
  const nominators = subquery<
    { id: string; name: string }[]
  >`(select coalesce(json_agg(json_build_object('id', n.id, 'name', n.name) order by n.name), '[]'::json)
    from (select distinct o.id, o.name from ${nominationQuotas} q join ${organisations} o on o.id = q.organisation_id where q.call_id = ${callId}) n)`;
  const rows = baseQuery(
    db,
    Object.fromEntries([
      ...Object.entries(LIST_COLUMNS).map(([key, expr]) => [key, aliased(expr as SQL, key)]),
      ["keyset", keysetColumn(sort).as("keyset")],
      ["position", sql<number>`row_number() over (order by ${sql.join(page.orderBy, sql`, `)})`.as("position")],
    ]),
  )
    .where(page.where ? and(where, page.where) : where)
    .orderBy(...page.orderBy)
    .limit(page.limit)
    .as("page") as unknown as Record<keyof ListRow | "keyset" | "position", SQL.Aliased>;
  const result = (await db
    .select({
      ...Object.fromEntries(Object.keys(LIST_COLUMNS).map((key) => [key, rows[key as keyof ListRow]])),
      keyset: rows.keyset,
      counts,
      nominators,
    })
    .from(sql`(values (1)) as one (x)`)
    .leftJoinLateral(rows as never, sql`true`)
    .orderBy(asc(rows.position))) as unknown as (ListRow & {
    keyset: unknown[] | null;
    counts: { perStatus: Record<string, number>; matching: number | null };
    nominators: { id: string; name: string }[];
  })[];
  const first = result[0]!;
  const found = result.filter((r): r is typeof r & { keyset: unknown[] } => r.keyset !== null);
  const { items, next, previous } = keysetPage(
    found.map(({ counts: _c, nominators: _n, ...row }) => row),
    cursor,
    ADMIN_PAGE_SIZE,
  );
  const perStatus = first.counts.perStatus;
  // Without a filter on people, the total is the call's, or its status's, as kept per status.
  const total =
    first.counts.matching ??
    (filters.status ? (perStatus[filters.status] ?? 0) : Object.values(perStatus).reduce((a, b) => a + b, 0));
  return {
    items,
    next,
    previous,
    total: Number(total),
    perStatus,
    nominators: first.nominators,
    pageSize: ADMIN_PAGE_SIZE,
  };
}

/** Every application matching the filters, for an export (no page limit; ordered like the list). */
export async function exportCallApplications(
  db: Executor,
  callId: string,
  eligibility: CallEligibility,
  filters: ApplicationFilters,
) {
  const rows = (await baseQuery(db, LIST_COLUMNS)
    .where(
      applicationWhere(
        callId,
        eligibility,
        filters,
        filters.eligibility ? await customGroupsFor(db, eligibilityGroupRefs(eligibility)) : [],
      ),
    )
    .orderBy(...ORDER[filters.sort])) as unknown as ListRow[];
  const ids = rows.map((r) => r.id);
  const files = ids.length
    ? await db
        .select({
          applicationId: applicationFiles.applicationId,
          questionId: applicationFiles.questionId,
          fileName: applicationFiles.fileName,
        })
        .from(applicationFiles)
        .where(inArray(applicationFiles.applicationId, ids))
    : [];
  return { rows, files };
}

/** One application in full for the administrator: answers, files, history with who moved it. */
export async function getApplicationDetail(db: Executor, callId: string, applicationId: string) {
  const [row] = (await baseQuery(db, {
    ...LIST_COLUMNS,
    createdAt: applications.createdAt,
    position: profiles.position,
    languages: profiles.languages,
    yearsExperience: profiles.yearsExperience,
    snapshotGender: applications.snapshotGender,
  })
    .where(and(eq(applications.id, applicationId), eq(applications.callId, callId)))
    .limit(1)) as unknown as (ListRow & {
    createdAt: Date;
    position: string | null;
    languages: string[] | null;
    yearsExperience: number | null;
    snapshotGender: string | null;
  })[];
  if (!row) return null;
  const actors = db.$with("actors").as(db.select({ id: users.id, name: users.name }).from(users));
  const [files, events] = await Promise.all([
    db
      .select({
        questionId: applicationFiles.questionId,
        fileName: applicationFiles.fileName,
        sizeBytes: applicationFiles.sizeBytes,
        mimeType: applicationFiles.mimeType,
        uploadedAt: applicationFiles.uploadedAt,
      })
      .from(applicationFiles)
      .where(eq(applicationFiles.applicationId, applicationId)),
    db
      .with(actors)
      .select({
        fromStatus: applicationEvents.fromStatus,
        toStatus: applicationEvents.toStatus,
        reason: applicationEvents.reason,
        createdAt: applicationEvents.createdAt,
        actorName: actors.name,
      })
      .from(applicationEvents)
      .leftJoin(actors, eq(actors.id, applicationEvents.actorId))
      .where(eq(applicationEvents.applicationId, applicationId))
      .orderBy(asc(applicationEvents.createdAt), asc(applicationEvents.id)),
  ]);
  return { ...row, files, events };
}
