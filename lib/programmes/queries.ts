import "server-only";
import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { keptSql, storeCounted } from "@/db/kept";
import { subquery } from "@/db/subquery";
import type { Executor } from "@/db/client";
import {
  agendaGoals,
  agendaStrategies,
  cohorts,
  enrolments,
  organisations,
  profiles,
  programmeAgendaGoals,
  programmeAgendaStrategies,
  programmeOrganisations,
  programmes,
  type OrganisationRole,
} from "@/db/schema";

const CATALOGUE_PAGE_SIZE = 12;

/** The public catalogue: published and archived programmes, searchable, a page at a time. */
export async function listPublicProgrammes(db: Executor, options: { q?: string; page?: number }) {
  const page = Math.max(1, options.page ?? 1);
  const q = options.q?.trim();
  const visible = inArray(programmes.status, ["published", "archived"]);
  // A search finds a programme by its text in any of its languages.
  const where = q
    ? and(
        visible,
        or(
          ilike(programmes.title, `%${q}%`),
          ilike(programmes.summary, `%${q}%`),
          // Its translations' texts only (not their keys): every value of every language.
          ilike(sql`jsonb_path_query_array(${programmes.translations}, '$.*.*')::text`, `%${q}%`),
        ),
      )
    : visible;
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: programmes.id,
        slug: programmes.slug,
        title: programmes.title,
        summary: programmes.summary,
        // Title and summary in other languages, so the list shows the reader's without a query per row.
        translations: programmes.translations,
        mainLanguage: programmes.mainLanguage,
        themes: programmes.themes,
        status: programmes.status,
        startDate: programmes.startDate,
        endDate: programmes.endDate,
        countryCount: sql<number>`cardinality(${programmes.countries})`,
      })
      .from(programmes)
      .where(where)
      .orderBy(
        asc(sql`case when ${programmes.status} = 'published' then 0 else 1 end`),
        desc(programmes.startDate),
        asc(programmes.title),
      )
      .limit(CATALOGUE_PAGE_SIZE)
      .offset((page - 1) * CATALOGUE_PAGE_SIZE),
    db.select({ n: count() }).from(programmes).where(where),
  ]);
  return { items, total: total?.n ?? 0, page, pageSize: CATALOGUE_PAGE_SIZE };
}

type Enrolled = { participants: number; countries: number; nationalities: string[] };
type Organisation = { role: OrganisationRole; name: string; shortName: string | null; website: string | null };
type Edition = Pick<
  typeof cohorts.$inferSelect,
  | "id"
  | "title"
  | "year"
  | "startDate"
  | "endDate"
  | "timeZone"
  | "format"
  | "location"
  | "status"
  | "statusReason"
  | "translations"
>;

/**
 * Everything the public programme page shows, in one statement whatever the programme's size: its organisations,
 * published editions, agenda and enrolment figures ride along as subqueries. `extra` adds columns of other
 * areas correlated to the programme (its id, title and slug columns), so a page reads them in the same statement.
 * `counted` adds figures of other areas that count over the programme's enrolments (json, keyed by name): they
 * are kept with its own (db/kept.ts, version `programme:<id>`, which enrolments, cohorts and profiles bump), so
 * the aggregates run on the first read after a change, which then keeps them in a second statement.
 */
export async function getPublicProgramme<
  E extends Record<string, SQL<unknown>> = Record<never, SQL<unknown>>,
  C extends Record<string, SQL<unknown>> = Record<never, SQL<unknown>>,
