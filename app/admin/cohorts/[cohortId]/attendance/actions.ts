"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { markAttendance } from "@/lib/attendance/commands";
import { markAttendanceSchema } from "@/lib/attendance/schemas";
import { defineAction } from "@/lib/auth";
import { text, toFormResult, formOf } from "@/lib/auth/form-data";
import { sessionScope } from "@/lib/auth/scope";
import { staffCohortSaid as said } from "../action-messages";

const mark = defineAction({
  permission: "attendance.mark",
  schema: markAttendanceSchema,
  scope: (input, db) => sessionScope(db, input.sessionId),
  run: ({ db, actor }, input) => markAttendance(db, actor, input),
});

/** The sheet posts one radio group per person, named "status:<enrolmentId>". */
export async function markAttendanceAction(raw: unknown) {
  const formData = formOf(raw);
  const sessionId = text(formData, "sessionId");
  const entries = [...formData.entries()]
    .filter(([key, value]) => key.startsWith("status:") && typeof value === "string")
    .map(([key, value]) => ({ enrolmentId: key.slice("status:".length), status: value as string }));
  const result = await mark({ sessionId, entries });
  if (result.ok) revalidatePath(`/admin/cohorts/${text(formData, "cohortId")}/attendance`, "layout");
  const t = await getTranslations("staffCohorts.done");
  return toFormResult(result, (r) => said.attendanceSaved(t, r));
}
