"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/auth";
import { cohortScope } from "@/lib/auth/scope";
import { removeProposalAttachment, saveProposalDraft, submitProposal } from "@/lib/proposals/commands";
import { saveProposalSchema, type SaveProposalInput } from "@/lib/proposals/schemas";

const scope = (input: { cohortId: string }, db: Parameters<typeof cohortScope>[0]) => cohortScope(db, input.cohortId);

const save = defineAction({
  permission: "proposal.submit",
  schema: saveProposalSchema,
  scope,
  run: ({ db, actor }, input) => saveProposalDraft(db, actor, input),
});
const submit = defineAction({
  permission: "proposal.submit",
  schema: saveProposalSchema,
  scope,
  run: ({ db, actor }, input) => submitProposal(db, actor, input),
});
const detach = defineAction({
  permission: "proposal.submit",
  schema: z.object({ cohortId: z.uuid(), attachmentId: z.uuid() }),
  scope,
  run: ({ db, actor }, input) => removeProposalAttachment(db, actor, input),
});

/** Autosave and "save draft": returns the new version and the server's budget totals. */
export async function saveProposalAction(input: SaveProposalInput) {
  return save(input);
}

export async function submitProposalAction(input: SaveProposalInput) {
  const result = await submit(input);
  if (result.ok) revalidatePath(`/me/cohorts/${input.cohortId}`, "layout");
  return result;
}

export async function removeAttachmentAction(input: { cohortId: string; attachmentId: string }) {
  return detach(input);
}
