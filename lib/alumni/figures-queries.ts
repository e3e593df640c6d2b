import "server-only";
import { and, asc, countDistinct, desc, eq, min, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { subquery } from "@/db/subquery";
import { cohorts, enrolments, profiles, programmes } from "@/db/schema";

/**
 * Aggregates only: how many alumni, from how many countries, since when. Countries are nationalities
 * from the account profile, counted, never listed per person; no one's location is shown.
 */
export type NetworkFigures = { alumni: number; countries: number; since: number | null };

const completed = eq(enrolments.status, "completed");

/**
 * "N alumni from M countries since Y" as one json column, for the whole network (null) or one programme (its id,
 * a value or the outer query's column): a page may read it in the statement that reads the programme.
 */
export function networkFiguresSql(programmeId: SQL | null): SQL<NetworkFigures> {
  const scope = programmeId ? sql` and ${cohorts.programmeId} = ${programmeId}` : sql``;
  return subquery<NetworkFigures>`(select json_build_object('alumni', count(distinct ${enrolments.userId}),
      'countries', count(distinct ${profiles.nationality}), 'since', min(${cohorts.year}))
    from ${enrolments} join ${cohorts} on ${cohorts.id} = ${enrolments.cohortId}
      left join ${profiles} on ${profiles.userId} = ${enrolments.userId}
    where ${completed}${scope})`;
}

/** "N alumni from M countries since Y", for the whole network or one programme. */
export async function getNetworkFigures(db: Executor, scope: { programmeId: string } | "all"): Promise<NetworkFigures> {
  const [row] = await db
    .select({ figures: networkFiguresSql(scope === "all" ? null : sql`${scope.programmeId}::uuid`) })
    .from(sql`(values (1)) as one (x)`);
  return row!.figures;
}

/** The same figures per programme that has alumni, for the network page. */
export async function listProgrammeFigures(db: Executor) {
  return db
    .select({
      slug: programmes.slug,
      title: programmes.title,
      alumni: countDistinct(enrolments.userId),
      countries: countDistinct(profiles.nationality),
      since: min(cohorts.year),
    })
    .from(enrolments)
    .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .leftJoin(profiles, eq(profiles.userId, enrolments.userId))
    .where(and(completed, sql`${programmes.status} in ('published', 'archived')`))
    .groupBy(programmes.slug, programmes.title)
    .orderBy(desc(countDistinct(enrolments.userId)), asc(programmes.title));
}

/** Alumni per country (nationality), for the map; a person without a recorded nationality is not counted here. */
export async function countAlumniByCountry(db: Executor): Promise<{ country: string; alumni: number }[]> {
  const rows = await db
    .select({ country: profiles.nationality, alumni: countDistinct(enrolments.userId) })
    .from(enrolments)
    .innerJoin(profiles, eq(profiles.userId, enrolments.userId))
    .where(and(completed, sql`${profiles.nationality} is not null`))
    .groupBy(profiles.nationality)
    .orderBy(desc(countDistinct(enrolments.userId)), asc(profiles.nationality));
  return rows.flatMap((r) => (r.country ? [{ country: r.country, alumni: r.alumni }] : []));
}
