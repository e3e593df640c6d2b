import "server-only";
import { and, asc, count, desc, eq, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  alumniProfileUpdates,
  alumniProfiles,
  cohorts,
  enrolments,
  expertEngagements,
  programmes,
  users,
} from "@/db/schema";
import { REGION_OF_COUNTRY } from "@/lib/geo";
import { isAlumnusSql } from "./network-sql";
import { DIRECTORY_PAGE_SIZE, type DirectoryParams } from "./schemas";
import { keptSql, storeCounted } from "@/db/kept";
import { subquery } from "@/db/subquery";
import {
  baseTier,
  tierFor,
  visibleLevels,
  visibleProfile,
  visibleUpdates,
  type AlumniViewer,
  type CohortRef,
  type ProfileField,
  type StoredAlumnus,
  type VisibleAlumnus,
  type VisibleUpdate,
} from "./visibility";

/** The completed cohorts of the row's user, newest first: "past cohorts listed automatically". */
const cohortsSql = subquery<CohortRef[]>`coalesce((
  select json_agg(json_build_object('programmeId', c.programme_id, 'programmeTitle', p.title, 'programmeSlug', p.slug, 'cohortTitle', c.title, 'year', c.year) order by c.year desc, c.title)
  from enrolments e join cohorts c on c.id = e.cohort_id join programmes p on p.id = c.programme_id
  where e.user_id = ${users.id} and e.status = 'completed'
), '[]'::json)`;

/** Everything visibleProfile() needs; nothing leaves this module without going through it. */
export const storedColumns = {
  userId: users.id,
  name: users.name,
  photoKey: alumniProfiles.photoKey,
  bio: alumniProfiles.bio,
  currentPosition: alumniProfiles.currentPosition,
  currentOrganisation: alumniProfiles.currentOrganisation,
  country: alumniProfiles.country,
  fields: alumniProfiles.fields,
  languages: alumniProfiles.languages,
  links: alumniProfiles.links,
  contactEmail: alumniProfiles.contactEmail,
  visibility: alumniProfiles.visibility,
  isExpert: alumniProfiles.isExpert,
  expertAreas: alumniProfiles.expertAreas,
  expertAvailability: alumniProfiles.expertAvailability,
  isExpertPublic: alumniProfiles.isExpertPublic,
  cohorts: cohortsSql,
};

function managedSql(programmeIds: string[]): SQL {
  return subquery`exists (select 1 from enrolments me join cohorts mc on mc.id = me.cohort_id where me.user_id = ${users.id} and me.status = 'completed' and mc.programme_id in (${sql.join(
    programmeIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )}))`;
}

/**
 * True where the viewer may see `field` of the row: the SQL twin of canSeeField(), so that filters and
 * search only ever match what the viewer could read on the card.
 */
