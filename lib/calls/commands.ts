import { and, count, eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database } from "@/db/client";
import {
  applications,
  callTracks,
  calls,
  cohorts,
  programmes,
  tracks,
  type CallEligibility,
  type CallForm,
  type FormQuestion,
} from "@/db/schema";
import { changedFields, writeAudit } from "@/lib/audit/commands";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, forbidden, notFound, stale } from "@/lib/errors";
import { reconcileFormChange } from "./form-compat";
import type { callSettingsSchema, saveCallFormSchema, saveCallTranslationsSchema } from "./schemas";
import { callTexts, splitCallFields } from "./translations";
import { mergeTranslations, unknownFields } from "@/lib/i18n/content";
import { localToInstant } from "@/lib/time";

type Settings = z.output<typeof callSettingsSchema>;

/** Eligibility as stored; a criterion keeps its id while its wording stays, so confirmations already given still count. */
const staleCall = () =>
  stale("Someone else changed this call since you opened it. Reload to see their changes, then try again.");

function eligibilityOf(input: Settings, previous: CallEligibility = {}): CallEligibility {
  const rule = (r: Settings["nationality"]) =>
    r.countries.length + r.regions.length + r.groups.length
      ? { countries: r.countries, regions: r.regions, groups: r.groups }
      : undefined;
  const known = new Map((previous.criteria ?? []).map((c) => [c.label, c.id]));
  const taken = new Set(known.values());
  let next = 1;
  const freshId = () => {
    while (taken.has(`c${next}`)) next++;
    taken.add(`c${next}`);
    return `c${next}`;
  };
  const criteria = input.criteria.map((label) => ({ id: known.get(label) ?? freshId(), label }));
  return {
    nationality: rule(input.nationality),
    residence: rule(input.residence),
    ...(criteria.length ? { criteria } : {}),
  };
}

async function cohortOf(db: Database, cohortId: string) {
  const [cohort] = await db
    .select({ id: cohorts.id, programmeId: cohorts.programmeId, timeZone: cohorts.timeZone })
    .from(cohorts)
    .where(eq(cohorts.id, cohortId));
  if (!cohort) throw notFound("That edition does not exist.");
  return cohort;
}

function times(input: Settings, timeZone: string) {
  const opensAt = localToInstant(input.opensAt, timeZone);
  const closesAt = localToInstant(input.closesAt, timeZone);
  if (!opensAt || !closesAt)
    throw new DomainError("validation", "Enter the opening and closing times.", {
      opensAt: ["Enter a date and time."],
    });
  if (closesAt <= opensAt)
    throw new DomainError("validation", "The call must close after it opens.", {
      closesAt: ["The call must close after it opens."],
    });
  return { opensAt, closesAt };
}

async function assertTracksOfCohort(
  tx: Parameters<Parameters<Database["transaction"]>[0]>[0],
  cohortId: string,
  trackIds: string[],
) {
  if (!trackIds.length) return;
  const found = await tx
    .select({ id: tracks.id })
    .from(tracks)
    .where(and(eq(tracks.cohortId, cohortId), inArray(tracks.id, trackIds)));
  if (found.length !== new Set(trackIds).size)
    throw new DomainError("validation", "Choose sections of this edition.", {
      trackIds: ["Choose sections of this edition."],
    });
}

