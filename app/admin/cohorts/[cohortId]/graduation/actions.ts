"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { defineAction } from "@/lib/auth";
import { completeCohort, saveCompletionRule } from "@/lib/graduation/commands";
import { completeCohortSchema, completionRuleSchema } from "@/lib/graduation/schemas";
import { text, ticked, toFormResult, formOf } from "@/lib/auth/form-data";
import { cohortScope as scopeOfCohort } from "@/lib/auth/scope";
import { staffCohortSaid as said } from "../action-messages";

const cohortScope = (input: { cohortId: string }, db: Parameters<typeof scopeOfCohort>[0]) =>
  scopeOfCohort(db, input.cohortId);

const rule = defineAction({
  permission: "certificate.issue",
  schema: completionRuleSchema,
  scope: cohortScope,
  run: ({ db, actor }, input) => saveCompletionRule(db, actor, input),
});
const complete = defineAction({
  permission: "certificate.issue",
  schema: completeCohortSchema,
  scope: cohortScope,
  run: ({ db, actor }, input) => completeCohort(db, actor, input),
});

export async function completionRuleAction(raw: unknown) {
  const formData = formOf(raw);
  const cohortId = text(formData, "cohortId");
  const result = await rule({
    cohortId,
    version: text(formData, "version"),
    minAttendancePercent: text(formData, "minAttendancePercent"),
    requireProposal: ticked(formData, "requireProposal"),
  });
  if (result.ok) revalidatePath(`/admin/cohorts/${cohortId}/graduation`);
  const t = await getTranslations("staffCohorts.done");
  return toFormResult(result, () => said.completionRuleSaved(t));
}

export async function completeCohortAction(raw: unknown) {
  const formData = formOf(raw);
  const cohortId = text(formData, "cohortId");
  const result = await complete({ cohortId });
  if (result.ok) revalidatePath("/", "layout");
  const t = await getTranslations("staffCohorts.done");
  return toFormResult(result, (r) => said.cohortCompleted(t, r));
}
