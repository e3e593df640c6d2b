import { randomUUID } from "node:crypto";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database, Executor } from "@/db/client";
import {
  cohortPhases,
  cohorts,
  enrolments,
  organisations,
  programmes,
  sessionTracks,
  sessions,
  trackPartners,
  tracks,
} from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, notFound } from "@/lib/errors";
import { assertInScope, cohortScope, trackScope } from "@/lib/auth/scope";
import { shiftEdition } from "@/lib/timetable/copy";
import { daysBetween, toWallTime } from "@/lib/time";
import type {
  copyCohortSchema,
  createCohortSchema,
  createTrackSchema,
  deleteTrackSchema,
  saveCohortTranslationsSchema,
  updateCohortSchema,
  updateTrackSchema,
} from "./schemas";
import { COHORT_TRANSLATED_FIELDS } from "./schemas";
import { mergeTranslations, unknownFields } from "@/lib/i18n/content";
import { now } from "@/lib/time/clock";

const invalid = (fieldErrors: Record<string, string[]>) =>
  new DomainError("validation", "Please correct the highlighted fields.", fieldErrors);

/** Throws unless the actor may manage editions of the programme the row really belongs to. */
export async function requireCohortManager(
  db: Executor,
  actor: Actor | null,
  cohortId: string,
): Promise<{ actor: Actor; programmeId: string }> {
  const scope = await cohortScope(db, cohortId);
  assertInScope(actor, "cohort.manage", scope, "That edition does not exist.");
  return { actor, programmeId: scope.programmeId! };
}

async function writePhases(tx: Executor, cohortId: string, phases: z.output<typeof createCohortSchema>["phases"]) {
  await tx.delete(cohortPhases).where(eq(cohortPhases.cohortId, cohortId));
  if (phases.length) await tx.insert(cohortPhases).values(phases.map((p, i) => ({ ...p, cohortId, position: i + 1 })));
}

export async function createCohort(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof createCohortSchema>,
): Promise<{ cohortId: string }> {
  assertInScope(actor, "cohort.manage", { programmeId: input.programmeId }, "That programme does not exist.");
  if (input.status === "postponed" || input.status === "cancelled")
    throw invalid({ status: ["A new edition starts as planned, open, running or completed."] });
  return db.transaction(async (tx) => {
    const [programme] = await tx
      .select({ id: programmes.id })
      .from(programmes)
      .where(eq(programmes.id, input.programmeId));
    if (!programme) throw notFound("That programme does not exist.");
    const { phases, ...fields } = input;
    const [row] = await tx.insert(cohorts).values(fields).returning({ id: cohorts.id });
    await writePhases(tx, row!.id, phases);
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "cohort.create",
      entityType: "cohort",
      entityId: row!.id,
      data: { programmeId: input.programmeId },
    });
    return { cohortId: row!.id };
  });
}

export async function updateCohort(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof updateCohortSchema>,
): Promise<{ version: number }> {
  await requireCohortManager(db, actor, input.cohortId);
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ status: cohorts.status }).from(cohorts).where(eq(cohorts.id, input.cohortId));
    if (!current) throw notFound("That edition does not exist.");
    // Postponing and cancelling tell people by email, so they have their own form.
    if (input.status !== current.status && (input.status === "postponed" || input.status === "cancelled")) {
      throw invalid({
        status: ["Use “Postpone or cancel” below: it records the reason and tells everyone concerned."],
      });
    }
    const { cohortId, version, phases, ...fields } = input;
    const updated = await tx
      .update(cohorts)
      .set({
        ...fields,
        statusReason: input.status === "postponed" || input.status === "cancelled" ? undefined : null,
        version: sql`${cohorts.version} + 1`,
        updatedAt: now(),
      })
      .where(and(eq(cohorts.id, cohortId), eq(cohorts.version, version)))
      .returning({ version: cohorts.version });
    if (updated.length === 0)
      throw new DomainError("stale", "Someone else changed this edition since you opened it. Reload and try again.");
    await writePhases(tx, cohortId, phases);
    await writeAudit(tx, { actorId: actor!.userId, action: "cohort.update", entityType: "cohort", entityId: cohortId });
    return { version: updated[0]!.version };
  });
}

/**
 * Writes one language's translations of an edition's title and location (blank clears one), under the version
 * the editor opened; refuses a stale version, a field an edition does not have, and the programme's main
 * language (its text is the edition's own columns).
 */
