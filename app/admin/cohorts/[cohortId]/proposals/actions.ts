"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { defineAction } from "@/lib/auth";
import { saveProposalDeadline } from "@/lib/graduation/commands";
import { proposalDeadlineSchema } from "@/lib/graduation/schemas";
import { text, ticked, toFormResult, formOf } from "@/lib/auth/form-data";
import { assignMentor, markOutstanding } from "@/lib/proposals/review-commands";
import { assignMentorSchema, markOutstandingSchema } from "@/lib/proposals/schemas";
import type { Database } from "@/db/client";
import { cohortScope, proposalScope } from "@/lib/auth/scope";
import { staffCohortSaid as said } from "../action-messages";

// An unknown proposal gets a scope no role holds, and the command answers "not found".
const byProposal = (input: { proposalId: string }, db: Database) => proposalScope(db, input.proposalId);

const assign = defineAction({
  permission: "review.assign",
  schema: assignMentorSchema,
  scope: byProposal,
  run: ({ db, actor }, input) => assignMentor(db, actor, input),
});
const outstanding = defineAction({
  permission: "proposal.manage",
  schema: markOutstandingSchema,
  scope: byProposal,
  run: ({ db, actor }, input) => markOutstanding(db, actor, input),
});
const deadline = defineAction({
  permission: "proposal.manage",
  schema: proposalDeadlineSchema,
  scope: (input, db) => cohortScope(db, input.cohortId),
  run: ({ db, actor }, input) => saveProposalDeadline(db, actor, input),
});

const done = (formData: FormData) => revalidatePath(`/admin/cohorts/${text(formData, "cohortId")}/proposals`);

export async function assignMentorAction(raw: unknown) {
  const formData = formOf(raw);
  const result = await assign({ proposalId: text(formData, "proposalId"), mentorId: text(formData, "mentorId") });
  if (result.ok) done(formData);
  const t = await getTranslations("staffCohorts.done");
  return toFormResult(result, () => said.mentorAssigned(t));
}

export async function markOutstandingAction(raw: unknown) {
  const formData = formOf(raw);
  const result = await outstanding({
    proposalId: text(formData, "proposalId"),
    outstanding: ticked(formData, "outstanding"),
    presentationSessionId: text(formData, "presentationSessionId"),
  });
  if (result.ok) done(formData);
  const t = await getTranslations("staffCohorts.done");
  return toFormResult(result, () => said.outstandingMarked(t, ticked(formData, "outstanding")));
}

export async function proposalDeadlineAction(raw: unknown) {
  const formData = formOf(raw);
  const result = await deadline({
    cohortId: text(formData, "cohortId"),
    version: text(formData, "version"),
    deadline: text(formData, "deadline"),
  });
  if (result.ok) done(formData);
  const t = await getTranslations("staffCohorts.done");
  return toFormResult(result, () => said.deadlineSaved(t));
}
