import { relations } from "drizzle-orm";
import {
  boolean,
  char,
  date,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./users";

export const organisationKindEnum = pgEnum("organisation_kind", [
  "government", // a ministry or public agency
  "national_commission", // a National Commission for UNESCO
  "international", // UNESCO, a field office, another intergovernmental body
  "cultural_institution", // a museum, festival, arts centre or similar
  "university", // a university or research institute
  "ngo", // a non-governmental or civil-society organisation
  "city", // a municipality, e.g. a member of a learning-city network
  "foundation", // a funder or trust (e.g. a funds-in-trust)
  "company", // a private company
  "other", // anything else
]);

export const organisations = pgTable(
  "organisations",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    shortName: text(),
    kind: organisationKindEnum().notNull().default("other"),
    country: char({ length: 2 }),
    city: text(),
    website: text(),
    description: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("organisations_name_key").on(t.name),
    index("organisations_country_idx").on(t.country),
    index("organisations_kind_idx").on(t.kind),
  ],
);

/** People who act for an organisation (a partner's staff, a ministry's focal point). */
export const organisationMembers = pgTable(
  "organisation_members",
  {
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index("organisation_members_user_idx").on(t.userId)],
);

export const networks = pgTable(
  "networks",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull(),
    name: text().notNull(),
    description: text(),
    coordinatorId: uuid().references(() => organisations.id, { onDelete: "set null" }),
    isPublic: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("networks_slug_key").on(t.slug), index("networks_coordinator_idx").on(t.coordinatorId)],
);

export const networkMembers = pgTable(
  "network_members",
  {
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    // What this member brings to the network in its own words (e.g. a city's learning-city approach).
    focus: text(),
    joinedOn: date(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.organisationId] }),
    index("network_members_organisation_idx").on(t.organisationId),
  ],
);

export const organisationsRelations = relations(organisations, ({ many }) => ({
  members: many(organisationMembers),
  networks: many(networkMembers),
}));
export const organisationMembersRelations = relations(organisationMembers, ({ one }) => ({
  organisation: one(organisations, { fields: [organisationMembers.organisationId], references: [organisations.id] }),
  user: one(users, { fields: [organisationMembers.userId], references: [users.id] }),
}));
export const networksRelations = relations(networks, ({ one, many }) => ({
  coordinator: one(organisations, { fields: [networks.coordinatorId], references: [organisations.id] }),
  members: many(networkMembers),
}));
export const networkMembersRelations = relations(networkMembers, ({ one }) => ({
  network: one(networks, { fields: [networkMembers.networkId], references: [networks.id] }),
  organisation: one(organisations, { fields: [networkMembers.organisationId], references: [organisations.id] }),
}));

export type Organisation = typeof organisations.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;
export type Network = typeof networks.$inferSelect;
export type NewNetwork = typeof networks.$inferInsert;
