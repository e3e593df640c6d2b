import { z } from "zod";

export const completionRuleSchema = z.object({
  cohortId: z.uuid({ error: "Unknown cohort." }),
  version: z.coerce.number().int().min(0),
  minAttendancePercent: z.coerce
    .number({ error: "Enter a percentage." })
    .int("Use a whole percentage.")
    .min(0, "At least 0%.")
    .max(100, "At most 100%."),
  requireProposal: z.boolean(),
});

export const proposalDeadlineSchema = z.object({
  cohortId: z.uuid({ error: "Unknown cohort." }),
  version: z.coerce.number().int().min(0),
  // A local date and time in the cohort's zone, as <input type="datetime-local"> gives it; empty for none.
  deadline: z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Choose a date and time.")]),
});

export const completeCohortSchema = z.object({ cohortId: z.uuid({ error: "Unknown cohort." }) });
