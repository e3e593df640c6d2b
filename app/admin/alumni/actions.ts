"use server";

import { formOf } from "@/lib/auth/form-data";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/auth";
import { sendPostDigest } from "@/lib/alumni/digest-commands";
import { resolveReport } from "@/lib/alumni/message-commands";
import { recordEngagement } from "@/lib/alumni/roster-commands";
import { engagementSchema, resolveReportSchema } from "@/lib/alumni/schemas";

const resolve = defineAction({
  permission: "alumni.moderate",
  schema: resolveReportSchema,
  run: ({ db, actor }, input) => resolveReport(db, actor, input),
});
const digest = defineAction({
  permission: "alumni.sendDigest",
  schema: z.object({}),
  run: async ({ db, actor }) => {
    const result = await sendPostDigest(db, actor);
    return { posts: result.posts, recipients: result.recipients };
  },
});
const engagement = defineAction({
  permission: "roster.recordEngagement",
  schema: engagementSchema,
  run: ({ db, actor }, input) => recordEngagement(db, actor, input),
});

export async function resolveReportAction(raw: unknown): Promise<void> {
  const formData = formOf(raw);
  await resolve(Object.fromEntries(formData));
  revalidatePath("/admin/alumni");
}

export async function sendDigestAction(): Promise<void> {
  const result = await digest({});
  redirect(result.ok ? `/admin/alumni?digest=${result.posts}-${result.recipients}` : "/admin/alumni?digest=failed");
}

export async function recordEngagementAction(raw: unknown) {
  const result = await engagement(raw);
  if (result.ok) revalidatePath("/admin/roster", "layout");
  return result;
}
