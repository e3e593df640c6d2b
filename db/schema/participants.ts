import { relations } from "drizzle-orm";
import {
  boolean,
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
import { cohorts, sessions, tracks } from "./cohorts";
import type { Translations } from "./programmes";
import { users } from "./users";

export const enrolmentStatusEnum = pgEnum("enrolment_status", [
  "offered", // has an offer; must confirm by offer_expires_at
  "confirmed", // accepted; onboarding may still be open
  "declined", // turned the offer down or let it expire
  "withdrawn", // left after confirming
  "completed", // met the completion rule; an alumnus of this cohort
  "not_completed", // the cohort ended without the rule being met
]);

export const attendanceStatusEnum = pgEnum("attendance_status", [
  "present", // attended
  "absent", // did not attend
  "excused", // absent with a reason staff accepted
]);

export const attendanceMethodEnum = pgEnum("attendance_method", [
  "staff", // marked by staff
  "code", // participant checked in with the room code
  "import", // imported from an online-class report
]);

export const proposalStatusEnum = pgEnum("proposal_status", [
  "draft", // being written
  "submitted", // sent for review
  "reviewed", // mentors have scored it
]);

/** A person's place in a cohort, from offer to completion. */
export const enrolments = pgTable(
  "enrolments",
  {
    id: uuid().primaryKey().defaultRandom(),
    cohortId: uuid()
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    applicationId: uuid().references(() => applications.id, { onDelete: "set null" }),
    trackId: uuid().references(() => tracks.id, { onDelete: "set null" }),
    status: enrolmentStatusEnum().notNull().default("offered"),
    offerExpiresAt: timestamp({ withTimezone: true }),
    onboarding: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    // What the participant agreed to show to the rest of the cohort.
    sharing: jsonb().$type<Record<string, boolean>>().notNull().default({}),
    certificateCode: text(),
    // The holder's name as printed on the certificate when it was issued: a later change of name in the
    // account does not change what the verify page says was certified.
    certificateName: text(),
    completedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("enrolments_cohort_user_key").on(t.cohortId, t.userId),
    uniqueIndex("enrolments_certificate_key").on(t.certificateCode),
    index("enrolments_user_idx").on(t.userId),
    index("enrolments_cohort_status_idx").on(t.cohortId, t.status),
    index("enrolments_track_idx").on(t.trackId),
    index("enrolments_application_idx").on(t.applicationId),
  ],
);

export const attendance = pgTable(
  "attendance",
  {
    sessionId: uuid()
      .notNull()
      .references(() => sessions.id, { onDelete: "cascade" }),
    enrolmentId: uuid()
      .notNull()
      .references(() => enrolments.id, { onDelete: "cascade" }),
    status: attendanceStatusEnum().notNull(),
    method: attendanceMethodEnum().notNull(),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("attendance_session_enrolment_key").on(t.sessionId, t.enrolmentId),
    index("attendance_enrolment_idx").on(t.enrolmentId),
  ],
);

export type ProposalContent = Record<string, unknown>;

export const proposals = pgTable(
  "proposals",
  {
    id: uuid().primaryKey().defaultRandom(),
    enrolmentId: uuid()
      .notNull()
      .references(() => enrolments.id, { onDelete: "cascade" }),
    title: text().notNull().default(""),
    field: text(),
    content: jsonb().$type<ProposalContent>().notNull().default({}),
    status: proposalStatusEnum().notNull().default("draft"),
    isOutstanding: boolean().notNull().default(false),
    presentationSessionId: uuid().references(() => sessions.id, { onDelete: "set null" }),
    shareWithAlumni: boolean().notNull().default(false),
    submittedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One proposal per participant per cohort.
    uniqueIndex("proposals_enrolment_key").on(t.enrolmentId),
    index("proposals_presentation_idx").on(t.presentationSessionId),
  ],
);

/** What a cohort asks of its participants: the completion rule and the proposal template. */
export type CompletionRule = {
  /** Share of the participant's sessions (their track's and the whole cohort's) attended, 0–100. */
  minAttendancePercent: number;
  /** A proposal must have been submitted. */
  requireProposal: boolean;
};
/** One criterion of a rubric; scores go from 0 to `max` in steps of `step` (1 when absent: whole numbers). */
export type RubricCriterion = { id: string; label: string; max: number; weight: number; step?: number };
export type ProposalTemplate = {
  instructions: string;
  /** Word limit per long-text field (summary, objectives, partners, outcomes, risks). */
  wordLimits: Record<string, number>;
  /** The mentors' rubric; scored through the same reviews table as applications. */
  rubric: RubricCriterion[];
};

/** One row per cohort that has set its own rule or template; a cohort without one uses the defaults in lib/participants. */
export const cohortParticipantSettings = pgTable("cohort_participant_settings", {
  cohortId: uuid()
    .primaryKey()
    .references(() => cohorts.id, { onDelete: "cascade" }),
  completionRule: jsonb().$type<CompletionRule>().notNull(),
  proposalTemplate: jsonb().$type<ProposalTemplate>().notNull(),
  proposalDeadline: timestamp({ withTimezone: true }),
  version: integer().notNull().default(1),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Staff news for one cohort's participants. */
export const announcements = pgTable(
  "announcements",
  {
    id: uuid().primaryKey().defaultRandom(),
    cohortId: uuid()
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    title: text().notNull(),
    body: text().notNull(),
    // title and body in the programme's other languages (lib/i18n/content.ts).
    translations: jsonb().$type<Translations>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("announcements_cohort_created_idx").on(t.cohortId, t.createdAt)],
);

export const materialKindEnum = pgEnum("material_kind", [
  "file", // an uploaded file, stored behind lib/uploads/storage.ts
  "link", // an https link
]);

/** Slides, readings and links for one session. */
export const sessionMaterials = pgTable(
  "session_materials",
  {
    id: uuid().primaryKey().defaultRandom(),
    sessionId: uuid()
      .notNull()
      .references(() => sessions.id, { onDelete: "cascade" }),
    kind: materialKindEnum().notNull(),
    title: text().notNull(),
    url: text(),
    storageKey: text(),
    fileName: text(),
    mimeType: text(),
    sizeBytes: integer(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("session_materials_session_idx").on(t.sessionId)],
);

/** Files attached to a proposal. */
export const proposalAttachments = pgTable(
  "proposal_attachments",
  {
    id: uuid().primaryKey().defaultRandom(),
    proposalId: uuid()
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    storageKey: text().notNull(),
    fileName: text().notNull(),
    mimeType: text().notNull(),
    sizeBytes: integer().notNull(),
    uploadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("proposal_attachments_proposal_idx").on(t.proposalId)],
);

/** Who the selection proposes for a seat freed by a declined or expired offer; staff decide. */
export const seatReplacements = pgTable(
  "seat_replacements",
  {
    id: uuid().primaryKey().defaultRandom(),
    cohortId: uuid()
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    freedEnrolmentId: uuid()
      .notNull()
      .references(() => enrolments.id, { onDelete: "cascade" }),
    callId: uuid().references(() => calls.id, { onDelete: "set null" }),
    proposedApplicationId: uuid().references(() => applications.id, { onDelete: "set null" }),
    reason: text().notNull(),
    // The balance rules' states with the replacement in, as lib/selection reported them.
    rules: jsonb().$type<unknown[]>().notNull().default([]),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("seat_replacements_freed_key").on(t.freedEnrolmentId),
    index("seat_replacements_cohort_idx").on(t.cohortId, t.createdAt),
  ],
);

export const enrolmentsRelations = relations(enrolments, ({ one, many }) => ({
  cohort: one(cohorts, { fields: [enrolments.cohortId], references: [cohorts.id] }),
  user: one(users, { fields: [enrolments.userId], references: [users.id] }),
  application: one(applications, { fields: [enrolments.applicationId], references: [applications.id] }),
  track: one(tracks, { fields: [enrolments.trackId], references: [tracks.id] }),
  attendance: many(attendance),
  proposal: one(proposals, { fields: [enrolments.id], references: [proposals.enrolmentId] }),
}));
export const attendanceRelations = relations(attendance, ({ one }) => ({
  session: one(sessions, { fields: [attendance.sessionId], references: [sessions.id] }),
  enrolment: one(enrolments, { fields: [attendance.enrolmentId], references: [enrolments.id] }),
}));
export const proposalsRelations = relations(proposals, ({ one }) => ({
  enrolment: one(enrolments, { fields: [proposals.enrolmentId], references: [enrolments.id] }),
  presentationSession: one(sessions, { fields: [proposals.presentationSessionId], references: [sessions.id] }),
}));

export type Enrolment = typeof enrolments.$inferSelect;
export type NewEnrolment = typeof enrolments.$inferInsert;
export type Proposal = typeof proposals.$inferSelect;
export type Announcement = typeof announcements.$inferSelect;
export type SessionMaterial = typeof sessionMaterials.$inferSelect;
export type SeatReplacement = typeof seatReplacements.$inferSelect;
export type EnrolmentStatus = (typeof enrolmentStatusEnum.enumValues)[number];
export type AttendanceStatus = (typeof attendanceStatusEnum.enumValues)[number];
