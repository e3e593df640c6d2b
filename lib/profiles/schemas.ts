import { z } from "zod";
import { limitedText } from "@/lib/forms";
import { isCountryCode } from "@/lib/geo";

export const GENDERS = ["woman", "man", "non_binary", "another", "undisclosed"] as const;
const PROFILE_TEXT_MAX = 200;

const text = (label: string, required = false) => {
  const base = limitedText(label, PROFILE_TEXT_MAX);
  return required ? base.min(1, `Enter your ${label}.`) : base;
};
const country = (what: string) =>
  z.string({ error: `Choose your ${what}.` }).refine((v) => isCountryCode(v), `Choose your ${what}.`);

/** One schema for the profile form and the server: self-described gender, with free text for "another". */
export const profileSchema = z
  .object({
    version: z.coerce.number().int().min(1),
    name: text("name", true),
    givenName: text("given name"),
    familyName: text("family name"),
    gender: z.enum(GENDERS, { error: 'Choose how you describe your gender, or "Prefer not to say".' }),
    genderOther: text("description of your gender").optional(),
    nationality: country("nationality"),
    residence: country("country of residence"),
    organisation: text("organisation", true),
    position: text("position"),
    field: text("field", true),
    languages: z.string().trim().max(PROFILE_TEXT_MAX, `Languages have at most ${PROFILE_TEXT_MAX} characters.`),
    yearsExperience: z.union([
      z.literal(""),
      z.coerce
        .number({ error: "Enter a number of years." })
        .int("Enter whole years.")
        .min(0, "Enter 0 or more.")
        .max(80, "Enter at most 80."),
    ]),
  })
  .superRefine((value, ctx) => {
    if (value.gender === "another" && !value.genderOther?.trim()) {
      ctx.addIssue({
        code: "custom",
        path: ["genderOther"],
        message: "Describe your gender in your own words, or choose another option.",
      });
    }
  });
export type ProfileInput = z.input<typeof profileSchema>;

export function parseLanguages(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/[,;]/)
        .map((l) => l.trim())
        .filter(Boolean),
    ),
  ].slice(0, 20);
}
