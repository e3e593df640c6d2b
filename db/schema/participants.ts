import { relations } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { applications } from "./calls";
import { cohorts, sessions, tracks } from "./cohorts";
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
  (t) => [uniqueIndex("attendance_session_enrolment_key").on(t.sessionId, t.enrolmentId), index("attendance_enrolment_idx").on(t.enrolmentId)],
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
