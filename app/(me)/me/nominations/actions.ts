"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth";
import { inviteNominee } from "@/lib/nominations/commands";
import { inviteNomineeSchema } from "@/lib/nominations/schemas";

const invite = defineAction({
  permission: "nomination.invite",
  schema: inviteNomineeSchema,
  run: ({ db, actor }, input) => inviteNominee(db, actor, input),
});

export async function inviteNomineeAction(input: unknown) {
  const result = await invite(input);
  if (result.ok) revalidatePath("/me/nominations");
  return result;
}
