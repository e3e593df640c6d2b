import "server-only";
import { and, asc, count, desc, eq, ilike, inArray, or, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  agendaGoals,
  agendaStrategies,
  cohorts,
  organisations,
  programmeAgendaGoals,
  programmeAgendaStrategies,
  programmeOrganisations,
  programmes,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { countWhere } from "@/db/subquery";

const ADMIN_PROGRAMMES_PAGE_SIZE = 20;
const NONE = "00000000-0000-0000-0000-000000000000";

/** The programmes an actor manages (all for an administrator), searchable and filtered by status. */
export async function listManagedProgrammes(
  db: Executor,
  actor: Actor,
  options: { q?: string; status?: "draft" | "published" | "archived"; page?: number },
) {
  const page = Math.max(1, options.page ?? 1);
  const managed = actor.roles.filter((r) => r.role === "manager").map((r) => r.programmeId);
  const conditions: (SQL | undefined)[] = [
    actor.isAdmin ? undefined : inArray(programmes.id, managed.length ? managed : [NONE]),
    options.status ? eq(programmes.status, options.status) : undefined,
    options.q ? or(ilike(programmes.title, `%${options.q}%`), ilike(programmes.slug, `%${options.q}%`)) : undefined,
  ];
  const where = and(...conditions);
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: programmes.id,
        slug: programmes.slug,
        title: programmes.title,
        status: programmes.status,
        version: programmes.version,
        cohorts: countWhere(cohorts.programmeId, programmes.id),
      })
      .from(programmes)
      .where(where)
      .orderBy(desc(programmes.updatedAt), asc(programmes.title))
      .limit(ADMIN_PROGRAMMES_PAGE_SIZE)
      .offset((page - 1) * ADMIN_PROGRAMMES_PAGE_SIZE),
    db.select({ n: count() }).from(programmes).where(where),
  ]);
  return { items, total: total?.n ?? 0, page, pageSize: ADMIN_PROGRAMMES_PAGE_SIZE };
}

export async function getAgendaOptions(db: Executor) {
  const [goals, strategies] = await Promise.all([
    db
      .select({ id: agendaGoals.id, code: agendaGoals.code, title: agendaGoals.title })
      .from(agendaGoals)
      .orderBy(asc(agendaGoals.position)),
    db
      .select({ id: agendaStrategies.id, code: agendaStrategies.code, title: agendaStrategies.title })
      .from(agendaStrategies)
      .orderBy(asc(agendaStrategies.code)),
  ]);
  return { goals, strategies };
}

/** The directory as options for pickers: id, name and country only. */
export async function listOrganisationOptions(db: Executor) {
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      shortName: organisations.shortName,
      country: organisations.country,
    })
    .from(organisations)
    .orderBy(asc(organisations.name));
}

/** Everything the programme's admin page shows and edits, in five round trips. */
export async function getProgrammeForEdit(db: Executor, programmeId: string) {
  const [programme] = await db.select().from(programmes).where(eq(programmes.id, programmeId)).limit(1);
  if (!programme) return null;
  const [goals, strategies, orgs, editions] = await Promise.all([
    db
      .select({ id: programmeAgendaGoals.goalId })
      .from(programmeAgendaGoals)
      .where(eq(programmeAgendaGoals.programmeId, programmeId)),
    db
      .select({ id: programmeAgendaStrategies.strategyId })
      .from(programmeAgendaStrategies)
      .where(eq(programmeAgendaStrategies.programmeId, programmeId)),
    db
      .select({
        organisationId: organisations.id,
        name: organisations.name,
        country: organisations.country,
        role: programmeOrganisations.role,
      })
      .from(programmeOrganisations)
      .innerJoin(organisations, eq(organisations.id, programmeOrganisations.organisationId))
      .where(eq(programmeOrganisations.programmeId, programmeId))
      .orderBy(asc(programmeOrganisations.role), asc(organisations.name)),
    db
      .select({
        id: cohorts.id,
        title: cohorts.title,
        year: cohorts.year,
        startDate: cohorts.startDate,
        endDate: cohorts.endDate,
        status: cohorts.status,
        isPublished: cohorts.isPublished,
        timeZone: cohorts.timeZone,
      })
      .from(cohorts)
      .where(eq(cohorts.programmeId, programmeId))
      .orderBy(desc(cohorts.year), desc(cohorts.startDate)),
  ]);
  return {
    programme,
    goalIds: goals.map((g) => g.id),
    strategyIds: strategies.map((s) => s.id),
    organisations: orgs,
    cohorts: editions,
  };
}

/** A programme's texts in its main language and their translations, for the translations page. */
export async function getProgrammeTranslations(db: Executor, programmeId: string) {
  const [programme] = await db
    .select({
      id: programmes.id,
      title: programmes.title,
      summary: programmes.summary,
      description: programmes.description,
      mainLanguage: programmes.mainLanguage,
      translations: programmes.translations,
      version: programmes.version,
    })
    .from(programmes)
    .where(eq(programmes.id, programmeId))
    .limit(1);
  return programme ?? null;
}
