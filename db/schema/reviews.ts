import { relations, sql } from "drizzle-orm";
import {
  check,
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
import { applications, calls } from "./calls";
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
    // A reviewer's queue (lib/review/queries.ts `listMyReviews`) lists open work first: read in that order, its
    // page needs the references of the open reviews only, not a sort of all the reviewer's reviews.
    index("reviews_reviewer_queue_idx")
      .on(t.reviewerId, sql`(${t.status} = 'submitted')`)
      .where(sql`${t.applicationId} is not null`),
    // The dashboard's reviews outstanding (lib/reports/attention.ts) read from the index alone.
    index("reviews_open_application_idx")
      .on(t.applicationId)
      .where(sql`${t.status} in ('assigned', 'draft')`),
  ],
);

/**
 * A call's ranking as the database last worked it out (lib/review/ranking.ts `refreshRanking`): one row per
 * reviewable application with its aggregated criteria, raw and normalised scores and its place. Pages read a
 * page of it by rank; it is worked out again, in one statement, when `ranking_changes` says something it
 * depends on changed.
 */
export const applicationScores = pgTable(
  "application_scores",
  {
    // No foreign keys: derived rows, replaced whole (checking 100,000 references cost seconds); pages join
    // applications, and a deleted application or call logs a ranking change.
    applicationId: uuid().primaryKey(),
    callId: uuid().notNull(),
    /** 1 is the best; by score, then the call's seeded tie-break, then id. */
    rank: integer().notNull(),
    /** Submitted reviews. */
    reviews: integer().notNull(),
    /** criterion id -> aggregate over the submitted reviews (null where none scored it). */
    criteria: jsonb().$type<Record<string, number | null>>().notNull(),
    raw: doublePrecision(),
    normalised: doublePrecision(),
    /** What ranks and what the selection maximises (normalised when the call says so, else raw). */
    score: doublePrecision().notNull(),
  },
  (t) => [uniqueIndex("application_scores_call_rank_key").on(t.callId, t.rank)],
);

/**
 * What a call's stored ranking was worked out with (rubric, aggregation, normalisation, tie-break seed, as
 * `refreshRanking` writes it): a call whose settings say otherwise is worked out again.
 */
export const callRankings = pgTable("call_rankings", {
  callId: uuid()
    .primaryKey()
    .references(() => calls.id, { onDelete: "cascade" }),
  basis: text().notNull(),
  /** Rows of the stored ranking (the unfiltered page's total, without counting them on every read). */
  applications: integer().notNull(),
  /** The review overview's figures, counted with the ranking (they change only when reviews do). */
  figures: jsonb().$type<ReviewFigures>().notNull(),
});

export type ReviewFigures = {
  /** Reviews not declared a conflict, and those submitted, over the call's applications. */
  reviews: number;
  submitted: number;
  /** Reviewable applications with no reviewer (a conflict does not count). */
  unassigned: number;
  /** reviewer id -> [open (assigned or draft), submitted, conflicts] */
  reviewers: Record<string, [number, number, number]>;
};

/**
 * A call whose stored ranking is out of date: written by triggers (migration 0013) when a review or an
 * application's reviewable status changes; cleared by `refreshRanking`. Insert-only for writers, so
 * concurrent submissions never wait on one another here.
 */
export const rankingChanges = pgTable("ranking_changes", { callId: uuid().notNull() }, (t) => [
  index("ranking_changes_call_idx").on(t.callId),
]);

export const reviewsRelations = relations(reviews, ({ one }) => ({
  reviewer: one(users, { fields: [reviews.reviewerId], references: [users.id] }),
  application: one(applications, { fields: [reviews.applicationId], references: [applications.id] }),
  proposal: one(proposals, { fields: [reviews.proposalId], references: [proposals.id] }),
}));

export type Review = typeof reviews.$inferSelect;
export type NewReview = typeof reviews.$inferInsert;
