import { z } from "zod";

export const setProgrammeStatusSchema = z.object({
  programmeId: z.uuid({ error: "Unknown programme." }),
  status: z.enum(["draft", "published", "archived"], { error: "Choose draft, published or archived." }),
  // The version the user saw; a stale one is refused rather than silently overwriting.
  version: z.coerce.number().int().positive(),
});
export type SetProgrammeStatusInput = z.input<typeof setProgrammeStatusSchema>;
