"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth";
import { applicationScope } from "@/lib/auth/scope";
import { declareConflict, saveReviewDraft, submitReview } from "@/lib/review/score-commands";
import { conflictSchema, reviewDraftSchema } from "@/lib/review/schemas";

// Thin: the commands check that the review is the actor's own; the scope is the application's programme.

const saveDraft = defineAction({
  permission: "review.score",
  schema: reviewDraftSchema,
  scope: (input, db) => applicationScope(db, input.applicationId),
  run: ({ db, actor }, input) => saveReviewDraft(db, actor, input),
});

const submit = defineAction({
  permission: "review.score",
  schema: reviewDraftSchema,
  scope: (input, db) => applicationScope(db, input.applicationId),
  run: ({ db, actor }, input) => submitReview(db, actor, input),
});

const conflict = defineAction({
  permission: "review.score",
  schema: conflictSchema,
  scope: (input, db) => applicationScope(db, input.applicationId),
  run: ({ db, actor }, input) => declareConflict(db, actor, input),
});

export async function saveReviewDraftAction(input: unknown) {
  return saveDraft(input);
}

export async function submitReviewAction(input: unknown) {
  const result = await submit(input);
  if (result.ok) revalidatePath("/review", "layout");
  return result;
}

export async function declareConflictAction(input: unknown) {
  const result = await conflict(input);
  if (result.ok) revalidatePath("/review", "layout");
  return result;
}
