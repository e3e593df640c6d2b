"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { checkIn } from "@/lib/attendance/commands";
import { defineAction } from "@/lib/auth";
import { text, toFormResult, formOf } from "@/lib/auth/form-data";
import { checkInSchema } from "@/lib/participants/schemas";
import { cohortScope } from "@/lib/auth/scope";
import { participantSaid } from "../../action-messages";

const checkInToSession = defineAction({
  permission: "participant.space",
  schema: checkInSchema,
  scope: (input, db) => cohortScope(db, input.cohortId),
  run: ({ db, actor }, input) => checkIn(db, actor, input),
});

export async function checkInAction(raw: unknown) {
  const formData = formOf(raw);
  const cohortId = text(formData, "cohortId");
  const result = await checkInToSession({ cohortId, code: text(formData, "code") });
  if (result.ok) revalidatePath(`/me/cohorts/${cohortId}`);
  const t = await getTranslations("participants.done");
  return toFormResult(result, (r) => participantSaid.checkedIn(t, r));
}
