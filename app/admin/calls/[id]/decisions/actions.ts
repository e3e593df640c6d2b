"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth";
import { expireOffers, offerReplacement, recordDecline, saveLetterTemplates, sendDecisions } from "@/lib/decisions/decision-commands";
import { declineSchema, letterTemplatesSchema, offerReplacementSchema, sendDecisionsSchema } from "@/lib/decisions/schemas";
import { applicationScope, callScope } from "@/lib/review/call";
import { callOnlySchema } from "@/lib/review/schemas";

const templates = defineAction({ permission: "selection.decide", schema: letterTemplatesSchema, scope: (i, db) => callScope(db, i.callId), run: ({ db, actor }, i) => saveLetterTemplates(db, actor, i) });
const send = defineAction({ permission: "selection.decide", schema: sendDecisionsSchema, scope: (i, db) => callScope(db, i.callId), run: ({ db, actor }, i) => sendDecisions(db, actor, i) });
const decline = defineAction({ permission: "selection.decide", schema: declineSchema, scope: (i, db) => applicationScope(db, i.applicationId), run: ({ db, actor }, i) => recordDecline(db, actor, i) });
const expire = defineAction({ permission: "selection.decide", schema: callOnlySchema, scope: (i, db) => callScope(db, i.callId), run: ({ db, actor }, i) => expireOffers(db, actor, i) });
const replace = defineAction({ permission: "selection.decide", schema: offerReplacementSchema, scope: (i, db) => callScope(db, i.callId), run: ({ db, actor }, i) => offerReplacement(db, actor, i) });

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
  return refresh(await expire(input));
}
export async function offerReplacementAction(input: unknown) {
  return refresh(await replace(input));
}
