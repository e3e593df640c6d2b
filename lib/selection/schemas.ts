import { z } from "zod";

/** Asks for the analysis of a suggestion: why the rules conflict and the ways out, or each rule's price. */
export const analyseRunSchema = z.object({ runId: z.uuid({ error: "Unknown suggestion." }) });

/** Accepts one of a suggestion's ways out as the shortlist, with the reason recorded beside it. */
export const acceptWayOutSchema = z.object({
  runId: z.uuid({ error: "Unknown suggestion." }),
  wayOut: z.string().trim().min(1, "Choose a way out.").max(300),
  reason: z.string().trim().min(1, "Say why this way out, for the record.").max(1000, "At most 1,000 characters."),
});