function visibleSql(viewer: AlumniViewer, field: ProfileField): SQL {
  const tier = baseTier(viewer);
  if (tier === "staff") return sql`true`;
  const chosen =
    field === "name"
      ? sql`(case when ${alumniProfiles.visibility}->>'name' = 'public' then 'public' else 'alumni' end)`
      : sql`coalesce(${alumniProfiles.visibility}->>${field}::text, 'staff')`;
  const parts = [
    sql`${chosen} in (${sql.join(
      visibleLevels(tier).map((l) => sql`${l}`),
      sql`, `,
    )})`,
  ];
  if (viewer.userId) parts.push(sql`${users.id} = ${viewer.userId}::uuid`);
  if (viewer.managedProgrammeIds.length) parts.push(managedSql(viewer.managedProgrammeIds));
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** The SQL twin of isListed(): the name is visible, or the person is a public expert. */
function listedSql(viewer: AlumniViewer): SQL {
  return sql`(${visibleSql(viewer, "name")} or coalesce(${alumniProfiles.isExpert} and ${alumniProfiles.isExpertPublic}, false))`;
}

/** Expert details are staff's, the owner's, and everyone's once the expert chose to be public. */
export function expertVisibleSql(viewer: AlumniViewer): SQL {
  if (viewer.isAdmin) return sql`coalesce(${alumniProfiles.isExpert}, false)`;
  const parts = [sql`${alumniProfiles.isExpertPublic}`];
  if (viewer.userId) parts.push(sql`${users.id} = ${viewer.userId}::uuid`);
  if (viewer.managedProgrammeIds.length) parts.push(managedSql(viewer.managedProgrammeIds));
  return sql`(coalesce(${alumniProfiles.isExpert}, false) and (${sql.join(parts, sql` or `)}))`;
}

const like = (value: string) => `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const anyLike = (column: AnyColumn, value: string) =>
  subquery`exists (select 1 from unnest(${column}) as v(item) where v.item ilike ${like(value)})`;

/** The WHERE of a directory search for this viewer. */
export function directoryWhere(viewer: AlumniViewer, params: Partial<DirectoryParams>): SQL {
  const conditions: SQL[] = [isAlumnusSql, listedSql(viewer)];
  const q = params.q?.trim();
  if (q) {
    conditions.push(
      sql`(${users.name} ilike ${like(q)}
        or (${visibleSql(viewer, "bio")} and ${alumniProfiles.bio} ilike ${like(q)})
        or (${visibleSql(viewer, "position")} and ${alumniProfiles.currentPosition} ilike ${like(q)})
        or (${visibleSql(viewer, "organisation")} and ${alumniProfiles.currentOrganisation} ilike ${like(q)}))`,
    );
  }
  if (params.country)
    conditions.push(sql`${alumniProfiles.country} = ${params.country}`, visibleSql(viewer, "country"));
  if (params.region) {
    const codes = Object.entries(REGION_OF_COUNTRY)
      .filter(([, region]) => region === params.region)
      .map(([code]) => code);
    conditions.push(
      sql`${alumniProfiles.country} in (${sql.join(
        codes.map((c) => sql`${c}`),
        sql`, `,
      )})`,
      visibleSql(viewer, "country"),
    );
  }
  if (params.field) conditions.push(anyLike(alumniProfiles.fields, params.field), visibleSql(viewer, "fields"));
  if (params.language)
    conditions.push(anyLike(alumniProfiles.languages, params.language), visibleSql(viewer, "languages"));
  if (params.expertise)
    conditions.push(anyLike(alumniProfiles.expertAreas, params.expertise), expertVisibleSql(viewer));
  if (params.programme || params.year) {
    conditions.push(subquery`exists (select 1 from enrolments fe join cohorts fc on fc.id = fe.cohort_id join programmes fp on fp.id = fc.programme_id
      where fe.user_id = ${users.id} and fe.status = 'completed'
      ${params.programme ? sql`and fp.slug = ${params.programme}` : sql``}
      ${params.year ? sql`and fc.year = ${params.year}` : sql``})`);
  }
  return and(...conditions) as SQL;
}

/** Applies the privacy core to stored rows; the only way a directory row becomes something to show. */
export function toVisible(viewer: AlumniViewer, rows: StoredAlumnus[]): VisibleAlumnus[] {
  return rows.flatMap((row) => {
    const visible = visibleProfile(
      row,
      tierFor(viewer, { userId: row.userId, programmeIds: row.cohorts.map((c) => c.programmeId) }),
    );
    return visible ? [visible] : [];
  });
}

type DirectoryFilterOptions = { programmes: { slug: string; title: string }[]; years: number[] };
export type DirectoryPage = {
  items: VisibleAlumnus[];
  total: number;
  page: number;
  pageSize: number;
  /** The programmes and years that have alumni, when asked for (the page's filters). */
  filterOptions: DirectoryFilterOptions | null;
};

/**
 * The network's alumni (people with a completed enrolment) and the programmes (by title) and years (newest first)
 * that have alumni, kept between changes (db/kept.ts, version `alumni`, which completed enrolments, cohorts and
 * programmes' titles bump): counted by the first read after a change, read as kept by the others.
 */
const directoryFiguresSql = keptSql<{ alumni: number; filters: DirectoryFilterOptions }>(
  { key: "alumni-directory", versionKey: "alumni" },
  subquery`json_build_object(
    'alumni', (select count(distinct e.user_id) from ${enrolments} e where e.status = 'completed'),
    'filters', json_build_object(
      'programmes', coalesce((select json_agg(json_build_object('slug', x.slug, 'title', x.title) order by x.title, x.slug)
        from (select distinct p.slug, p.title from ${enrolments} e join ${cohorts} c on c.id = e.cohort_id
          join ${programmes} p on p.id = c.programme_id where e.status = 'completed') x), '[]'::json),
      'years', coalesce((select json_agg(y.year order by y.year desc)
        from (select distinct c.year from ${enrolments} e join ${cohorts} c on c.id = e.cohort_id
          where e.status = 'completed') y), '[]'::json)))`,
);

/**
 * True when the directory lists every alumnus: no filter, and a viewer (staff, or alumni and programme staff) who
 * sees everyone's name (`listedSql`: a name is public or for alumni), so its total is the network's count.
 */
function listsEveryone(viewer: AlumniViewer, params: Partial<DirectoryParams>): boolean {
  const { page: _page, ...filters } = params;
  return baseTier(viewer) !== "public" && Object.values(filters).every((v) => v === undefined || v === "");
}

/**
 * One page of the directory as this viewer may see it: two round trips whatever the page size (three on the first
 * read after the network changed, which keeps its figures), the filters' programmes and years riding with the
 * count when `filterOptions` is asked for. The page walks users by name (users_name_idx) and stops once it has its
 * rows; the total of an unfiltered directory that lists everyone is the kept count of alumni.
 */
export async function listDirectory(
  db: Executor,
  viewer: AlumniViewer,
  params: Partial<DirectoryParams>,
  options: { filterOptions?: boolean } = {},
): Promise<DirectoryPage> {
  const page = params.page ?? 1;
  const where = directoryWhere(viewer, params);
  const everyone = listsEveryone(viewer, params);
  const kept = everyone || options.filterOptions ? directoryFiguresSql : sql<null>`null`;
  const [rows, [total]] = await Promise.all([
    db
      .select(storedColumns)
      .from(users)
      .leftJoin(alumniProfiles, eq(alumniProfiles.userId, users.id))
      .where(where)
      .orderBy(asc(users.name), asc(users.id))
      .limit(DIRECTORY_PAGE_SIZE)
      .offset((page - 1) * DIRECTORY_PAGE_SIZE),
    everyone
      ? db.select({ n: sql<number | null>`null::int`, kept }).from(sql`(values (1)) as one (x)`)
      : db
          .select({ n: count(), kept })
          .from(users)
          .leftJoin(alumniProfiles, eq(alumniProfiles.userId, users.id))
          .where(where),
  ]);
  const figures = total?.kept ?? null;
  if (figures) await storeCounted(db, [figures.counted]);
  return {
    items: toVisible(viewer, rows),
    total: (everyone ? figures?.data.alumni : total?.n) ?? 0,
    page,
    pageSize: DIRECTORY_PAGE_SIZE,
    filterOptions: options.filterOptions && figures ? figures.data.filters : null,
  };
}

export type EngagementView = {
  id: string;
  description: string;
  country: string | null;
  year: number;
  recordedBy: string | null;
};

/** One alumnus's profile as this viewer may see it, with the "where are they now" history; null if not visible. */
export async function getAlumnusProfile(
  db: Executor,
  viewer: AlumniViewer,
  userId: string,
): Promise<{ profile: VisibleAlumnus; updates: VisibleUpdate[]; engagements: EngagementView[] | null } | null> {
  const [row] = await db
    .select(storedColumns)
    .from(users)
    .leftJoin(alumniProfiles, eq(alumniProfiles.userId, users.id))
    .where(and(eq(users.id, userId), isAlumnusSql, listedSql(viewer)))
    .limit(1);
  if (!row) return null;
  const tier = tierFor(viewer, { userId: row.userId, programmeIds: row.cohorts.map((c) => c.programmeId) });
  const profile = visibleProfile(row, tier);
  if (!profile) return null;
  const staffView = tier === "staff" || tier === "owner";
  const [history, engagements] = await Promise.all([
    db
      .select({
        position: alumniProfileUpdates.position,
        organisation: alumniProfileUpdates.organisation,
        country: alumniProfileUpdates.country,
        createdAt: alumniProfileUpdates.createdAt,
      })
      .from(alumniProfileUpdates)
      .where(eq(alumniProfileUpdates.userId, userId))
      .orderBy(desc(alumniProfileUpdates.createdAt), desc(alumniProfileUpdates.id))
      .limit(50),
    staffView && profile.expert
      ? db
          .select({
            id: expertEngagements.id,
            description: expertEngagements.description,
            country: expertEngagements.country,
            year: expertEngagements.year,
            recordedBy: users.name,
          })
          .from(expertEngagements)
          .leftJoin(users, eq(users.id, expertEngagements.recordedById))
          .where(eq(expertEngagements.expertId, userId))
          .orderBy(desc(expertEngagements.year), desc(expertEngagements.createdAt))
      : Promise.resolve(null),
  ]);
  return { profile, updates: visibleUpdates(history, row.visibility, tier), engagements };
}

/** The stored photo key of someone, only when this viewer may see their photo. */
export async function visiblePhotoKey(db: Executor, viewer: AlumniViewer, userId: string): Promise<string | null> {
  const [row] = await db
    .select(storedColumns)
    .from(users)
    .leftJoin(alumniProfiles, eq(alumniProfiles.userId, users.id))
    .where(and(eq(users.id, userId), isAlumnusSql, listedSql(viewer)))
    .limit(1);
  if (!row?.photoKey) return null;
  const visible = visibleProfile(
    row,
    tierFor(viewer, { userId: row.userId, programmeIds: row.cohorts.map((c) => c.programmeId) }),
  );
  return visible?.photoUrl ? row.photoKey : null;
}
