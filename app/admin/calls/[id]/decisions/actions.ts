"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { defineAction } from "@/lib/auth";
import { formOf, text } from "@/lib/auth/form-data";
import { saveLetterTemplates, sendDecisions, translateLetterTemplate } from "@/lib/decisions/decision-commands";
import { letterTemplatesSchema, sendDecisionsSchema, translateLetterSchema } from "@/lib/decisions/schemas";
import { fieldsFromForm, type VersionedFormState } from "@/lib/i18n/content";
import { expireOffers, expiryScope, offerReplacement, recordDecline } from "@/lib/offers/commands";
import { expireOffersSchema, offerReplacementSchema, recordDeclineSchema } from "@/lib/offers/schemas";
import { applicationScope, callScope } from "@/lib/auth/scope";

const templates = defineAction({
  permission: "selection.decide",
  schema: letterTemplatesSchema,
  scope: (i, db) => callScope(db, i.callId),
  run: ({ db, actor }, i) => saveLetterTemplates(db, actor, i),
});
const translate = defineAction({
  permission: "selection.decide",
  schema: translateLetterSchema,
  scope: (i, db) => callScope(db, i.callId),
  run: ({ db, actor }, i) => translateLetterTemplate(db, actor, i),
});
const send = defineAction({
  permission: "selection.decide",
  schema: sendDecisionsSchema,
  scope: (i, db) => callScope(db, i.callId),
  run: ({ db, actor }, i) => sendDecisions(db, actor, i),
});
const decline = defineAction({
  permission: "selection.decide",
  schema: recordDeclineSchema,
  scope: (i, db) => applicationScope(db, i.applicationId),
  run: ({ db, actor }, i) => recordDecline(db, actor, i),
});
const expire = defineAction({
  permission: "selection.decide",
  schema: expireOffersSchema,
  scope: (i, db) => expiryScope(db, i),
  run: ({ db, actor }, i) => expireOffers(db, actor, i),
});
const replace = defineAction({
  permission: "selection.decide",
  schema: offerReplacementSchema,
  scope: (i, db) => callScope(db, i.callId),
  run: ({ db, actor }, i) => offerReplacement(db, actor, i),
});

const refresh = <T extends { ok: boolean }>(result: T) => {
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
};

export async function saveLetterTemplatesAction(input: unknown) {
  return refresh(await templates(input));
}
/** One letter's subject and body in one language, from its translations form (components/i18n). */
export async function translateLetterAction(_prev: VersionedFormState, raw: unknown): Promise<VersionedFormState> {
  const data = formOf(raw);
  const result = await translate({
    callId: text(data, "callId"),
    kind: text(data, "kind"),
    version: text(data, "version"),
    language: text(data, "language"),
    fields: fieldsFromForm(data),
  });
  if (!result.ok) return { ok: false, message: result.formError, version: null };
  revalidatePath("/admin", "layout");
  return { ok: true, message: (await getTranslations("contentLanguages"))("saved"), version: result.version };
}
export async function sendDecisionsAction(input: unknown) {
  return refresh(await send(input));
}
export async function recordDeclineAction(input: unknown) {
  return refresh(await decline(input));
}
export async function expireOffersAction(input: unknown) {
  const result = refresh(await expire(input));
  // This page says how many closed; the proposed replacements show in its list of free seats.
  return result.ok ? { ok: true as const, expired: result.expired.length } : result;
}
export async function offerReplacementAction(input: unknown) {
  return refresh(await replace(input));
}
