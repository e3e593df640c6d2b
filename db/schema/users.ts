import { relations, sql } from "drizzle-orm";
import {
  boolean,
  char,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

export const genderEnum = pgEnum("gender", [
  "woman", // self-described woman
  "man", // self-described man
  "non_binary", // self-described non-binary
  "another", // described in the person's own words (profiles.gender_other)
  "undisclosed", // prefers not to say; balance rules count these apart
]);

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    // Stored lower-cased so that one address is one account whatever its case.
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text(),
    // The one global role; every other role is a row tying the user to a programme.
    isAdmin: boolean().notNull().default(false),
    locale: text().notNull().default("en"),
    timeZone: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_key").on(sql`lower(${t.email})`)],
);

export const profiles = pgTable(
  "profiles",
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    givenName: text(),
    familyName: text(),
    gender: genderEnum().notNull().default("undisclosed"),
    genderOther: text(),
    nationality: char({ length: 2 }),
    residence: char({ length: 2 }),
    organisation: text(),
    position: text(),
    field: text(),
    languages: text().array().notNull().default(sql`'{}'::text[]`),
    yearsExperience: integer(),
    phone: text(),
    version: integer().notNull().default(1),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("profiles_nationality_idx").on(t.nationality), index("profiles_gender_idx").on(t.gender)],
);

/** Failed sign-ins per key ("email:…" or "ip:…"), kept in the database so every instance sees them. */
export const signInThrottles = pgTable("sign_in_throttles", {
  key: text().primaryKey(),
  failures: integer().notNull().default(0),
  windowStartedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp({ withTimezone: true }),
});

export const usersRelations = relations(users, ({ one }) => ({
  profile: one(profiles, { fields: [users.id], references: [profiles.userId] }),
}));

export const profilesRelations = relations(profiles, ({ one }) => ({
  user: one(users, { fields: [profiles.userId], references: [users.id] }),
}));

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Profile = typeof profiles.$inferSelect;
export type NewProfile = typeof profiles.$inferInsert;
export type Gender = (typeof genderEnum.enumValues)[number];