>(
  db: Executor,
  slug: string,
  extra?: (programme: { id: SQL; title: SQL; slug: SQL; translations: SQL; mainLanguage: SQL }) => E,
  counted?: (programme: { id: SQL }) => C,
) {
  const outer = {
    id: sql`${programmes.id}`,
    title: sql`${programmes.title}`,
    slug: sql`${programmes.slug}`,
    translations: sql`${programmes.translations}`,
    mainLanguage: sql`${programmes.mainLanguage}`,
  };
  const others = counted?.({ id: outer.id }) ?? ({} as C);
  const names = Object.keys(others).sort();
  // Aggregates only: the public never sees who took part.
  const enrolled = subquery<Enrolled>`(select json_build_object(
      'participants', count(e.id), 'countries', count(distinct p.nationality),
      'nationalities', coalesce(array_agg(distinct p.nationality) filter (where p.nationality is not null), '{}'))
    from ${enrolments} e join ${cohorts} c on c.id = e.cohort_id left join ${profiles} p on p.user_id = e.user_id
    where c.programme_id = ${programmes.id} and e.status in ('confirmed', 'completed'))`;
  const versionKey = sql`(${"programme:"}::text || ${programmes.id}::text)`;
  // Another caller's set of counted figures is kept under its own key.
  const keptFigures = keptSql<{ enrolled: Enrolled } & { [K in keyof C]: C[K] extends SQL<infer T> ? T : never }>(
    { key: names.length ? sql`(${versionKey} || ${`|${names.join(",")}`}::text)` : versionKey, versionKey },
    sql`json_build_object('enrolled', ${enrolled}${sql.join(names.map((name) => sql`, ${name}::text, ${others[name]}`))})`,
  );
  const columns = {
    id: programmes.id,
    slug: programmes.slug,
    title: programmes.title,
    summary: programmes.summary,
    description: programmes.description,
    mainLanguage: programmes.mainLanguage,
    translations: programmes.translations,
    themes: programmes.themes,
    projectTypes: programmes.projectTypes,
    sdgs: programmes.sdgs,
    countries: programmes.countries,
    keyFigures: programmes.keyFigures,
    status: programmes.status,
    startDate: programmes.startDate,
    endDate: programmes.endDate,
    outcomes: programmes.outcomes,
    orgs: subquery<Organisation[]>`(select coalesce(json_agg(json_build_object('role', po.role, 'name', o.name,
          'shortName', o.short_name, 'website', o.website) order by o.name), '[]'::json)
        from ${programmeOrganisations} po join ${organisations} o on o.id = po.organisation_id
        where po.programme_id = ${programmes.id})`,
    // Unpublished editions (a copy being prepared) stay with the staff.
    editions: subquery<Edition[]>`(select coalesce(json_agg(json_build_object('id', c.id, 'title', c.title,
          'year', c.year, 'startDate', c.start_date, 'endDate', c.end_date, 'timeZone', c.time_zone,
          'format', c.format, 'location', c.location, 'status', c.status, 'statusReason', c.status_reason,
          'translations', c.translations)
          order by c.year desc, c.start_date desc nulls first), '[]'::json)
        from ${cohorts} c where c.programme_id = ${programmes.id} and c.is_published)`,
    goals: subquery<{ code: string; title: string }[]>`(select coalesce(json_agg(json_build_object('code', g.code,
          'title', g.title) order by g.position), '[]'::json)
        from ${programmeAgendaGoals} pg join ${agendaGoals} g on g.id = pg.goal_id where pg.programme_id = ${programmes.id})`,
    strategies: subquery<{ code: string; title: string }[]>`(select coalesce(json_agg(json_build_object('code', st.code,
          'title', st.title) order by st.code), '[]'::json)
        from ${programmeAgendaStrategies} ps join ${agendaStrategies} st on st.id = ps.strategy_id
        where ps.programme_id = ${programmes.id})`,
    figures: keptFigures,
  };
  const [row] = await db
    .select({ ...columns, ...extra?.(outer) } as typeof columns)
    .from(programmes)
    .where(and(eq(programmes.slug, slug), inArray(programmes.status, ["published", "archived"])))
    .limit(1);
  if (!row) return null;
  const {
    orgs,
    editions,
    goals,
    strategies,
    figures: kept,
    ...programme
  } = row as typeof row & {
    [K in keyof E]: E[K] extends SQL<infer T> ? T : never;
  };
  await storeCounted(db, [kept.counted]);
  const { enrolled: figures, ...other } = kept.data;
  const byRole = (role: OrganisationRole) => orgs.filter((o) => o.role === role);
  const countries = programme.countries.length ? programme.countries : figures.nationalities;
  return {
    ...programme,
    countries: [...countries].sort(),
    hosts: byRole("host"),
    partners: byRole("partner"),
    localPartners: byRole("local_partner"),
    donors: byRole("donor"),
    implementing: byRole("implementing"),
    cohorts: editions,
    agendaGoals: goals,
    agendaStrategies: strategies,
    enrolled: { participants: figures.participants, countries: figures.countries },
    ...(other as Omit<typeof kept.data, "enrolled">),
  };
}
