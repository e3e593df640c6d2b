import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * Groups of countries an office defines for itself ("Mekong countries", "Pacific partners"), usable
 * wherever the built-in groupings of lib/geo are (eligibility, balance rules, meters), as "custom:<id>".
 */
export const countryGroups = pgTable(
  "country_groups",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    // ISO 3166-1 alpha-2 codes, sorted, each once.
    countries: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    version: integer().notNull().default(1),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("country_groups_name_key").on(sql`lower(${t.name})`),
    index("country_groups_created_by_idx").on(t.createdBy),
  ],
);

export type CountryGroupRow = typeof countryGroups.$inferSelect;
export type NewCountryGroupRow = typeof countryGroups.$inferInsert;
