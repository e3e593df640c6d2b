"use server";

import { formOf } from "@/lib/auth/form-data";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/auth";
import { startApplication } from "@/lib/applications/commands";
import { startApplicationSchema } from "@/lib/applications/schemas";

const start = defineAction({
  permission: "application.apply",
  schema: startApplicationSchema,
  run: ({ db, actor }, input) => startApplication(db, actor, input),
});

export type StartState = { formError: string | null; fieldErrors: Record<string, string[]> };

/** Starts (or finds) the applicant's draft and opens it; a refusal comes back as a sentence. */
export async function startApplicationAction(_prev: StartState, raw: unknown): Promise<StartState> {
  const formData = formOf(raw);
  const result = await start({ callId: formData.get("callId"), criteria: formData.getAll("criteria") });
  if (!result.ok) return { formError: result.formError, fieldErrors: result.fieldErrors };
  redirect(`/me/applications/${result.applicationId}`);
}
