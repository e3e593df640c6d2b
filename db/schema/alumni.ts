import { relations, sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  char,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./users";

export const visibilityEnum = pgEnum("visibility", [
  "public", // anyone, signed in or not
  "alumni", // signed-in alumni and staff
  "staff", // programme staff only
]);

export const postKindEnum = pgEnum("post_kind", [
  "news", // an alumnus's news
  "opportunity", // a call, job or grant
  "event", // something with a date people can RSVP to
]);

/**
 * The profile fields an alumnus can show or hide, each with its own visibility. "name" decides whether the
 * person is listed in the public directory at all (alumni and staff always see the names of alumni).
 */
export type AlumniVisibility = Partial<
  Record<
    "name" | "photo" | "bio" | "position" | "organisation" | "country" | "fields" | "languages" | "links" | "email",
    "public" | "alumni" | "staff"
  >
>;

export const alumniProfiles = pgTable(
  "alumni_profiles",
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    photoKey: text(),
    bio: text().notNull().default(""),
    currentPosition: text(),
    currentOrganisation: text(),
    country: char({ length: 2 }),
    fields: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    languages: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    links: jsonb().$type<{ label: string; url: string }[]>().notNull().default([]),
    contactEmail: text(),
    // Owner-chosen visibility per field; a field missing here is "staff".
    visibility: jsonb().$type<AlumniVisibility>().notNull().default({}),
    isExpert: boolean().notNull().default(false),
    expertAreas: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    expertAvailability: text(),
    isExpertPublic: boolean().notNull().default(false),
    // Opted in to the email digest of new posts.
    digestOptIn: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("alumni_profiles_country_idx").on(t.country), index("alumni_profiles_expert_idx").on(t.isExpert)],
);

/** "Where are they now": each change of position, organisation or country, kept in order. */
export const alumniProfileUpdates = pgTable(
  "alumni_profile_updates",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    position: text(),
    organisation: text(),
    country: char({ length: 2 }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("alumni_profile_updates_user_idx").on(t.userId, t.createdAt)],
);

export const posts = pgTable(
  "posts",
  {
    id: uuid().primaryKey().defaultRandom(),
    authorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: postKindEnum().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    // For opportunities: call, job, grant or other (lib/alumni/schemas.ts lists them).
    opportunityKind: text(),
    link: text(),
    eventStartsAt: timestamp({ withTimezone: true }),
    eventEndsAt: timestamp({ withTimezone: true }),
    // The IANA zone an event is shown in (its organiser's), named beside every time.
    eventTimeZone: text(),
    eventLocation: text(),
    isHidden: boolean().notNull().default(false),
    isPinned: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("posts_author_idx").on(t.authorId),
    index("posts_created_idx").on(t.createdAt),
    index("posts_kind_idx").on(t.kind),
  ],
);

/** One row per person going to an event post. */
export const postRsvps = pgTable(
  "post_rsvps",
  {
    postId: uuid()
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId] }), index("post_rsvps_user_idx").on(t.userId)],
);

/** A message between two alumni; the recipient is told by email, and neither sees the other's address. */
export const alumniMessages = pgTable(
  "alumni_messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    senderId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    recipientId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("alumni_messages_sender_idx").on(t.senderId, t.createdAt),
    index("alumni_messages_recipient_idx").on(t.recipientId, t.createdAt),
  ],
);

/** The blocker receives no messages from the blocked person (and sends none to them). */
export const alumniBlocks = pgTable(
  "alumni_blocks",
  {
    blockerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    blockedId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.blockerId, t.blockedId] }), index("alumni_blocks_blocked_idx").on(t.blockedId)],
);

export const reportStatusEnum = pgEnum("report_status", [
  "open", // waiting for staff
  "resolved", // staff looked at it and acted (or not)
]);

/** A report of a person, a message or a post, for staff to look at. */
export const alumniReports = pgTable(
  "alumni_reports",
  {
    id: uuid().primaryKey().defaultRandom(),
    reporterId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reportedUserId: uuid().references(() => users.id, { onDelete: "cascade" }),
    messageId: uuid().references(() => alumniMessages.id, { onDelete: "set null" }),
    postId: uuid().references(() => posts.id, { onDelete: "set null" }),
    reason: text().notNull(),
    status: reportStatusEnum().notNull().default("open"),
    resolvedById: uuid().references(() => users.id, { onDelete: "set null" }),
    resolvedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("alumni_reports_status_idx").on(t.status, t.createdAt),
    index("alumni_reports_reporter_idx").on(t.reporterId),
    index("alumni_reports_reported_idx").on(t.reportedUserId),
    index("alumni_reports_message_idx").on(t.messageId),
    index("alumni_reports_post_idx").on(t.postId),
    index("alumni_reports_resolved_by_idx").on(t.resolvedById),
  ],
);

/** Technical assistance an expert gave, recorded by staff ("supported the 2019 periodic report of Mongolia"). */
export const expertEngagements = pgTable(
  "expert_engagements",
  {
    id: uuid().primaryKey().defaultRandom(),
    expertId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    description: text().notNull(),
    country: char({ length: 2 }),
    year: integer().notNull(),
    recordedById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("expert_engagements_expert_idx").on(t.expertId, t.year),
    index("expert_engagements_recorded_by_idx").on(t.recordedById),
  ],
);

/** Each digest of new posts sent, so the next one starts where this one ended. */
export const alumniDigests = pgTable(
  "alumni_digests",
  {
    id: uuid().primaryKey().defaultRandom(),
    // Posts created in [periodStart, periodEnd) were in this digest.
    periodStart: timestamp({ withTimezone: true }).notNull(),
    periodEnd: timestamp({ withTimezone: true }).notNull(),
    postCount: integer().notNull(),
    recipientCount: integer().notNull(),
    sentById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("alumni_digests_period_idx").on(t.periodEnd), index("alumni_digests_sent_by_idx").on(t.sentById)],
);

export const postComments = pgTable(
  "post_comments",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    postId: uuid()
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    authorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    body: text().notNull(),
    isHidden: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("post_comments_post_idx").on(t.postId), index("post_comments_author_idx").on(t.authorId)],
);

export const alumniProfilesRelations = relations(alumniProfiles, ({ one }) => ({
  user: one(users, { fields: [alumniProfiles.userId], references: [users.id] }),
}));
export const postsRelations = relations(posts, ({ one, many }) => ({
  author: one(users, { fields: [posts.authorId], references: [users.id] }),
  comments: many(postComments),
}));
export const postCommentsRelations = relations(postComments, ({ one }) => ({
  post: one(posts, { fields: [postComments.postId], references: [posts.id] }),
  author: one(users, { fields: [postComments.authorId], references: [users.id] }),
}));

export type AlumniProfile = typeof alumniProfiles.$inferSelect;
export type Post = typeof posts.$inferSelect;
export type PostKind = (typeof postKindEnum.enumValues)[number];
export type Visibility = (typeof visibilityEnum.enumValues)[number];
export type AlumniMessage = typeof alumniMessages.$inferSelect;
export type ExpertEngagement = typeof expertEngagements.$inferSelect;
