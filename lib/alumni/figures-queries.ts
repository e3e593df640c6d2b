import "server-only";
import { and, asc, countDistinct, desc, eq, min, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { cohorts, enrolments, profiles, programmes } from "@/db/schema";

/**
 * Aggregates only: how many alumni, from how many countries, since when. Countries are nationalities
 * from the account profile, counted, never listed per person; no one's location is shown.
 */
export type NetworkFigures = { alumni: number; countries: number; since: number | null };

const completed = eq(enrolments.status, "completed");

/** "N alumni from M countries since Y", for the whole network or one programme. */
export async function getNetworkFigures(db: Executor, scope: { programmeId: string } | "all"): Promise<NetworkFigures> {
  const [row] = await db
    .select({
      alumni: countDistinct(enrolments.userId),
      countries: countDistinct(profiles.nationality),
      since: min(cohorts.year),
    })
    .from(enrolments)
    .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
    .leftJoin(profiles, eq(profiles.userId, enrolments.userId))
    .where(scope === "all" ? completed : and(completed, eq(cohorts.programmeId, scope.programmeId)));
  return { alumni: row?.alumni ?? 0, countries: row?.countries ?? 0, since: row?.since ?? null };
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