export async function saveCohortTranslations(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof saveCohortTranslationsSchema>,
): Promise<{ version: number }> {
  await requireCohortManager(db, actor, input.cohortId);
  const unknown = unknownFields(input.fields, COHORT_TRANSLATED_FIELDS);
  if (unknown.length) throw new DomainError("validation", `An edition has no field called "${unknown[0]}".`);
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ mainLanguage: programmes.mainLanguage, translations: cohorts.translations })
      .from(cohorts)
      .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
      .where(eq(cohorts.id, input.cohortId));
    if (!current) throw notFound("That edition does not exist.");
    if (current.mainLanguage === input.language)
      throw new DomainError("validation", "This is the programme's main language: edit the edition's own text.");
    const translations = mergeTranslations(current.translations, input.language, input.fields);
    const updated = await tx
      .update(cohorts)
      .set({ translations, version: sql`${cohorts.version} + 1`, updatedAt: now() })
      .where(and(eq(cohorts.id, input.cohortId), eq(cohorts.version, input.version)))
      .returning({ version: cohorts.version });
    if (updated.length === 0)
      throw new DomainError("stale", "Someone else changed this edition since you opened it. Reload and try again.");
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "cohort.translate",
      entityType: "cohort",
      entityId: input.cohortId,
      data: { language: input.language, fields: Object.keys(input.fields) },
    });
    return { version: updated[0]!.version };
  });
}

/** Makes exactly `organisationIds` the track's partners; every one must be in the directory. */
async function writePartners(tx: Executor, trackId: string, organisationIds: readonly string[]) {
  if (organisationIds.length) {
    const found = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(inArray(organisations.id, [...organisationIds]));
    if (found.length !== organisationIds.length)
      throw invalid({ partnerOrganisationIds: ["Choose partner organisations from the directory."] });
  }
  await tx.delete(trackPartners).where(eq(trackPartners.trackId, trackId));
  if (organisationIds.length)
    await tx.insert(trackPartners).values(organisationIds.map((organisationId) => ({ trackId, organisationId })));
}

export async function createTrack(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof createTrackSchema>,
): Promise<{ trackId: string }> {
  await requireCohortManager(db, actor, input.cohortId);
  return db.transaction(async (tx) => {
    const { partnerOrganisationIds, ...fields } = input;
    const [position] = await tx
      .select({ n: sql<number>`coalesce(max(${tracks.position}), 0)::int` })
      .from(tracks)
      .where(eq(tracks.cohortId, input.cohortId));
    const [row] = await tx
      .insert(tracks)
      .values({ ...fields, position: (position?.n ?? 0) + 1 })
      .returning({ id: tracks.id });
    await writePartners(tx, row!.id, partnerOrganisationIds);
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "track.create",
      entityType: "track",
      entityId: row!.id,
      data: { cohortId: input.cohortId, partnerOrganisationIds },
    });
    return { trackId: row!.id };
  });
}

export async function updateTrack(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof updateTrackSchema>,
): Promise<{ trackId: string }> {
  assertInScope(actor, "cohort.manage", await trackScope(db, input.trackId), "That track does not exist.");
  return db.transaction(async (tx) => {
    const { trackId, partnerOrganisationIds, ...fields } = input;
    await tx.update(tracks).set(fields).where(eq(tracks.id, trackId));
    await writePartners(tx, trackId, partnerOrganisationIds);
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "track.update",
      entityType: "track",
      entityId: trackId,
      data: { partnerOrganisationIds },
    });
    return { trackId };
  });
}

export async function deleteTrack(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof deleteTrackSchema>,
): Promise<{ deleted: boolean }> {
  assertInScope(actor, "cohort.manage", await trackScope(db, input.trackId), "That track does not exist.");
  return db.transaction(async (tx) => {
    // Deleting a track would silently turn its sessions into whole-edition ones and unplace its people.
    const [[linked], [placed]] = await Promise.all([
      tx.select({ n: count() }).from(sessionTracks).where(eq(sessionTracks.trackId, input.trackId)),
      tx.select({ n: count() }).from(enrolments).where(eq(enrolments.trackId, input.trackId)),
    ]);
    if ((linked?.n ?? 0) > 0 || (placed?.n ?? 0) > 0) {
      throw new DomainError(
        "conflict",
        `This track still has ${linked?.n ?? 0} session(s) and ${placed?.n ?? 0} participant(s). Move or remove them first.`,
      );
    }
    await tx.delete(tracks).where(eq(tracks.id, input.trackId));
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "track.delete",
      entityType: "track",
      entityId: input.trackId,
    });
    return { deleted: true };
  });
}

