import { z } from "zod";
import { isCountryCode, isGroupRef, isUnescoRegion } from "@/lib/geo";
import { translationEditsSchema } from "@/lib/i18n/content";

export const QUESTION_TYPES = [
  "short_text",
  "long_text",
  "single_choice",
  "multiple_choice",
  "number",
  "date",
  "url",
  "country",
  "yes_no",
  "file",
] as const;
const CALL_STATUSES = ["draft", "open", "closed"] as const;
const MAX_QUESTIONS = 100;
const MAX_PAGES = 20;
const MAX_UPLOAD_LIMIT_MB = 25;

const localDateTime = (what: string) =>
  z
    .string({ error: `Enter the ${what}.` })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, `Enter the ${what} as a date and time.`);
const codes = (check: (v: string) => boolean, message: string) =>
  z
    .array(z.string())
    .max(300)
    .default([])
    .refine((list) => list.every(check), message);

const eligibilityRuleSchema = z.object({
  countries: codes(isCountryCode, "Choose countries from the list."),
  regions: codes(isUnescoRegion, "Choose regions from the list."),
  groups: codes(isGroupRef, "Choose groups from the list."),
});

/** The call's settings (not its form), as the administrator edits them; times are wall-clock in the cohort's zone. */
export const callSettingsSchema = z
  .object({
    callId: z.uuid().optional(),
    cohortId: z.uuid({ error: "Choose the edition this call is for." }),
    version: z.coerce.number().int().min(0),
    title: z.string().trim().min(1, "Enter a title.").max(200, "A title has at most 200 characters."),
    description: z.string().trim().max(20_000, "The description has at most 20,000 characters."),
    status: z.enum(CALL_STATUSES),
    opensAt: localDateTime("opening time"),
    closesAt: localDateTime("closing time"),
    nationality: eligibilityRuleSchema,
    residence: eligibilityRuleSchema,
    criteria: z.array(z.string().trim().min(1).max(300)).max(20).default([]),
    trackIds: z.array(z.uuid()).max(30).default([]),
    confirmationMessage: z.string().trim().max(2000, "The confirmation message has at most 2,000 characters."),
    nominationOnly: z.boolean(),
    allowEditAfterSubmit: z.boolean(),
  })
  .refine((v) => v.closesAt > v.opensAt, { path: ["closesAt"], message: "The call must close after it opens." });

const formQuestionSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,59}$/, "A question id uses lower-case letters, digits and _, starting with a letter."),
    page: z
      .number()
      .int()
      .min(0)
      .max(MAX_PAGES - 1),
    type: z.enum(QUESTION_TYPES),
    label: z.string().trim().min(1, "Every question needs a label.").max(500),
    help: z.string().trim().max(1000).optional(),
    required: z.boolean(),
    options: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
    maxWords: z.number().int().min(1).max(10_000).optional(),
    maxBytes: z
      .number()
      .int()
      .min(1024)
      .max(MAX_UPLOAD_LIMIT_MB * 1024 * 1024)
      .optional(),
    accept: z
      .array(
        z.enum([
          "application/pdf",
          "image/png",
          "image/jpeg",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ]),
      )
      .max(4)
      .optional(),
    hidden: z.boolean().optional(),
  })
  .refine((q) => (q.type !== "single_choice" && q.type !== "multiple_choice") || (q.options?.length ?? 0) >= 2, {
    path: ["options"],
    message: "A choice question needs at least two options.",
  })
  .refine((q) => q.type !== "file" || (q.accept?.length ?? 0) >= 1, {
    path: ["accept"],
    message: "A file question needs at least one allowed type.",
  });

export const callFormSchema = z
  .object({
    pages: z
      .array(z.object({ title: z.string().trim().min(1, "Every page needs a title.").max(200) }))
      .min(1, "A form has at least one page.")
      .max(MAX_PAGES),
    questions: z.array(formQuestionSchema).max(MAX_QUESTIONS),
  })
  .superRefine((form, ctx) => {
    const seen = new Set<string>();
    form.questions.forEach((q, i) => {
      if (seen.has(q.id))
        ctx.addIssue({
          code: "custom",
          path: ["questions", i, "id"],
          message: `Two questions share the id "${q.id}".`,
        });
      seen.add(q.id);
      if (q.page >= form.pages.length)
        ctx.addIssue({
          code: "custom",
          path: ["questions", i, "page"],
          message: `"${q.label}" is on a page that does not exist.`,
        });
    });
  });

export const saveCallFormSchema = z.object({
  callId: z.uuid(),
  version: z.coerce.number().int().min(1),
  form: callFormSchema,
});

/** A call's own texts in another language; its questions' are `question:<id>:label|help|option:<option>`. */
export const CALL_TRANSLATED_FIELDS = ["title", "description", "confirmationMessage"] as const;
export const saveCallTranslationsSchema = translationEditsSchema.extend({
  callId: z.uuid({ error: "Unknown call." }),
  version: z.coerce.number().int().min(1),
});
