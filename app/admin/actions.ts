"use server";

import { formOf } from "@/lib/auth/form-data";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth";
import { setProgrammeStatus } from "@/lib/programmes/commands";
import { setProgrammeStatusSchema } from "@/lib/programmes/schemas";

const setStatus = defineAction({
  permission: "programme.publish",
  schema: setProgrammeStatusSchema,
  scope: (input) => ({ programmeId: input.programmeId }),
  run: ({ db, actor }, input) => setProgrammeStatus(db, actor, input),
});

/** A plain form action (works without JavaScript); the result is shown by the page it returns to. */
export async function setProgrammeStatusAction(raw: unknown) {
  const formData = formOf(raw);
  const result = await setStatus(Object.fromEntries(formData));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
