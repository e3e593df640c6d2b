import { relations } from "drizzle-orm";
import {
  boolean,
  date,
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
import { organisations } from "./organisations";
import { programmes, type Translations } from "./programmes";

export const cohortStatusEnum = pgEnum("cohort_status", [
  "planned", // dates set, not yet recruiting or running
  "open", // a call is open or participants are being selected
  "running", // the edition is under way
  "postponed", // moved; new dates in the row or "to be announced" (null dates)
  "cancelled", // will not take place
  "completed", // finished; participants who met the rule are alumni
]);

export const cohortFormatEnum = pgEnum("cohort_format", [
  "in_person", // everyone in one place
  "online", // everyone remote
  "hybrid", // online and in-person phases or audiences
]);

export const phaseModeEnum = pgEnum("phase_mode", [
  "online", // e.g. the two-week online class
  "in_person", // e.g. the intensive course in Korea
]);

export const trackLevelEnum = pgEnum("track_level", [
  "intensive", // the longer, deeper course
  "general", // the shorter general course
  "senior", // senior-level officials
  "working", // working-level staff
]);

export const sessionKindEnum = pgEnum("session_kind", [
  "lecture",
  "panel",
  "workshop",
  "site_visit",
  "seminar",
  "forum",
  "keynote",
  "networking",
  "ceremony",
  "performance",
  "peer_learning",
  "action_planning",
  "online_class",
  "country_presentation",
]);

export const audienceLevelEnum = pgEnum("audience_level", [
  "all", // everyone in the cohort or track
  "senior", // senior-level participants only
  "working", // working-level participants only
]);

export const sessionStatusEnum = pgEnum("session_status", [
  "scheduled", // takes place as shown
  "postponed", // moved; new time in the row or to be announced
  "cancelled", // will not take place
]);

/** One edition of a programme (CPI 2023, Seoul June 2018). */
export const cohorts = pgTable(
  "cohorts",
  {
    id: uuid().primaryKey().defaultRandom(),
    programmeId: uuid()
      .notNull()
      .references(() => programmes.id, { onDelete: "cascade" }),
    title: text().notNull(),
    year: integer().notNull(),
    // Null while a postponed edition's new dates are to be announced.
    startDate: date(),
    endDate: date(),
    timeZone: text().notNull().default("Asia/Seoul"),
    format: cohortFormatEnum().notNull().default("in_person"),
    location: text(),
    capacity: integer(),
    status: cohortStatusEnum().notNull().default("planned"),
    statusReason: text(),
    isPublished: boolean().notNull().default(false),
    // title and location in the programme's other languages (lib/i18n/content.ts).
    translations: jsonb().$type<Translations>().notNull().default({}),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("cohorts_programme_idx").on(t.programmeId), index("cohorts_status_idx").on(t.status)],
);

export const cohortPhases = pgTable(
  "cohort_phases",
  {
    id: uuid().primaryKey().defaultRandom(),
    cohortId: uuid()
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    title: text().notNull(),
    mode: phaseModeEnum().notNull(),
    startDate: date().notNull(),
    endDate: date().notNull(),
    position: integer().notNull().default(0),
  },
  (t) => [index("cohort_phases_cohort_idx").on(t.cohortId)],
);

/** A section of a cohort, often run with partner organisations (track_partners). */
export const tracks = pgTable(
  "tracks",
  {
    id: uuid().primaryKey().defaultRandom(),
    cohortId: uuid()
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    title: text().notNull(),
    field: text(),
    level: trackLevelEnum().notNull().default("general"),
    capacity: integer(),
    position: integer().notNull().default(0),
  },
  (t) => [index("tracks_cohort_idx").on(t.cohortId)],
);

/** The organisations that run a track with the office; a track may have several (CPI 2023's Publication: EDCN and Plan Education). */
export const trackPartners = pgTable(
  "track_partners",
  {
    trackId: uuid()
      .notNull()
      .references(() => tracks.id, { onDelete: "cascade" }),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.trackId, t.organisationId] }),
    index("track_partners_organisation_idx").on(t.organisationId),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    cohortId: uuid()
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    title: text().notNull(),
    kind: sessionKindEnum().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    venue: text(),
    onlineUrl: text(),
    speakers: text(),
    description: text(),
    audienceLevel: audienceLevelEnum().notNull().default("all"),
    status: sessionStatusEnum().notNull().default("scheduled"),
    statusReason: text(),
    version: integer().notNull().default(1),
  },
  (t) => [index("sessions_cohort_starts_idx").on(t.cohortId, t.startsAt)],
);

/** A session with no rows here is for the whole cohort. */
export const sessionTracks = pgTable(
  "session_tracks",
  {
    sessionId: uuid()
      .notNull()
      .references(() => sessions.id, { onDelete: "cascade" }),
    trackId: uuid()
      .notNull()
      .references(() => tracks.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.trackId] }), index("session_tracks_track_idx").on(t.trackId)],
);

export const cohortsRelations = relations(cohorts, ({ one, many }) => ({
  programme: one(programmes, { fields: [cohorts.programmeId], references: [programmes.id] }),
  phases: many(cohortPhases),
  tracks: many(tracks),
  sessions: many(sessions),
}));
export const cohortPhasesRelations = relations(cohortPhases, ({ one }) => ({
  cohort: one(cohorts, { fields: [cohortPhases.cohortId], references: [cohorts.id] }),
}));
export const tracksRelations = relations(tracks, ({ one, many }) => ({
  cohort: one(cohorts, { fields: [tracks.cohortId], references: [cohorts.id] }),
  partners: many(trackPartners),
  sessions: many(sessionTracks),
}));
export const trackPartnersRelations = relations(trackPartners, ({ one }) => ({
  track: one(tracks, { fields: [trackPartners.trackId], references: [tracks.id] }),
  organisation: one(organisations, { fields: [trackPartners.organisationId], references: [organisations.id] }),
}));
export const sessionsRelations = relations(sessions, ({ one, many }) => ({
  cohort: one(cohorts, { fields: [sessions.cohortId], references: [cohorts.id] }),
  tracks: many(sessionTracks),
}));
export const sessionTracksRelations = relations(sessionTracks, ({ one }) => ({
  session: one(sessions, { fields: [sessionTracks.sessionId], references: [sessions.id] }),
  track: one(tracks, { fields: [sessionTracks.trackId], references: [tracks.id] }),
}));

export type Cohort = typeof cohorts.$inferSelect;
export type NewCohort = typeof cohorts.$inferInsert;
export type CohortPhase = typeof cohortPhases.$inferSelect;
export type Track = typeof tracks.$inferSelect;
export type NewTrack = typeof tracks.$inferInsert;
export type Session = typeof sessions.$inferSelect;
export type NewSession = typeof sessions.$inferInsert;
export type SessionKind = (typeof sessionKindEnum.enumValues)[number];
