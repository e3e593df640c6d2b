import { relations, sql } from "drizzle-orm";
import { bigint, boolean, char, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
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

/** The profile fields an alumnus can show or hide, each with its own visibility. */
export type AlumniVisibility = Partial<
  Record<"photo" | "bio" | "position" | "organisation" | "country" | "fields" | "languages" | "links" | "email", "public" | "alumni" | "staff">
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
    fields: text().array().notNull().default(sql`'{}'::text[]`),
    languages: text().array().notNull().default(sql`'{}'::text[]`),
    links: jsonb().$type<{ label: string; url: string }[]>().notNull().default([]),
    contactEmail: text(),
    // Owner-chosen visibility per field; a field missing here is "staff".
    visibility: jsonb().$type<AlumniVisibility>().notNull().default({}),
    isExpert: boolean().notNull().default(false),
    expertAreas: text().array().notNull().default(sql`'{}'::text[]`),
    expertAvailability: text(),
    isExpertPublic: boolean().notNull().default(false),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("alumni_profiles_country_idx").on(t.country), index("alumni_profiles_expert_idx").on(t.isExpert)],
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
    eventStartsAt: timestamp({ withTimezone: true }),
    eventEndsAt: timestamp({ withTimezone: true }),
    isHidden: boolean().notNull().default(false),
    isPinned: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("posts_author_idx").on(t.authorId), index("posts_created_idx").on(t.createdAt)],
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
