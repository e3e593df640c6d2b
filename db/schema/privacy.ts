import { sql } from "drizzle-orm";
import { index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { programmes } from "./programmes";
import { users } from "./users";

/** What a person agreed to, in the words they were shown, and when: one row per agreement. */
export const consents = pgTable(
  "consents",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // What the agreement is for ("application", "sign_up").
    purpose: text().notNull(),
    // The wording's version and its SHA-256, so a later edit of the text cannot rewrite what was agreed.
    version: text().notNull(),
    wording: text().notNull(),
    wordingHash: text().notNull(),
    // The record the agreement came with (an application), when there is one.
    entityType: text(),
    entityId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("consents_user_idx").on(t.userId, t.createdAt)],
);

export const deletionRequestStatusEnum = pgEnum("deletion_request_status", [
  "requested", // the person asked and confirmed; staff have not decided
  "approved", // staff approved; the person's data was anonymised in the same transaction
  "refused", // staff refused, with a reason sent to the person
]);

/** A person's request to erase their data; staff approve (which anonymises) or refuse with a reason. */
export const deletionRequests = pgTable(
  "deletion_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: deletionRequestStatusEnum().notNull().default("requested"),
    // The person's own words, optional; erased on approval with everything else.
    note: text(),
    decidedById: uuid().references(() => users.id, { onDelete: "set null" }),
    decisionReason: text(),
    requestedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // One open request per person.
    uniqueIndex("deletion_requests_open_key")
      .on(t.userId)
      .where(sql`${t.status} = 'requested'`),
    index("deletion_requests_status_idx").on(t.status, t.requestedAt),
  ],
);

/** How long a programme keeps unsuccessful applications after their call closes; no row keeps them. */
export const retentionPolicies = pgTable("retention_policies", {
  programmeId: uuid()
    .primaryKey()
    .references(() => programmes.id, { onDelete: "cascade" }),
  unsuccessfulMonths: integer().notNull(),
  updatedById: uuid().references(() => users.id, { onDelete: "set null" }),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
