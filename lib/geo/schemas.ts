import { z } from "zod";
import { isCountryCode } from "./codes";

const COUNTRY_GROUP_NAME_MAX = 80;

/** Codes typed or ticked in the form: any case, commas or spaces; each must be a known alpha-2 code. */
const countryList = z
  .string()
  .max(2000)
  .transform((text) =>
    [
      ...new Set(
        text
          .toUpperCase()
          .split(/[\s,;]+/)
          .filter(Boolean),
      ),
    ].sort(),
  )
  .superRefine((codes, ctx) => {
    const unknown = codes.filter((c) => !isCountryCode(c));
    if (unknown.length) ctx.addIssue({ code: "custom", message: `Unknown country codes: ${unknown.join(", ")}.` });
    if (codes.length === 0) ctx.addIssue({ code: "custom", message: "Add at least one country." });
  });

const countryGroupFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Give the group a name.")
    .max(COUNTRY_GROUP_NAME_MAX, `At most ${COUNTRY_GROUP_NAME_MAX} characters.`),
  countries: countryList,
});

export const createCountryGroupSchema = countryGroupFormSchema;
export const updateCountryGroupSchema = countryGroupFormSchema.extend({
  id: z.uuid({ error: "Unknown group." }),
  version: z.coerce.number().int().min(1),
});
export const deleteCountryGroupSchema = z.object({
  id: z.uuid({ error: "Unknown group." }),
  confirm: z.literal(true, { error: "Confirm that the group should be deleted." }),
});
