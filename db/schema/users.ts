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
    // The language the person chose (en, ko, fr); null until they choose, when the browser's language is used.
    locale: text(),
    timeZone: text(),
    // Null only while a self-made account has not opened its confirmation link. Accounts that staff,
    // imports or nominations create start set (no one can sign in to them before a claim link, which
    // sets it again), and so did every account that existed before verification did.
    emailVerifiedAt: timestamp({ withTimezone: true }).defaultNow(),
    // Two-factor (RFC 6238): the base32 secret, set while enrolling; enabled once a code confirmed it.
    totpSecret: text(),
    totpEnabledAt: timestamp({ withTimezone: true }),
    // The last time step a code was accepted for, so one code cannot be used twice.
    totpLastStep: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(sql`lower(${t.email})`),
    // The alumni directory walks people by name and stops at its page.
    index("users_name_idx").on(t.name, t.id),
  ],
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
    languages: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    yearsExperience: integer(),
    phone: text(),
    version: integer().notNull().default(1),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("profiles_nationality_idx").on(t.nationality), index("profiles_gender_idx").on(t.gender)],
);

export const userTokenPurposeEnum = pgEnum("user_token_purpose", [
  "verify_email", // proves a self-made account's address; sets users.email_verified_at
  "reset_password", // chooses a new password after "forgot password"; short-lived
  "claim_account", // an invited or imported person sets their first password; also verifies the address
]);

/** Single-use links sent by email. Only a hash of the token is kept, so a database read opens no account. */
export const userTokens = pgTable(
  "user_tokens",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: userTokenPurposeEnum().notNull(),
    tokenHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("user_tokens_hash_key").on(t.tokenHash), index("user_tokens_user_idx").on(t.userId, t.purpose)],
);

/**
 * One row per sign-in. The session cookie names its row, and every request checks it: an ended row
 * (sign-out, password change, claim, role removal, "sign out everywhere") or one past its idle or
 * absolute lifetime no longer opens anything, whatever the cookie says.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp({ withTimezone: true }),
    endReason: text(),
    ip: text(),
    userAgent: text(),
    // Hash of the one-time grant that turns this row into a cookie (Auth.js's authorize step); cleared when used.
    grantHash: text(),
  },
  (t) => [
    index("user_sessions_user_idx").on(t.userId, t.createdAt),
    uniqueIndex("user_sessions_grant_key").on(t.grantHash),
  ],
);

/** Two-factor recovery codes: hashed, each usable once. */
export const userRecoveryCodes = pgTable(
  "user_recovery_codes",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("user_recovery_codes_key").on(t.userId, t.codeHash)],
);

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
export type UserTokenPurpose = (typeof userTokenPurposeEnum.enumValues)[number];
export type UserSession = typeof userSessions.$inferSelect;
export type Gender = (typeof genderEnum.enumValues)[number];
