import { z } from "zod";
import type { ProposalTemplate } from "@/db/schema";
import { parseAmount } from "./budget";
import { LONG_FIELDS, wordLimit } from "./template";
import { countWords } from "./words";

const TITLE_MAX = 150;
const FIELD_MAX = 100;
const LONG_TEXT_MAX_CHARS = 10_000;
const MAX_ROWS = 30;

const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

const activityRow = z.object({
  activity: z.string().trim().max(300, "An activity has at most 300 characters."),
  start: z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}$/, "Use a month like 2027-11.")]),
  end: z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}$/, "Use a month like 2028-02.")]),
});

const budgetRow = z.object({
  item: z.string().trim().max(200, "An item has at most 200 characters."),
  amount: z.string().trim().max(20, "Enter the amount as a number, like 1200 or 1200.50."),
  currency: z
    .string()
    .trim()
    .transform((v) => v.toUpperCase())
    .refine((v) => v === "" || CURRENCIES.has(v), "Use a three-letter currency code, like USD, EUR or KRW."),
});

const longText = z.string().trim().max(LONG_TEXT_MAX_CHARS, `At most ${LONG_TEXT_MAX_CHARS} characters.`);

/** What the form holds; drafts may leave anything empty but never keep an amount that is not a number. */
export const proposalContentSchema = z
  .object({
    title: z.string().trim().max(TITLE_MAX, `A title has at most ${TITLE_MAX} characters.`),
    field: z.string().trim().max(FIELD_MAX, `At most ${FIELD_MAX} characters.`),
    summary: longText,
    objectives: longText,
    activities: z.array(activityRow).max(MAX_ROWS, `At most ${MAX_ROWS} activities.`),
    budget: z.array(budgetRow).max(MAX_ROWS, `At most ${MAX_ROWS} budget lines.`),
    partners: longText,
    outcomes: longText,
    risks: longText,
    shareWithAlumni: z.boolean(),
  })
  .superRefine((value, ctx) => {
    value.budget.forEach((row, i) => {
      if (row.amount === "") return;
      const parsed = parseAmount(row.amount);
      if (!parsed.ok) ctx.addIssue({ code: "custom", path: ["budget", i, "amount"], message: parsed.message });
    });
    value.activities.forEach((row, i) => {
      if (row.start && row.end && row.end < row.start)
        ctx.addIssue({
          code: "custom",
          path: ["activities", i, "end"],
          message: "The end cannot come before the start.",
        });
    });
  });
export type ProposalContentInput = z.input<typeof proposalContentSchema>;
export type ProposalContentValues = z.output<typeof proposalContentSchema>;

export const EMPTY_PROPOSAL: ProposalContentValues = {
  title: "",
  field: "",
  summary: "",
  objectives: "",
  activities: [{ activity: "", start: "", end: "" }],
  budget: [{ item: "", amount: "", currency: "" }],
  partners: "",
  outcomes: "",
  risks: "",
  shareWithAlumni: false,
};

export const saveProposalSchema = z.object({
  cohortId: z.uuid({ error: "Unknown cohort." }),
  // The version the form last saw; 0 when nothing has been saved yet.
  version: z.number().int().min(0),
  content: proposalContentSchema,
});
export type SaveProposalInput = z.input<typeof saveProposalSchema>;

/**
 * What submission adds to a draft's checks: everything filled in, word limits kept, at least one
 * activity and one budget line, each complete. Returned as field errors keyed like the form's fields.
 */
export function submissionErrors(content: ProposalContentValues, template: ProposalTemplate): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (key: string, message: string) => (errors[key] ??= []).push(message);
  if (!content.title) add("title", "Give your project a title.");
  if (!content.field) add("field", "Name the field of your project.");
  for (const field of LONG_FIELDS) {
    const words = countWords(content[field]);
    const limit = wordLimit(template, field);
    if (words === 0) add(field, "Fill this in before you submit.");
    else if (words > limit) add(field, `${words} words: the limit is ${limit}. Shorten it before you submit.`);
  }
  const activities = content.activities.filter((a) => a.activity || a.start || a.end);
  if (activities.length === 0) add("activities", "Add at least one activity with its timeline.");
  content.activities.forEach((a, i) => {
    if (!(a.activity || a.start || a.end)) return;
    if (!a.activity) add(`activities.${i}.activity`, "Describe the activity.");
    if (!a.start) add(`activities.${i}.start`, "When does it start?");
    if (!a.end) add(`activities.${i}.end`, "When does it end?");
  });
  const lines = content.budget.filter((b) => b.item || b.amount || b.currency);
  if (lines.length === 0) add("budget", "Add at least one budget line.");
  content.budget.forEach((b, i) => {
    if (!(b.item || b.amount || b.currency)) return;
    if (!b.item) add(`budget.${i}.item`, "Name the item.");
    if (!b.amount) add(`budget.${i}.amount`, "Enter the amount.");
    if (!b.currency) add(`budget.${i}.currency`, "Enter the currency.");
  });
  return errors;
}

export const assignMentorSchema = z.object({ proposalId: z.uuid(), mentorId: z.uuid({ error: "Choose a mentor." }) });
export const markOutstandingSchema = z.object({
  proposalId: z.uuid(),
  outstanding: z.boolean(),
  presentationSessionId: z.union([z.literal(""), z.uuid()]).transform((v) => v || null),
});

/** A mentor's scores as typed; the command checks them against the cohort's rubric (criteria differ per cohort). */
export const scoreProposalSchema = z.object({
  reviewId: z.uuid({ error: "Unknown review." }),
  version: z.number().int().positive(),
  submit: z.boolean(),
  comment: z.string().trim().max(5000, "A comment has at most 5000 characters."),
  scores: z.record(z.string().max(40), z.string().trim().max(5)),
});
