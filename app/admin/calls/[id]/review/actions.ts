"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth";
import { callScope, reviewScope } from "@/lib/auth/scope";
import { addReviewer, assignReviewers, reassignReview, saveReviewSettings } from "@/lib/review/assignment-commands";
import { addReviewerSchema, callOnlySchema, reassignSchema, reviewSettingsSchema } from "@/lib/review/schemas";

const saveSettings = defineAction({
  permission: "review.assign",
  schema: reviewSettingsSchema,
  scope: (input, db) => callScope(db, input.callId),
  run: ({ db, actor }, input) => saveReviewSettings(db, actor, input),
});
const add = defineAction({
  permission: "review.assign",
  schema: addReviewerSchema,
  scope: (input, db) => callScope(db, input.callId),
  run: ({ db, actor }, input) => addReviewer(db, actor, input),
});
const assign = defineAction({
  permission: "review.assign",
  schema: callOnlySchema,
  scope: (input, db) => callScope(db, input.callId),
  run: ({ db, actor }, input) => assignReviewers(db, actor, input),
});
const reassign = defineAction({
  permission: "review.assign",
  schema: reassignSchema,
  scope: (input, db) => reviewScope(db, input.reviewId),
  run: ({ db, actor }, input) => reassignReview(db, actor, input),
});

const refresh = <T extends { ok: boolean }>(result: T) => {
  if (result.ok) revalidatePath("/admin/calls/[id]", "layout");
  return result;
};

export async function saveReviewSettingsAction(input: unknown) {
  return refresh(await saveSettings(input));
}
export async function addReviewerAction(input: unknown) {
  return refresh(await add(input));
}
export async function assignReviewersAction(input: unknown) {
  return refresh(await assign(input));
}
export async function reassignReviewAction(input: unknown) {
  return refresh(await reassign(input));
}
