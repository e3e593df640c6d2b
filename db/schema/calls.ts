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
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { cohorts, tracks } from "./cohorts";
import { organisations } from "./organisations";
import type { Translations } from "./programmes";
import { genderEnum, users } from "./users";

export const callStatusEnum = pgEnum("call_status", [
  "draft", // being prepared; not visible to applicants
  "open", // accepting applications between opens_at and closes_at
  "closed", // no longer accepting; review and selection go on
]);

export const applicationStatusEnum = pgEnum("application_status", [
  "draft", // being written by the applicant; kept across visits
  "submitted", // sent before the deadline
  "under_review", // assigned to reviewers
  "shortlisted", // chosen by staff, decision not yet sent
  "offered", // offered a seat; waiting for the applicant's answer
  "confirmed", // accepted the offer
  "declined", // turned the offer down (or let it expire)
  "waitlisted", // may be offered a seat if one frees up
  "rejected", // not selected
  "withdrawn", // withdrawn by the applicant
]);

/** Eligibility as data, checked before anyone writes: countries, regions, groups, yes/no criteria. */
export type CallEligibility = {
  nationality?: { countries?: string[]; regions?: string[]; groups?: string[] };
  residence?: { countries?: string[]; regions?: string[]; groups?: string[] };
  criteria?: { id: string; label: string }[];
};

/** The form's questions as data; later issues own the builder. Removed questions are hidden, never deleted. */
export type FormQuestion = {
  id: string;
  page: number;
  type:
    | "short_text"
    | "long_text"
    | "single_choice"
    | "multiple_choice"
    | "number"
    | "date"
    | "url"
    | "country"
    | "yes_no"
    | "file";
  label: string;
  help?: string;
  required: boolean;
  options?: string[];
  maxWords?: number;
  maxBytes?: number;
  accept?: string[];
  hidden?: boolean;
  // Per other language: `label`, `help` and `option:<the option as written>` (lib/i18n/content.ts).
  translations?: Translations;
};
export type CallForm = { pages: { title: string }[]; questions: FormQuestion[] };

export const calls = pgTable(
  "calls",
  {
    id: uuid().primaryKey().defaultRandom(),
    cohortId: uuid()
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    title: text().notNull(),
    description: text().notNull().default(""),
    status: callStatusEnum().notNull().default("draft"),
    opensAt: timestamp({ withTimezone: true }).notNull(),
    closesAt: timestamp({ withTimezone: true }).notNull(),
    eligibility: jsonb().$type<CallEligibility>().notNull().default({}),
    form: jsonb()
      .$type<CallForm>()
      .notNull()
      .default({ pages: [{ title: "Application" }], questions: [] }),
    // Review rubric and balance rules are owned by the selection area; stored with the call.
    rubric: jsonb().$type<{ id: string; label: string; weight: number; max: number }[]>().notNull().default([]),
    balanceRules: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    confirmationMessage: text().notNull().default(""),
    // title, description, confirmationMessage in the programme's other languages (lib/i18n/content.ts).
    translations: jsonb().$type<Translations>().notNull().default({}),
    nominationOnly: boolean().notNull().default(false),
    allowEditAfterSubmit: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("calls_cohort_idx").on(t.cohortId), index("calls_status_closes_idx").on(t.status, t.closesAt)],
);

/** Tracks offered by a call; applicants rank them. */
export const callTracks = pgTable(
  "call_tracks",
  {
    callId: uuid()
      .notNull()
      .references(() => calls.id, { onDelete: "cascade" }),
    trackId: uuid()
      .notNull()
      .references(() => tracks.id, { onDelete: "cascade" }),
  },
  (t) => [uniqueIndex("call_tracks_key").on(t.callId, t.trackId), index("call_tracks_track_idx").on(t.trackId)],
);

/** A nominating body's quota for a nomination-only call (e.g. three officials per ASEAN member state). */
export const nominationQuotas = pgTable(
  "nomination_quotas",
  {
    id: uuid().primaryKey().defaultRandom(),
    callId: uuid()
      .notNull()
      .references(() => calls.id, { onDelete: "cascade" }),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    focalPointId: uuid().references(() => users.id, { onDelete: "set null" }),
    country: char({ length: 2 }).notNull(),
    quota: integer().notNull(),
  },
  (t) => [
    uniqueIndex("nomination_quotas_key").on(t.callId, t.organisationId, t.country),
    index("nomination_quotas_org_idx").on(t.organisationId),
  ],
);

