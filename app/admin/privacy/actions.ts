"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth";
import { decideDeletion, setRetention } from "@/lib/privacy/commands";
import { decideDeletionSchema, retentionSchema } from "@/lib/privacy/schemas";

const decide = defineAction({
  permission: "privacy.manage",
  schema: decideDeletionSchema,
  run: ({ db, actor }, input) => decideDeletion(db, actor, input),
});

const retention = defineAction({
  permission: "privacy.manage",
  schema: retentionSchema,
  run: ({ db, actor }, input) => setRetention(db, actor, input),
});

export async function decideDeletionAction(input: unknown) {
  const result = await decide(input);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function setRetentionAction(input: unknown) {
  const result = await retention(input);
  if (result.ok) revalidatePath("/admin/privacy");
  return result;
}
