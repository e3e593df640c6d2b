import "server-only";
import { cache } from "react";
import { and, asc, count, countDistinct, desc, eq, ilike, inArray, or, sql } from "drizzle-orm";
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
  const where = q ? and(visible, or(ilike(programmes.title, `%${q}%`), ilike(programmes.summary, `%${q}%`))) : visible;
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: programmes.id,
        slug: programmes.slug,
        title: programmes.title,
        summary: programmes.summary,
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

/**
 * Everything the public programme page shows, in five round trips whatever the programme's size.
 * Cached per request: the page and its metadata ask for the same programme.
 */
export const getPublicProgramme = cache(async (db: Executor, slug: string) => {
  const [programme] = await db
    .select({
      id: programmes.id,
      slug: programmes.slug,
      title: programmes.title,
      summary: programmes.summary,
      description: programmes.description,
      themes: programmes.themes,
      projectTypes: programmes.projectTypes,
      sdgs: programmes.sdgs,
      countries: programmes.countries,
      keyFigures: programmes.keyFigures,
      status: programmes.status,
      startDate: programmes.startDate,
      endDate: programmes.endDate,
      outcomes: programmes.outcomes,
    })
    .from(programmes)
    .where(and(eq(programmes.slug, slug), inArray(programmes.status, ["published", "archived"])))
    .limit(1);
  if (!programme) return null;

  const [orgs, editions, goals, strategies, figures] = await Promise.all([
    db
      .select({
        role: programmeOrganisations.role,
        name: organisations.name,
        shortName: organisations.shortName,
        website: organisations.website,
      })
      .from(programmeOrganisations)
      .innerJoin(organisations, eq(organisations.id, programmeOrganisations.organisationId))
      .where(eq(programmeOrganisations.programmeId, programme.id))
      .orderBy(asc(organisations.name)),
    db
      .select({
        id: cohorts.id,
        title: cohorts.title,
        year: cohorts.year,
        startDate: cohorts.startDate,
        endDate: cohorts.endDate,
        timeZone: cohorts.timeZone,
        format: cohorts.format,
        location: cohorts.location,
        status: cohorts.status,
        statusReason: cohorts.statusReason,
      })
      .from(cohorts)
      // Unpublished editions (a copy being prepared) stay with the staff.
      .where(and(eq(cohorts.programmeId, programme.id), eq(cohorts.isPublished, true)))
      .orderBy(desc(cohorts.year), desc(cohorts.startDate)),
    db
      .select({ code: agendaGoals.code, title: agendaGoals.title })
      .from(programmeAgendaGoals)
      .innerJoin(agendaGoals, eq(agendaGoals.id, programmeAgendaGoals.goalId))
      .where(eq(programmeAgendaGoals.programmeId, programme.id))
      .orderBy(asc(agendaGoals.position)),
    db
      .select({ code: agendaStrategies.code, title: agendaStrategies.title })
      .from(programmeAgendaStrategies)
      .innerJoin(agendaStrategies, eq(agendaStrategies.id, programmeAgendaStrategies.strategyId))
      .where(eq(programmeAgendaStrategies.programmeId, programme.id))
      .orderBy(asc(agendaStrategies.code)),
    // Aggregates only: the public never sees who took part.
    db
      .select({
        participants: count(enrolments.id),
        countries: countDistinct(profiles.nationality),
        nationalities: sql<
          string[]
        >`coalesce(array_agg(distinct ${profiles.nationality}) filter (where ${profiles.nationality} is not null), '{}')`,
      })
      .from(enrolments)
      .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
      .leftJoin(profiles, eq(profiles.userId, enrolments.userId))
      .where(and(eq(cohorts.programmeId, programme.id), inArray(enrolments.status, ["confirmed", "completed"]))),
  ]);

  const byRole = (role: OrganisationRole) => orgs.filter((o) => o.role === role);
  const recorded = figures[0];
  const countries = programme.countries.length ? programme.countries : (recorded?.nationalities ?? []);
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
    enrolled: { participants: recorded?.participants ?? 0, countries: recorded?.countries ?? 0 },
  };
});
