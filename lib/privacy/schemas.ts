import { z } from "zod";

export const NOTE_MAX = 1000;

/** The person asks for their data to be deleted; the box must be ticked (the form's confirmation). */
export const requestDeletionSchema = z.object({
  confirm: z.literal(true, { error: "Tick the box to confirm that you want your data deleted." }),
  note: z.string().trim().max(NOTE_MAX, `At most ${NOTE_MAX} characters.`).optional(),
});

export const decideDeletionSchema = z.discriminatedUnion("decision", [
  z.object({ requestId: z.uuid(), decision: z.literal("approve") }),
  z.object({
    requestId: z.uuid(),
    decision: z.literal("refuse"),
    reason: z.string().trim().min(10, "Say why, in a sentence the person will read.").max(NOTE_MAX),
  }),
]);

export const RETENTION_MAX_MONTHS = 120;

/** Months after a call closes that a programme keeps unsuccessful applications; empty keeps them. */
export const retentionSchema = z.object({
  programmeId: z.uuid(),
  months: z.union([
    z.literal("").transform(() => null),
    z.coerce.number().int("Whole months.").min(1, "At least one month.").max(RETENTION_MAX_MONTHS),
  ]),
});
