"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth";
import { requestDeletion } from "@/lib/privacy/commands";
import { requestDeletionSchema } from "@/lib/privacy/schemas";

const request = defineAction({
  permission: "privacy.ownData",
  schema: requestDeletionSchema,
  run: ({ db, actor }, input) => requestDeletion(db, actor, input),
});

export async function requestDeletionAction(input: unknown) {
  const result = await request(input);
  if (result.ok) revalidatePath("/me/data");
  return result;
}
