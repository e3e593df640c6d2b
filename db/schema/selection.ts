import { relations } from "drizzle-orm";
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { calls } from "./calls";
import type { Translations } from "./programmes";
import { users } from "./users";

export const reviewAggregationEnum = pgEnum("review_aggregation", [
  "mean", // the average of the reviewers' scores per criterion
  "median", // the middle score per criterion; one outlier reviewer moves it less
]);

export const selectionRunStatusEnum = pgEnum("selection_run_status", [
  "suggested", // computed and shown; nothing changed yet
  "accepted", // its chosen list became the shortlist
  "discarded", // set aside by staff
]);

export const letterKindEnum = pgEnum("letter_kind", [
  "offer", // a seat is offered; the applicant must answer by the offer's expiry
  "waitlist", // on the waiting list; may be offered a seat later
  "reject", // not selected this time
]);

/** How a call is reviewed and decided: one row per call, created with defaults on first save. */
export const selectionSettings = pgTable("selection_settings", {
  callId: uuid()
    .primaryKey()
    .references(() => calls.id, { onDelete: "cascade" }),
  reviewersPerApplication: integer().notNull().default(2),
  // Reviewers see no name, contact, organisation or file metadata.
  anonymised: boolean().notNull().default(false),
  // Per-reviewer z-scores before averaging, so harsh and lenient reviewers count the same.
  normalise: boolean().notNull().default(false),
  aggregation: reviewAggregationEnum().notNull().default("mean"),
  // Treat a reviewer from the applicant's own country as a conflict.
  avoidSameCountry: boolean().notNull().default(false),
  // Days an applicant has to answer an offer.
  offerDays: integer().notNull().default(14),
  version: integer().notNull().default(1),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** A suggestion from the solver, kept with its seed and rules so it can be reproduced and audited. */
export const selectionRuns = pgTable(
  "selection_runs",
  {
    id: uuid().primaryKey().defaultRandom(),
    callId: uuid()
      .notNull()
      .references(() => calls.id, { onDelete: "cascade" }),
    seed: integer().notNull(),
    rules: jsonb().$type<Record<string, unknown>>().notNull(),
    chosenIds: uuid().array().notNull(),
    objective: doublePrecision().notNull(),
    plainObjective: doublePrecision().notNull(),
    priceOfBalance: doublePrecision().notNull(),
    feasible: boolean().notNull(),
    violations: jsonb().$type<{ ruleId: string; amount: number; reason: string }[]>().notNull().default([]),
    candidates: integer().notNull(),
    solveMs: integer().notNull(),
    status: selectionRunStatusEnum().notNull().default("suggested"),
    // Why the rules could not all hold and the ways out, each solved (lib/selection/conflicts.ts
    // Explanation), or each rule's price when they could (RulePrice[]); filled just after the suggestion.
    explanation: jsonb().$type<Record<string, unknown>>(),
    rulePrices: jsonb().$type<Record<string, unknown>[]>(),
    // The way out the officer accepted ("fewer-seats", "relax.gender"…; null for the suggestion itself), and why.
    wayOut: text(),
    wayOutReason: text(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("selection_runs_call_created_idx").on(t.callId, t.createdAt),
    index("selection_runs_created_by_idx").on(t.createdBy),
    index("selection_runs_decided_by_idx").on(t.decidedBy),
  ],
);

/** Editable decision letters per call; placeholders like {{name}} are filled when the batch is sent. */
export const letterTemplates = pgTable(
  "letter_templates",
  {
    id: uuid().primaryKey().defaultRandom(),
    callId: uuid()
      .notNull()
      .references(() => calls.id, { onDelete: "cascade" }),
    kind: letterKindEnum().notNull(),
    subject: text().notNull(),
    body: text().notNull(),
    // subject and body in the programme's other languages (lib/i18n/content.ts).
    translations: jsonb().$type<Translations>().notNull().default({}),
    version: integer().notNull().default(1),
    updatedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("letter_templates_call_kind_key").on(t.callId, t.kind),
    index("letter_templates_updated_by_idx").on(t.updatedBy),
  ],
);

export const selectionSettingsRelations = relations(selectionSettings, ({ one }) => ({
  call: one(calls, { fields: [selectionSettings.callId], references: [calls.id] }),
}));
export const selectionRunsRelations = relations(selectionRuns, ({ one }) => ({
  call: one(calls, { fields: [selectionRuns.callId], references: [calls.id] }),
}));
export const letterTemplatesRelations = relations(letterTemplates, ({ one }) => ({
  call: one(calls, { fields: [letterTemplates.callId], references: [calls.id] }),
}));

export type SelectionSettings = typeof selectionSettings.$inferSelect;
export type SelectionRun = typeof selectionRuns.$inferSelect;
export type LetterTemplate = typeof letterTemplates.$inferSelect;
export type LetterKind = (typeof letterKindEnum.enumValues)[number];
export type ReviewAggregation = (typeof reviewAggregationEnum.enumValues)[number];
