"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth";
import { saveLetterTemplates, sendDecisions } from "@/lib/decisions/decision-commands";
import { letterTemplatesSchema, sendDecisionsSchema } from "@/lib/decisions/schemas";
import { expireOffers, expiryScope, offerReplacement, recordDecline } from "@/lib/offers/commands";
import { expireOffersSchema, offerReplacementSchema, recordDeclineSchema } from "@/lib/offers/schemas";
import { applicationScope, callScope } from "@/lib/auth/scope";

const templates = defineAction({
  permission: "selection.decide",
  schema: letterTemplatesSchema,
  scope: (i, db) => callScope(db, i.callId),
  run: ({ db, actor }, i) => saveLetterTemplates(db, actor, i),
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
