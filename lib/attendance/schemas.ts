import { z } from "zod";

export const markAttendanceSchema = z.object({
  sessionId: z.uuid({ error: "Unknown session." }),
  entries: z
    .array(
      z.object({
        enrolmentId: z.uuid(),
        status: z.enum(["present", "absent", "excused"], { error: "Choose present, absent or excused." }),
      }),
    )
    .min(1, "Mark at least one person.")
    .max(500),
});

export const importAttendanceSchema = z.object({
  sessionId: z.uuid({ error: "Choose a session." }),
  minMinutes: z.coerce
    .number({ error: "Enter a number of minutes." })
    .int("Use whole minutes.")
    .min(0, "At least 0.")
    .max(600, "At most 600."),
  /** "true": say what the import would do and write nothing. */
  dryRun: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
});
