import { and, eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database, Executor } from "@/db/client";
import {
  agendaGoals,
  agendaStrategies,
  organisations,
  programmeAgendaGoals,
  programmeAgendaStrategies,
  programmeOrganisations,
  programmes,
} from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, forbidden, isUniqueViolation, notFound } from "@/lib/errors";
import type {
  createProgrammeSchema,
  linkOrganisationSchema,
  saveProgrammeTranslationsSchema,
  setProgrammeMainLanguageSchema,
  setProgrammeStatusSchema,
  updateProgrammeSchema,
} from "./schemas";
import { PROGRAMME_TRANSLATED_FIELDS } from "./schemas";
import { mergeTranslations, unknownFields } from "@/lib/i18n/content";
import { now } from "@/lib/time/clock";

type ProgrammeInput = z.output<typeof createProgrammeSchema>;

/** "Cultural Partnership Initiative (CPI)" -> "cultural-partnership-initiative-cpi". */
function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return slug || "programme";
}

async function checkAgenda(tx: Executor, input: ProgrammeInput) {
  const [goals, strategies] = await Promise.all([
    input.agendaGoalIds.length
      ? tx.select({ id: agendaGoals.id }).from(agendaGoals).where(inArray(agendaGoals.id, input.agendaGoalIds))
      : [],
    input.agendaStrategyIds.length
      ? tx
          .select({ id: agendaStrategies.id })
          .from(agendaStrategies)
          .where(inArray(agendaStrategies.id, input.agendaStrategyIds))
      : [],
  ]);
  const errors: Record<string, string[]> = {};
  if (goals.length !== new Set(input.agendaGoalIds).size)
    errors.agendaGoalIds = ["Choose Seoul Agenda goals from the list."];
  if (strategies.length !== new Set(input.agendaStrategyIds).size)
    errors.agendaStrategyIds = ["Choose Seoul Agenda strategies from the list."];
  if (Object.keys(errors).length) throw new DomainError("validation", "Please correct the highlighted fields.", errors);
}

async function writeAgenda(tx: Executor, programmeId: string, input: ProgrammeInput) {
  await tx.delete(programmeAgendaGoals).where(eq(programmeAgendaGoals.programmeId, programmeId));
  await tx.delete(programmeAgendaStrategies).where(eq(programmeAgendaStrategies.programmeId, programmeId));
  const goals = [...new Set(input.agendaGoalIds)];
  const strategies = [...new Set(input.agendaStrategyIds)];
  if (goals.length) await tx.insert(programmeAgendaGoals).values(goals.map((goalId) => ({ programmeId, goalId })));
  if (strategies.length)
    await tx.insert(programmeAgendaStrategies).values(strategies.map((strategyId) => ({ programmeId, strategyId })));
}

function columns(input: ProgrammeInput) {
  return {
    title: input.title,
    summary: input.summary,
    description: input.description,
    outcomes: input.outcomes,
    themes: input.themes,
    projectTypes: input.projectTypes,
    countries: input.countries,
    sdgs: [...new Set(input.sdgs)].sort((a, b) => a - b),
    keyFigures: input.keyFigures,
    startDate: input.startDate,
    endDate: input.endDate,
  };
}

const slugTaken = () =>
  new DomainError("conflict", "Please correct the highlighted fields.", {
    slug: ["Another programme already uses this web address."],
  });

/** A new programme, as a draft: nothing is public until someone publishes it. */
export async function createProgramme(
  db: Database,
  actor: Actor | null,
  input: ProgrammeInput,
): Promise<{ programmeId: string; slug: string }> {
  if (!can(actor, "programme.create")) throw forbidden();
  const slug = input.slug || slugify(input.title);
  try {
    return await db.transaction(async (tx) => {
      await checkAgenda(tx, input);
      const [row] = await tx
        .insert(programmes)
        .values({ ...columns(input), slug, status: "draft" })
        .returning({ id: programmes.id });
      await writeAgenda(tx, row!.id, input);
      await writeAudit(tx, {
        actorId: actor!.userId,
        action: "programme.create",
        entityType: "programme",
        entityId: row!.id,
        data: { slug },
      });
      return { programmeId: row!.id, slug };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken();
    throw error;
  }
}

export async function updateProgramme(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof updateProgrammeSchema>,
): Promise<{ version: number; slug: string }> {
  if (!can(actor, "programme.update", { programmeId: input.programmeId })) throw forbidden();
  try {
    return await db.transaction(async (tx) => {
      await checkAgenda(tx, input);
      const [current] = await tx
        .select({ slug: programmes.slug })
        .from(programmes)
        .where(eq(programmes.id, input.programmeId));
      if (!current) throw notFound("That programme does not exist.");
      const slug = input.slug || current.slug;
      const updated = await tx
        .update(programmes)
        .set({ ...columns(input), slug, version: sql`${programmes.version} + 1`, updatedAt: now() })
        .where(and(eq(programmes.id, input.programmeId), eq(programmes.version, input.version)))
        .returning({ version: programmes.version });
      if (updated.length === 0) throw staleProgramme();
      await writeAgenda(tx, input.programmeId, input);
      await writeAudit(tx, {
        actorId: actor!.userId,
        action: "programme.update",
        entityType: "programme",
        entityId: input.programmeId,
      });
      return { version: updated[0]!.version, slug };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken();
    throw error;
  }
}

const staleProgramme = () =>
  new DomainError("stale", "Someone else changed this programme since you opened it. Reload and try again.");

/**
 * Writes `set` to a programme opened at `version`, moving its version on, and returns the new one; a programme
 * that is gone is a 404, one changed since is stale.
 */
async function updateAtVersion(
  tx: Executor,
  programmeId: string,
  version: number,
  set: Partial<typeof programmes.$inferInsert>,
): Promise<number> {
  const updated = await tx
    .update(programmes)
    .set({ ...set, version: sql`${programmes.version} + 1`, updatedAt: now() })
    .where(and(eq(programmes.id, programmeId), eq(programmes.version, version)))
    .returning({ version: programmes.version });
  if (updated.length) return updated[0]!.version;
  const [exists] = await tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.id, programmeId));
  if (!exists) throw notFound("That programme does not exist.");
  throw staleProgramme();
}

/** Publishes, archives or withdraws a programme; refuses a stale version. */
export async function setProgrammeStatus(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof setProgrammeStatusSchema>,
) {
  if (!can(actor, "programme.publish", { programmeId: input.programmeId })) throw forbidden();
  return db.transaction(async (tx) => {
    const version = await updateAtVersion(tx, input.programmeId, input.version, { status: input.status });
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "programme.setStatus",
      entityType: "programme",
      entityId: input.programmeId,
      data: { status: input.status },
    });
    return { version };
  });
}

