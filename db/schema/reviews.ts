import { relations, sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { applications } from "./calls";
import { proposals } from "./participants";
import { users } from "./users";

export const reviewStatusEnum = pgEnum("review_status", [
  "assigned", // waiting for the reviewer
  "draft", // scores saved, not yet submitted
  "submitted", // final; counts in the ranking
  "conflict", // the reviewer declared a conflict of interest; does not count
]);

/**
 * One reviewer's work on one application or one proposal: the same engine scores both.
 * Exactly one of application_id and proposal_id is set.
 */
export const reviews = pgTable(
  "reviews",
  {
    id: uuid().primaryKey().defaultRandom(),
    reviewerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    applicationId: uuid().references(() => applications.id, { onDelete: "cascade" }),
    proposalId: uuid().references(() => proposals.id, { onDelete: "cascade" }),
    status: reviewStatusEnum().notNull().default("assigned"),
    // criterion id -> score
    scores: jsonb().$type<Record<string, number>>().notNull().default({}),
    comment: text().notNull().default(""),
    conflictReason: text(),
    version: integer().notNull().default(1),
    assignedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    check("reviews_one_subject", sql`num_nonnulls(${t.applicationId}, ${t.proposalId}) = 1`),
    uniqueIndex("reviews_reviewer_application_key").on(t.reviewerId, t.applicationId),
    uniqueIndex("reviews_reviewer_proposal_key").on(t.reviewerId, t.proposalId),
    index("reviews_application_idx").on(t.applicationId),
    index("reviews_proposal_idx").on(t.proposalId),
    index("reviews_reviewer_status_idx").on(t.reviewerId, t.status),
  ],
);

export const reviewsRelations = relations(reviews, ({ one }) => ({
  reviewer: one(users, { fields: [reviews.reviewerId], references: [users.id] }),
  application: one(applications, { fields: [reviews.applicationId], references: [applications.id] }),
  proposal: one(proposals, { fields: [reviews.proposalId], references: [proposals.id] }),
}));

export type Review = typeof reviews.$inferSelect;
export type NewReview = typeof reviews.$inferInsert;
