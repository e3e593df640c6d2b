"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { defineAction } from "@/lib/auth";
import type { ActionResult } from "@/lib/auth/action";
import { saveCohortTranslations } from "@/lib/cohorts/commands";
import { saveCohortTranslationsSchema } from "@/lib/cohorts/schemas";
import { fieldsFromForm, translationsFromForm, type VersionedFormState } from "@/lib/i18n/content";
import type { Database } from "@/db/client";
import { announcementScope, cohortScope, sessionScope } from "@/lib/auth/scope";
import { expireOffers, expiryScope, sendOfferReminders } from "@/lib/offers/commands";
import { expireOffersSchema, offerRemindersSchema } from "@/lib/offers/schemas";
import { text, toFormResult, formOf } from "@/lib/auth/form-data";
import { readerLocale } from "@/lib/i18n/reader";
import { announcementSchema, materialLinkSchema, saveAnnouncementTranslationsSchema } from "@/lib/participants/schemas";
import { addMaterialLink, postAnnouncement, saveAnnouncementTranslations } from "@/lib/participants/space-commands";
import { staffCohortSaid as said } from "./action-messages";

const byCohort = (input: { cohortId: string }, db: Database) => cohortScope(db, input.cohortId);

const remind = defineAction({
  permission: "selection.decide",
  schema: offerRemindersSchema,
  scope: byCohort,
  run: ({ db, actor }, input) => sendOfferReminders(db, actor, input),
});
const expire = defineAction({
  permission: "selection.decide",
  schema: expireOffersSchema,
  scope: (input, db) => expiryScope(db, input),
  run: ({ db, actor }, input) => expireOffers(db, actor, input),
});
const announce = defineAction({
  permission: "cohort.manage",
  schema: announcementSchema,
  scope: byCohort,
  run: ({ db, actor }, input) => postAnnouncement(db, actor, input),
});
const translateCohort = defineAction({
  permission: "cohort.manage",
  schema: saveCohortTranslationsSchema,
  scope: byCohort,
  run: ({ db, actor }, input) => saveCohortTranslations(db, actor, input),
});
const translateAnnouncement = defineAction({
  permission: "cohort.manage",
  schema: saveAnnouncementTranslationsSchema,
  scope: (input, db) => announcementScope(db, input.announcementId),
  run: ({ db, actor }, input) => saveAnnouncementTranslations(db, actor, input),
});
const addLink = defineAction({
  permission: "cohort.manage",
  schema: materialLinkSchema,
  scope: (input, db) => sessionScope(db, input.sessionId),
  run: ({ db, actor }, input) => addMaterialLink(db, actor, input),
});

const done = (cohortId: string) => revalidatePath(`/admin/cohorts/${cohortId}`);

export async function remindOffersAction(raw: unknown) {
  const formData = formOf(raw);
  const cohortId = text(formData, "cohortId");
  const result = await remind({ cohortId, withinDays: text(formData, "withinDays") });
  if (result.ok) done(cohortId);
  const t = await getTranslations("staffCohorts.done");
  return toFormResult(result, (r) => said.remindersWritten(t, r));
}

export async function expireOffersAction(raw: unknown) {
  const formData = formOf(raw);
  const cohortId = text(formData, "cohortId");
  const result = await expire({ cohortId });
  if (result.ok) done(cohortId);
  const [t, locale] = await Promise.all([getTranslations("staffCohorts.done"), readerLocale()]);
  return toFormResult(result, (r) => said.offersExpired(t, r, locale));
}

export async function announceAction(raw: unknown) {
  const formData = formOf(raw);
  const cohortId = text(formData, "cohortId");
  const result = await announce({
    cohortId,
    title: text(formData, "title"),
    body: text(formData, "body"),
    translations: translationsFromForm(formData),
  });
  if (result.ok) done(cohortId);
  const t = await getTranslations("staffCohorts.done");
  return toFormResult(result, () => said.announcementPosted(t));
}

export async function addMaterialLinkAction(raw: unknown) {
  const formData = formOf(raw);
  const result = await addLink({
    sessionId: text(formData, "sessionId"),
    title: text(formData, "title"),
    url: text(formData, "url"),
  });
  if (result.ok) done(text(formData, "cohortId"));
  const t = await getTranslations("staffCohorts.done");
  return toFormResult(result, () => said.linkAdded(t));
}

export async function saveCohortTranslationsAction(
  _prev: VersionedFormState,
  raw: unknown,
): Promise<VersionedFormState> {
  const data = formOf(raw);
  const result = await translateCohort({
    cohortId: text(data, "cohortId"),
    version: text(data, "version"),
    language: text(data, "language"),
    fields: fieldsFromForm(data),
  });
  return answer(result);
}

export async function saveAnnouncementTranslationsAction(
  _prev: VersionedFormState,
  raw: unknown,
): Promise<VersionedFormState> {
  const data = formOf(raw);
  const result = await translateAnnouncement({
    announcementId: text(data, "announcementId"),
    version: text(data, "version"),
    language: text(data, "language"),
    fields: fieldsFromForm(data),
  });
  return answer(result);
}

async function answer(result: ActionResult<{ version: number }>): Promise<VersionedFormState> {
  if (!result.ok) return { ok: false, message: result.formError, version: null };
  // Edition titles and announcements show on public, participant and staff pages alike.
  revalidatePath("/", "layout");
  return { ok: true, message: (await getTranslations("contentLanguages"))("saved"), version: result.version };
}