export const applications = pgTable(
  "applications",
  {
    id: uuid().primaryKey().defaultRandom(),
    // Human reference for letters and imports, e.g. "CPI24-0042".
    reference: text().notNull(),
    callId: uuid()
      .notNull()
      .references(() => calls.id, { onDelete: "cascade" }),
    applicantId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: applicationStatusEnum().notNull().default("draft"),
    answers: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    trackPreferences: uuid()
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    nominationQuotaId: uuid().references(() => nominationQuotas.id, { onDelete: "set null" }),
    // Snapshot at submission: later profile edits must not change a past selection.
    snapshotNationality: char({ length: 2 }),
    snapshotResidence: char({ length: 2 }),
    snapshotGender: genderEnum(),
    snapshotOrganisation: text(),
    snapshotField: text(),
    submittedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("applications_call_applicant_key").on(t.callId, t.applicantId),
    uniqueIndex("applications_reference_key").on(t.reference),
    index("applications_applicant_idx").on(t.applicantId),
    index("applications_call_status_idx").on(t.callId, t.status),
    index("applications_call_nationality_idx").on(t.callId, t.snapshotNationality),
    index("applications_quota_idx").on(t.nominationQuotaId),
    // The administrator's list pages by keyset (lib/applications/admin-queries.ts): newest first, and by last change.
    index("applications_call_submitted_idx").on(
      t.callId,
      sql`coalesce(${t.submittedAt}, '-infinity'::timestamptz)`,
      t.createdAt,
      t.id,
    ),
    index("applications_call_updated_idx").on(t.callId, t.updatedAt, t.id),
    // A reviewer's queue orders their reviews by the application's reference: read from the index alone.
    index("applications_id_reference_idx").on(t.id, t.reference),
  ],
);

/**
 * How many of a call's applications are in each status, and how many of those have no submitted review in the
 * stored ranking, kept as changes: statement triggers on applications (migration 0017) insert one row per call
 * and status a write moved, with how many it added (or took away, as negative numbers). A count is the sum of
 * its rows. `refreshRanking` adds, per status, the difference between a fresh count and that sum
 * (lib/calls/status-counts.ts recountStatuses), and a periodic job folds the rows of calls with many. Insert-only
 * and without locks, like ranking_changes: moves never wait on one another, nor on a ranking being worked out. No foreign key: a deleted application writes its own -1, and a deleted call's rows sum to nothing.
 */
export const applicationStatusCounts = pgTable(
  "application_status_counts",
  {
    callId: uuid().notNull(),
    status: applicationStatusEnum().notNull(),
    n: integer().notNull(),
    /** Of those, how many the stored ranking gives no submitted review (none when it has no row for one). */
    unreviewed: integer().notNull(),
  },
  (t) => [index("application_status_counts_call_idx").on(t.callId, t.status)],
);

/** Every move of an application's state, with who, when and why. */
export const applicationEvents = pgTable(
  "application_events",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    fromStatus: applicationStatusEnum(),
    toStatus: applicationStatusEnum().notNull(),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    reason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("application_events_application_idx").on(t.applicationId, t.createdAt),
    index("application_events_actor_idx").on(t.actorId),
  ],
);

export const applicationFiles = pgTable(
  "application_files",
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    questionId: text().notNull(),
    storageKey: text().notNull(),
    fileName: text().notNull(),
    mimeType: text().notNull(),
    sizeBytes: integer().notNull(),
    uploadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("application_files_question_key").on(t.applicationId, t.questionId)],
);

export const callsRelations = relations(calls, ({ one, many }) => ({
  cohort: one(cohorts, { fields: [calls.cohortId], references: [cohorts.id] }),
  tracks: many(callTracks),
  applications: many(applications),
  quotas: many(nominationQuotas),
}));
export const callTracksRelations = relations(callTracks, ({ one }) => ({
  call: one(calls, { fields: [callTracks.callId], references: [calls.id] }),
  track: one(tracks, { fields: [callTracks.trackId], references: [tracks.id] }),
}));
export const nominationQuotasRelations = relations(nominationQuotas, ({ one }) => ({
  call: one(calls, { fields: [nominationQuotas.callId], references: [calls.id] }),
  organisation: one(organisations, { fields: [nominationQuotas.organisationId], references: [organisations.id] }),
  focalPoint: one(users, { fields: [nominationQuotas.focalPointId], references: [users.id] }),
}));
export const applicationsRelations = relations(applications, ({ one, many }) => ({
  call: one(calls, { fields: [applications.callId], references: [calls.id] }),
  applicant: one(users, { fields: [applications.applicantId], references: [users.id] }),
  quota: one(nominationQuotas, { fields: [applications.nominationQuotaId], references: [nominationQuotas.id] }),
  events: many(applicationEvents),
  files: many(applicationFiles),
}));
export const applicationEventsRelations = relations(applicationEvents, ({ one }) => ({
  application: one(applications, { fields: [applicationEvents.applicationId], references: [applications.id] }),
  actor: one(users, { fields: [applicationEvents.actorId], references: [users.id] }),
}));
export const applicationFilesRelations = relations(applicationFiles, ({ one }) => ({
  application: one(applications, { fields: [applicationFiles.applicationId], references: [applications.id] }),
}));

export type Call = typeof calls.$inferSelect;
export type NewCall = typeof calls.$inferInsert;
export type Application = typeof applications.$inferSelect;
export type NewApplication = typeof applications.$inferInsert;
export type ApplicationStatus = (typeof applicationStatusEnum.enumValues)[number];