/** Opens a new call for a cohort (as a draft or open), with its settings; the form starts with one empty page. */
export async function createCall(db: Database, actor: Actor | null, input: Settings) {
  const cohort = await cohortOf(db, input.cohortId);
  if (!can(actor, "call.manage", { programmeId: cohort.programmeId })) throw forbidden();
  const { opensAt, closesAt } = times(input, cohort.timeZone);
  return db.transaction(async (tx) => {
    await assertTracksOfCohort(tx, cohort.id, input.trackIds);
    const [call] = await tx
      .insert(calls)
      .values({
        cohortId: cohort.id,
        title: input.title,
        description: input.description,
        status: input.status,
        opensAt,
        closesAt,
        eligibility: eligibilityOf(input),
        confirmationMessage: input.confirmationMessage,
        nominationOnly: input.nominationOnly,
        allowEditAfterSubmit: input.allowEditAfterSubmit,
      })
      .returning({ id: calls.id });
    if (input.trackIds.length)
      await tx
        .insert(callTracks)
        .values([...new Set(input.trackIds)].map((trackId) => ({ callId: call!.id, trackId })));
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "call.create",
      entityType: "call",
      entityId: call!.id,
      data: { title: input.title, status: input.status },
    });
    return { callId: call!.id };
  });
}

/** Changes a call's settings, guarded by version. Tracks that applicants already ranked stay offered. */
export async function updateCallSettings(db: Database, actor: Actor | null, input: Settings) {
  if (!input.callId) throw notFound("That call does not exist.");
  const [current] = await db
    .select({
      cohortId: calls.cohortId,
      eligibility: calls.eligibility,
      title: calls.title,
      status: calls.status,
      opensAt: calls.opensAt,
      closesAt: calls.closesAt,
      nominationOnly: calls.nominationOnly,
      allowEditAfterSubmit: calls.allowEditAfterSubmit,
    })
    .from(calls)
    .where(eq(calls.id, input.callId));
  if (!current) throw notFound("That call does not exist.");
  const cohort = await cohortOf(db, current.cohortId);
  if (!can(actor, "call.manage", { programmeId: cohort.programmeId })) throw forbidden();
  const { opensAt, closesAt } = times(input, cohort.timeZone);
  const callId = input.callId;
  return db.transaction(async (tx) => {
    await assertTracksOfCohort(tx, cohort.id, input.trackIds);
    const [row] = await tx
      .update(calls)
      .set({
        title: input.title,
        description: input.description,
        status: input.status,
        opensAt,
        closesAt,
        eligibility: eligibilityOf(input, current.eligibility),
        confirmationMessage: input.confirmationMessage,
        nominationOnly: input.nominationOnly,
        allowEditAfterSubmit: input.allowEditAfterSubmit,
        version: sql`${calls.version} + 1`,
      })
      .where(and(eq(calls.id, callId), eq(calls.version, input.version)))
      .returning({ version: calls.version });
    if (!row) throw staleCall();
    const ranked = await tx
      .select({ trackId: sql<string>`unnest(${applications.trackPreferences})` })
      .from(applications)
      .where(eq(applications.callId, callId));
    const keep = new Set([...input.trackIds, ...ranked.map((r) => r.trackId)]);
    await tx.delete(callTracks).where(eq(callTracks.callId, callId));
    if (keep.size) await tx.insert(callTracks).values([...keep].map((trackId) => ({ callId, trackId })));
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "call.update",
      entityType: "call",
      entityId: callId,
      data: { status: input.status, opensAt, closesAt },
      // The settings people argue about later, as they were and as they became.
      ...changedFields(
        {
          title: current.title,
          status: current.status,
          opensAt: current.opensAt.toISOString(),
          closesAt: current.closesAt.toISOString(),
          nominationOnly: current.nominationOnly,
          allowEditAfterSubmit: current.allowEditAfterSubmit,
          eligibility: current.eligibility,
        },
        {
          title: input.title,
          status: input.status,
          opensAt: opensAt.toISOString(),
          closesAt: closesAt.toISOString(),
          nominationOnly: input.nominationOnly,
          allowEditAfterSubmit: input.allowEditAfterSubmit,
          eligibility: eligibilityOf(input, current.eligibility),
        },
      ),
    });
    return { version: row.version };
  });
}

/**
 * Saves the form built in the form builder. Once applications exist, a question is never dropped
 * (removing it hides it), nor changes type, nor loses a choice answers may hold.
 */
