"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { defineAction } from "@/lib/auth";
import { text, toFormResult, formOf } from "@/lib/auth/form-data";
import { scoreProposal } from "@/lib/proposals/review-commands";
import { scoreProposalSchema } from "@/lib/proposals/schemas";
import { reviewSaid } from "./action-messages";

// The command checks that the review is the actor's and the role holds in its programme.
const score = defineAction({
  permission: "review.score",
  schema: scoreProposalSchema,
  run: ({ db, actor }, input) => scoreProposal(db, actor, input),
});

export async function scoreProposalAction(raw: unknown) {
  const formData = formOf(raw);
  const scores: Record<string, string> = {};
  for (const [key, value] of formData.entries())
    if (key.startsWith("score:") && typeof value === "string") scores[key.slice(6)] = value;
  const submit = text(formData, "intent") === "submit";
  const reviewId = text(formData, "reviewId");
  const result = await score({
    reviewId,
    version: Number(text(formData, "version")),
    submit,
    comment: text(formData, "comment"),
    scores,
  });
  if (result.ok) revalidatePath(`/review/proposals/${reviewId}`);
  const t = await getTranslations("proposals.mentor.done");
  return toFormResult(result, () => reviewSaid.scored(t, submit));
}
