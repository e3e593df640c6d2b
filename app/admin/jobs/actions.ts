"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth";
import { retryJob } from "@/lib/jobs/commands";
import { retryJobSchema } from "@/lib/jobs/schemas";

const retry = defineAction({
  permission: "admin.jobs",
  schema: retryJobSchema,
  run: ({ db, actor }, input) => retryJob(db, actor, input),
});

export async function retryJobAction(values: unknown) {
  const result = await retry(values);
  if (result.ok) revalidatePath("/admin/jobs");
  return result;
}