export async function saveCallForm(db: Database, actor: Actor | null, input: z.output<typeof saveCallFormSchema>) {
  const [call] = await db
    .select({ id: calls.id, form: calls.form, programmeId: cohorts.programmeId })
    .from(calls)
    .innerJoin(cohorts, eq(cohorts.id, calls.cohortId))
    .where(eq(calls.id, input.callId));
  if (!call) throw notFound("That call does not exist.");
  if (!can(actor, "call.manage", { programmeId: call.programmeId })) throw forbidden();
  return db.transaction(async (tx) => {
    const [{ n } = { n: 0 }] = await tx
      .select({ n: count() })
      .from(applications)
      .where(eq(applications.callId, call.id));
    const { form: reconciled, errors } = reconcileFormChange(call.form, input.form, n > 0);
    if (errors.length) throw new DomainError("conflict", errors.join(" "));
    // The builder does not carry translations (the translations page writes them): a question keeps its own.
    const translationsOf = new Map(call.form.questions.map((q) => [q.id, q.translations]));
    const form: CallForm = {
      ...reconciled,
      questions: reconciled.questions.map(({ translations: _sent, ...q }: FormQuestion) => {
        const kept = translationsOf.get(q.id);
        return kept ? { ...q, translations: kept } : q;
      }),
    };
    const [row] = await tx
      .update(calls)
      .set({ form, version: sql`${calls.version} + 1` })
      .where(and(eq(calls.id, call.id), eq(calls.version, input.version)))
      .returning({ version: calls.version });
    if (!row) throw staleCall();
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "call.saveForm",
      entityType: "call",
      entityId: call.id,
      data: { questions: form.questions.length, hidden: form.questions.filter((q) => q.hidden).length },
    });
    return { version: row.version, form };
  });
}

/**
 * Writes one language's translations of a call's title, description, confirmation message, eligibility criteria,
 * page titles and its questions' labels, help and options (blank clears one). A field the call does not have is refused, as is the programme's
 * main language and a stale version.
 */
export async function saveCallTranslations(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof saveCallTranslationsSchema>,
): Promise<{ version: number }> {
  return db.transaction(async (tx) => {
    const [call] = await tx
      .select({
        id: calls.id,
        title: calls.title,
        description: calls.description,
        confirmationMessage: calls.confirmationMessage,
        form: calls.form,
        eligibility: calls.eligibility,
        translations: calls.translations,
        programmeId: cohorts.programmeId,
        mainLanguage: programmes.mainLanguage,
      })
      .from(calls)
      .innerJoin(cohorts, eq(cohorts.id, calls.cohortId))
      .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
      .where(eq(calls.id, input.callId));
    if (!call) throw notFound("That call does not exist.");
    if (!can(actor, "call.manage", { programmeId: call.programmeId })) throw forbidden();
    if (call.mainLanguage === input.language)
      throw new DomainError("validation", "This is the programme's main language: edit the call's own text instead.");
    const unknown = unknownFields(input.fields, Object.keys(callTexts(call)));
    if (unknown.length) throw new DomainError("validation", `This call has no text called "${unknown[0]}".`);
    const { own, questions } = splitCallFields(input.fields);
    const form = {
      ...call.form,
      questions: call.form.questions.map((q) => {
        const edits = questions.get(q.id);
        if (!edits) return q;
        const translations = mergeTranslations(q.translations, input.language, edits);
        const { translations: _old, ...rest } = q;
        return Object.keys(translations).length ? { ...rest, translations } : rest;
      }),
    };
    const [row] = await tx
      .update(calls)
      .set({
        translations: mergeTranslations(call.translations, input.language, own),
        form,
        version: sql`${calls.version} + 1`,
      })
      .where(and(eq(calls.id, call.id), eq(calls.version, input.version)))
      .returning({ version: calls.version });
    if (!row) throw staleCall();
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "call.translate",
      entityType: "call",
      entityId: call.id,
      data: { language: input.language, fields: Object.keys(input.fields).length },
    });
    return { version: row.version };
  });
}