/** The first day the edition has anything on: its start date, else its first phase or session. */
export async function anchorDate(
  tx: Executor,
  cohort: { id: string; startDate: string | null; timeZone: string },
): Promise<string | null> {
  if (cohort.startDate) return cohort.startDate;
  const [phase] = await tx
    .select({ d: cohortPhases.startDate })
    .from(cohortPhases)
    .where(eq(cohortPhases.cohortId, cohort.id))
    .orderBy(asc(cohortPhases.startDate))
    .limit(1);
  if (phase) return phase.d;
  const [session] = await tx
    .select({ at: sessions.startsAt })
    .from(sessions)
    .where(eq(sessions.cohortId, cohort.id))
    .orderBy(asc(sessions.startsAt))
    .limit(1);
  return session ? toWallTime(session.at, cohort.timeZone).date : null;
}

/**
 * Copies an edition with its phases, tracks and sessions to a new start date: every date moves by the
 * same number of days and every session keeps its wall-clock time in the cohort's zone. The copy is a
 * planned, unpublished draft, so nothing reaches the public before staff look at it.
 */
export async function copyCohort(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof copyCohortSchema>,
): Promise<{ cohortId: string; offsetDays: number }> {
  await requireCohortManager(db, actor, input.cohortId);
  return db.transaction(async (tx) => {
    const [source] = await tx.select().from(cohorts).where(eq(cohorts.id, input.cohortId));
    if (!source) throw notFound("That edition does not exist.");
    const anchor = await anchorDate(tx, source);
    if (!anchor) throw invalid({ startDate: ["The edition has no dates, phases or sessions to copy from."] });
    const offsetDays = daysBetween(anchor, input.startDate);

    const [phaseRows, trackRows, partnerRows, sessionRows, links] = await Promise.all([
      tx.select().from(cohortPhases).where(eq(cohortPhases.cohortId, source.id)),
      tx.select().from(tracks).where(eq(tracks.cohortId, source.id)),
      tx
        .select({ trackId: trackPartners.trackId, organisationId: trackPartners.organisationId })
        .from(trackPartners)
        .innerJoin(tracks, eq(tracks.id, trackPartners.trackId))
        .where(eq(tracks.cohortId, source.id)),
      tx.select().from(sessions).where(eq(sessions.cohortId, source.id)),
      tx
        .select({ sessionId: sessionTracks.sessionId, trackId: sessionTracks.trackId })
        .from(sessionTracks)
        .innerJoin(sessions, eq(sessions.id, sessionTracks.sessionId))
        .where(eq(sessions.cohortId, source.id)),
    ]);
    const shifted = shiftEdition(
      {
        startDate: source.startDate,
        endDate: source.endDate,
        timeZone: source.timeZone,
        phases: phaseRows,
        sessions: sessionRows,
      },
      offsetDays,
    );

    const [copy] = await tx
      .insert(cohorts)
      .values({
        programmeId: source.programmeId,
        title: input.title,
        year: input.year,
        startDate: shifted.startDate,
        endDate: shifted.endDate,
        timeZone: source.timeZone,
        format: source.format,
        location: source.location,
        capacity: source.capacity,
        status: "planned",
        isPublished: false,
      })
      .returning({ id: cohorts.id });
    const cohortId = copy!.id;
    if (shifted.phases.length)
      await tx.insert(cohortPhases).values(shifted.phases.map(({ id: _id, ...p }) => ({ ...p, cohortId })));

    // Ids are made here so each copy is paired with its source without relying on RETURNING's order.
    const trackIds = new Map(trackRows.map((t) => [t.id, randomUUID()]));
    if (trackRows.length)
      await tx.insert(tracks).values(trackRows.map((t) => ({ ...t, id: trackIds.get(t.id)!, cohortId })));
    if (partnerRows.length)
      await tx.insert(trackPartners).values(partnerRows.map((p) => ({ ...p, trackId: trackIds.get(p.trackId)! })));
    const sessionIds = new Map(shifted.sessions.map((s) => [s.id, randomUUID()]));
    if (shifted.sessions.length) {
      await tx.insert(sessions).values(
        shifted.sessions.map(({ version: _v, ...s }) => ({
          ...s,
          id: sessionIds.get(s.id)!,
          cohortId,
          status: "scheduled" as const,
          statusReason: null,
        })),
      );
    }
    const newLinks = links
      .map((l) => ({ sessionId: sessionIds.get(l.sessionId)!, trackId: trackIds.get(l.trackId)! }))
      .filter((l) => l.sessionId && l.trackId);
    if (newLinks.length) await tx.insert(sessionTracks).values(newLinks);
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "cohort.copy",
      entityType: "cohort",
      entityId: cohortId,
      data: { from: source.id, offsetDays },
    });
    return { cohortId, offsetDays };
  });
}
