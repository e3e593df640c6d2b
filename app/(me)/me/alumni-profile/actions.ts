"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth";
import { updateAlumniProfile, updateExpertOptIn } from "@/lib/alumni/profile-commands";
import { alumniProfileSchema, expertOptInSchema } from "@/lib/alumni/schemas";

const saveProfile = defineAction({
  permission: "alumni.editProfile",
  schema: alumniProfileSchema,
  run: ({ db, actor }, input) => updateAlumniProfile(db, actor, input),
});

const saveExpert = defineAction({
  permission: "alumni.editProfile",
  schema: expertOptInSchema,
  run: ({ db, actor }, input) => updateExpertOptIn(db, actor, input),
});

export async function saveAlumniProfileAction(raw: unknown) {
  const result = await saveProfile(raw);
  if (result.ok) revalidatePath("/alumni", "layout");
  return result;
}

export async function saveExpertOptInAction(raw: unknown) {
  const result = await saveExpert(raw);
  if (result.ok) revalidatePath("/alumni", "layout");
  return result;
}
