"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth";
import { updateProfile } from "@/lib/profiles/commands";
import { profileSchema } from "@/lib/profiles/schemas";

const update = defineAction({
  permission: "account.updateProfile",
  schema: profileSchema,
  run: ({ db, actor }, input) => updateProfile(db, actor, input),
});

export async function updateProfileAction(input: unknown) {
  const result = await update(input);
  if (result.ok) revalidatePath("/me", "layout");
  return result;
}
