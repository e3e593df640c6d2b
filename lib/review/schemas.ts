import { z } from "zod";
import { id } from "@/lib/forms";
import { isMultipleOf } from "./rubric";

export const RUBRIC_MAX_CRITERIA = 12;
export const COMMENT_MAX = 4000;
export const CONFLICT_REASON_MAX = 500;
const REVIEWERS_PER_APPLICATION_MAX = 10;

const version = z.coerce.number().int().min(0);

export const rubricCriterionSchema = z
  .object({
    id: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9_]{0,39}$/, "Use lower-case letters, digits and _ (e.g. potential)."),
    label: z.string().trim().min(1, "Name the criterion.").max(120, "At most 120 characters."),
    weight: z.coerce.number({ error: "Enter a weight." }).positive("A weight is more than 0.").max(100, "At most 100."),
    max: z.coerce
      .number({ error: "Enter the top score." })
      .positive("More than 0.")
      .max(1_000_000, "At most 1,000,000."),
    // How finely scores are given: 1 for whole numbers, 0.5, 0.01 for two decimals…
    step: z.coerce.number({ error: "Enter the step." }).positive("More than 0.").max(1_000_000).default(1),
  })
  .refine((c) => isMultipleOf(c.max, c.step), {
    path: ["max"],
    message: "The top score must be a whole number of steps.",
  });

export const reviewSettingsSchema = z.object({
  callId: id("call"),
  callVersion: version,
  settingsVersion: version,
  reviewersPerApplication: z.coerce
    .number()
    .int("A whole number.")
    .min(1, "At least 1.")
    .max(REVIEWERS_PER_APPLICATION_MAX, `At most ${REVIEWERS_PER_APPLICATION_MAX}.`),
  anonymised: z.boolean(),
  normalise: z.boolean(),
  avoidSameCountry: z.boolean(),
  aggregation: z.enum(["mean", "median"], { error: "Choose mean or median." }),
  offerDays: z.coerce.number().int("A whole number.").min(1, "At least 1 day.").max(120, "At most 120 days."),
  rubric: z
    .array(rubricCriterionSchema)
    .min(1, "Add at least one criterion.")
    .max(RUBRIC_MAX_CRITERIA, `At most ${RUBRIC_MAX_CRITERIA} criteria.`)
    .refine((list) => new Set(list.map((c) => c.id)).size === list.length, "Two criteria have the same id."),
});
export type ReviewSettingsInput = z.input<typeof reviewSettingsSchema>;
export type ReviewSettingsValues = z.output<typeof reviewSettingsSchema>;

export const callOnlySchema = z.object({ callId: id("call") });

export const addReviewerSchema = z.object({
  callId: id("call"),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Enter the reviewer's email address." })),
});

export const reassignSchema = z.object({
  reviewId: id("review"),
  reviewerId: id("reviewer"),
  version,
});

// Each score is checked against its own criterion's top and step by lib/review/rubric.ts.
const scores = z.record(z.string().max(40), z.number().finite().min(0).max(1_000_000).nullable());

export const reviewDraftSchema = z.object({
  applicationId: id("application"),
  scores,
  comment: z.string().max(COMMENT_MAX, `At most ${COMMENT_MAX} characters.`).default(""),
  version,
});

export const conflictSchema = z.object({
  applicationId: id("application"),
  reason: z
    .string()
    .trim()
    .min(3, "Say briefly why (e.g. we worked together in 2024).")
    .max(CONFLICT_REASON_MAX, `At most ${CONFLICT_REASON_MAX} characters.`),
  version,
});

export const scoreImportSchema = z.object({
  callId: id("call"),
  dryRun: z.preprocess((v) => v === true || v === "true" || v === "1" || v === "on", z.boolean()),
});

export const rankingParamsSchema = z.object({
  q: z.string().trim().max(120).optional().catch(undefined),
  // Keyset cursors of the review overview (db/keyset.ts).
  after: z.string().max(2000).optional().catch(undefined),
  before: z.string().max(2000).optional().catch(undefined),
});
