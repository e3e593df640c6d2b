"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { defineAction } from "@/lib/auth";
import { confirmOffer, declineOffer } from "@/lib/offers/commands";
import { text, toFormResult, formOf } from "@/lib/auth/form-data";
import { declineOfferSchema, onboardingSchema, type OnboardingInput } from "@/lib/offers/schemas";
import { participantSaid } from "../../action-messages";

const confirm = defineAction({
  permission: "offer.respond",
  schema: onboardingSchema,
  run: ({ db, actor }, input) => confirmOffer(db, actor, input),
});

export async function confirmOfferAction(input: OnboardingInput) {
  const result = await confirm(input);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

const decline = defineAction({
  permission: "offer.respond",
  schema: declineOfferSchema,
  run: ({ db, actor }, input) => declineOffer(db, actor, input),
});

export async function declineOfferAction(raw: unknown) {
  const formData = formOf(raw);
  const result = await decline({ enrolmentId: text(formData, "enrolmentId"), reason: text(formData, "reason") });
  if (result.ok) revalidatePath("/", "layout");
  const t = await getTranslations("participants.done");
  return toFormResult(result, () => participantSaid.offerDeclined(t));
}
