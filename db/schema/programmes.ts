import { relations, sql } from "drizzle-orm";
import {
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organisations } from "./organisations";
import { users } from "./users";

export const contentLanguageEnum = pgEnum("content_language", [
  "en", // English
  "ko", // Korean
  "fr", // French
]);

/** Per language other than the main one, per field: the text written for it (lib/i18n/content.ts reads it). */
export type Translations = Partial<Record<(typeof contentLanguageEnum.enumValues)[number], Record<string, string>>>;

export const programmeStatusEnum = pgEnum("programme_status", [
  "draft", // being prepared; staff only
  "published", // on the public catalogue
  "archived", // finished and kept for the record; still public, no longer listed first
]);

export const programmeRoleEnum = pgEnum("programme_role", [
  "manager", // runs the programme: cohorts, calls, selection
  "reviewer", // scores the applications or proposals assigned to them
  "partner", // a partner organisation's user: read-only figures
  "mentor", // comments on and scores participants' project proposals
]);

export const organisationRoleEnum = pgEnum("organisation_role", [
  "host", // organises the programme
  "partner", // runs part of it (e.g. a track)
  "local_partner", // the partner in the host country
  "donor", // funds it
  "implementing", // delivers it on the host's behalf
]);

export type KeyFigure = { label: string; value: string };

export const programmes = pgTable(
  "programmes",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull(),
    title: text().notNull(),
    summary: text().notNull().default(""),
    // Markdown, rendered sanitised.
    description: text().notNull().default(""),
    themes: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    projectTypes: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    sdgs: integer()
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
    // Countries the programme reports as served when no enrolments are recorded (past editions).
    countries: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    keyFigures: jsonb().$type<KeyFigure[]>().notNull().default([]),
    status: programmeStatusEnum().notNull().default("draft"),
    startDate: date(),
    endDate: date(),
    // Recorded after the programme ("four experts joined the Expert Facility").
    outcomes: text().notNull().default(""),
    // The language its own text columns are written in; other languages live in `translations` (lib/i18n/content.ts).
    mainLanguage: contentLanguageEnum().notNull().default("en"),
    translations: jsonb().$type<Translations>().notNull().default({}),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("programmes_slug_key").on(t.slug), index("programmes_status_idx").on(t.status)],
);

/** The Seoul Agenda's high-priority goals (3) and their practical strategies (13). */
export const agendaGoals = pgTable("agenda_goals", {
  id: uuid().primaryKey().defaultRandom(),
  code: text().notNull().unique(),
  title: text().notNull(),
  position: integer().notNull(),
});

export const agendaStrategies = pgTable(
  "agenda_strategies",
  {
    id: uuid().primaryKey().defaultRandom(),
    goalId: uuid()
      .notNull()
      .references(() => agendaGoals.id, { onDelete: "cascade" }),
    code: text().notNull().unique(),
    title: text().notNull(),
    position: integer().notNull(),
  },
  (t) => [index("agenda_strategies_goal_idx").on(t.goalId)],
);

export const programmeAgendaGoals = pgTable(
  "programme_agenda_goals",
  {
    programmeId: uuid()
      .notNull()
      .references(() => programmes.id, { onDelete: "cascade" }),
    goalId: uuid()
      .notNull()
      .references(() => agendaGoals.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.goalId] }), index("programme_agenda_goals_goal_idx").on(t.goalId)],
);

export const programmeAgendaStrategies = pgTable(
  "programme_agenda_strategies",
  {
    programmeId: uuid()
      .notNull()
      .references(() => programmes.id, { onDelete: "cascade" }),
    strategyId: uuid()
      .notNull()
      .references(() => agendaStrategies.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId, t.strategyId] }),
    index("programme_agenda_strategies_strategy_idx").on(t.strategyId),
  ],
);

/** A user's role in one programme; one person may hold several. */
export const programmeRoles = pgTable(
  "programme_roles",
  {
    programmeId: uuid()
      .notNull()
      .references(() => programmes.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: programmeRoleEnum().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.userId, t.role] }), index("programme_roles_user_idx").on(t.userId)],
);

/** An organisation's role in one programme (host, partner, donor…). */
export const programmeOrganisations = pgTable(
  "programme_organisations",
  {
    programmeId: uuid()
      .notNull()
      .references(() => programmes.id, { onDelete: "cascade" }),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    role: organisationRoleEnum().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId, t.organisationId, t.role] }),
    index("programme_organisations_organisation_idx").on(t.organisationId),
  ],
);

export const programmesRelations = relations(programmes, ({ many }) => ({
  roles: many(programmeRoles),
  organisations: many(programmeOrganisations),
  agendaGoals: many(programmeAgendaGoals),
  agendaStrategies: many(programmeAgendaStrategies),
}));
export const agendaGoalsRelations = relations(agendaGoals, ({ many }) => ({ strategies: many(agendaStrategies) }));
export const agendaStrategiesRelations = relations(agendaStrategies, ({ one }) => ({
  goal: one(agendaGoals, { fields: [agendaStrategies.goalId], references: [agendaGoals.id] }),
}));
export const programmeAgendaGoalsRelations = relations(programmeAgendaGoals, ({ one }) => ({
  programme: one(programmes, { fields: [programmeAgendaGoals.programmeId], references: [programmes.id] }),
  goal: one(agendaGoals, { fields: [programmeAgendaGoals.goalId], references: [agendaGoals.id] }),
}));
export const programmeAgendaStrategiesRelations = relations(programmeAgendaStrategies, ({ one }) => ({
  programme: one(programmes, { fields: [programmeAgendaStrategies.programmeId], references: [programmes.id] }),
  strategy: one(agendaStrategies, {
    fields: [programmeAgendaStrategies.strategyId],
    references: [agendaStrategies.id],
  }),
}));
export const programmeRolesRelations = relations(programmeRoles, ({ one }) => ({
  programme: one(programmes, { fields: [programmeRoles.programmeId], references: [programmes.id] }),
  user: one(users, { fields: [programmeRoles.userId], references: [users.id] }),
}));
export const programmeOrganisationsRelations = relations(programmeOrganisations, ({ one }) => ({
  programme: one(programmes, { fields: [programmeOrganisations.programmeId], references: [programmes.id] }),
  organisation: one(organisations, { fields: [programmeOrganisations.organisationId], references: [organisations.id] }),
}));

export type Programme = typeof programmes.$inferSelect;
export type NewProgramme = typeof programmes.$inferInsert;
export type ProgrammeRole = (typeof programmeRoleEnum.enumValues)[number];
export type OrganisationRole = (typeof organisationRoleEnum.enumValues)[number];