/** Links an organisation from the directory to a programme in a role (host, partner, donor…). */
export async function linkOrganisation(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof linkOrganisationSchema>,
): Promise<{ linked: boolean }> {
  if (!can(actor, "programme.update", { programmeId: input.programmeId })) throw forbidden();
  return db.transaction(async (tx) => linkOrganisationIn(tx, actor!, input));
}

/** The link itself, inside the caller's transaction (also used when an organisation is created inline). */
export async function linkOrganisationIn(
  tx: Executor,
  actor: Actor,
  input: z.output<typeof linkOrganisationSchema>,
): Promise<{ linked: boolean }> {
  const [programme] = await tx
    .select({ id: programmes.id })
    .from(programmes)
    .where(eq(programmes.id, input.programmeId));
  if (!programme) throw notFound("That programme does not exist.");
  const [organisation] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, input.organisationId));
  if (!organisation)
    throw new DomainError("validation", "Please correct the highlighted fields.", {
      organisationId: ["Choose an organisation from the directory."],
    });
  const inserted = await tx
    .insert(programmeOrganisations)
    .values(input)
    .onConflictDoNothing()
    .returning({ role: programmeOrganisations.role });
  if (inserted.length === 0)
    throw new DomainError("conflict", "This organisation already has that role in the programme.", {
      organisationId: ["Already linked in this role."],
    });
  await writeAudit(tx, {
    actorId: actor.userId,
    action: "programme.linkOrganisation",
    entityType: "programme",
    entityId: input.programmeId,
    data: { organisationId: input.organisationId, role: input.role },
  });
  return { linked: true };
}

export async function unlinkOrganisation(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof linkOrganisationSchema>,
): Promise<{ unlinked: boolean }> {
  if (!can(actor, "programme.update", { programmeId: input.programmeId })) throw forbidden();
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(programmeOrganisations)
      .where(
        and(
          eq(programmeOrganisations.programmeId, input.programmeId),
          eq(programmeOrganisations.organisationId, input.organisationId),
          eq(programmeOrganisations.role, input.role),
        ),
      )
      .returning({ role: programmeOrganisations.role });
    if (removed.length === 0) throw notFound("That organisation is not linked in this role.");
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "programme.unlinkOrganisation",
      entityType: "programme",
      entityId: input.programmeId,
      data: { organisationId: input.organisationId, role: input.role },
    });
    return { unlinked: true };
  });
}

/**
 * Writes one language's translations of a programme's title, summary and description (blank clears one);
 * refuses a stale version and the main language (its text is the programme's own columns).
 */
export async function saveProgrammeTranslations(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof saveProgrammeTranslationsSchema>,
): Promise<{ version: number }> {
  if (!can(actor, "programme.update", { programmeId: input.programmeId })) throw forbidden();
  const unknown = unknownFields(input.fields, PROGRAMME_TRANSLATED_FIELDS);
  if (unknown.length) throw new DomainError("validation", `A programme has no field called "${unknown[0]}".`);
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ mainLanguage: programmes.mainLanguage, translations: programmes.translations })
      .from(programmes)
      .where(eq(programmes.id, input.programmeId));
    if (!current) throw notFound("That programme does not exist.");
    if (current.mainLanguage === input.language)
      throw new DomainError(
        "validation",
        "This is the programme's main language: edit its text on the programme's page.",
      );
    const translations = mergeTranslations(current.translations, input.language, input.fields);
    const version = await updateAtVersion(tx, input.programmeId, input.version, { translations });
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "programme.translate",
      entityType: "programme",
      entityId: input.programmeId,
      data: { language: input.language, fields: Object.keys(input.fields) },
    });
    return { version };
  });
}

/** Sets the language a programme's own text is written in (what readers fall back to); refuses a stale version. */
export async function setProgrammeMainLanguage(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof setProgrammeMainLanguageSchema>,
): Promise<{ version: number }> {
  if (!can(actor, "programme.update", { programmeId: input.programmeId })) throw forbidden();
  return db.transaction(async (tx) => {
    const version = await updateAtVersion(tx, input.programmeId, input.version, { mainLanguage: input.mainLanguage });
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "programme.setMainLanguage",
      entityType: "programme",
      entityId: input.programmeId,
      data: { mainLanguage: input.mainLanguage },
    });
    return { version };
  });
}
