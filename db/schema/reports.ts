import { bigint, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * The last computed figures of each report (lib/reports/report.ts): one row per reader scope and filters, written
 * by the statement that computes them. Every app instance reads what any of them computed, and the first reader
 * after a restart gets the kept figures (with their date) while fresh ones are computed behind it, instead of
 * waiting seconds for the aggregate. Rows not recomputed for 30 days are dropped by the same statement.
 *
 * Figures a page shows live (a programme's participants and alumni, the directory's filters) are kept here too,
 * with the `figure_versions` version they were counted at (db/kept.ts): they are counted again by the first reader
 * that finds their version moved, so they are never out of date.
 */
export const reportSnapshots = pgTable(
  "report_snapshots",
  {
    /** sha-256 of the scope and filters; for kept live figures, what they are (`programme:<id>`, `alumni`). */
    key: text().primaryKey(),
    computedAt: timestamp({ withTimezone: true }).notNull(),
    data: jsonb().notNull(),
    /** Live figures only: the `figure_versions` version of what they count when they were counted. */
    version: bigint({ mode: "number" }),
  },
  (t) => [index("report_snapshots_computed_idx").on(t.computedAt)],
);

/**
 * How often what live figures count has changed, per key (`programme:<id>`, `alumni`): bumped by triggers
 * (migration 0016) in the writer's own transaction, so a snapshot that sees a change sees its new version. A key
 * with no row is at version 0. Never deleted: versions only grow, and a reader keeps its count only when it is
 * newer than the kept one.
 */
export const figureVersions = pgTable("figure_versions", {
  key: text().primaryKey(),
  version: bigint({ mode: "number" }).notNull(),
});

/**
 * How many writing statements each table has had (db/write-marks.ts): a statement trigger on every other table
 * (migration 0020; db/migrate.ts puts it on tables added later) adds one to the row of its table and of the
 * writing connection (`slot`, its backend's pid), in the writer's own transaction. So a snapshot that sees a write
 * sees its mark, and two connections never wait on one row. Rows of connections that have closed are folded into
 * slot 0 by a periodic job, which keeps every table's sum.
 */
export const writeMarks = pgTable(
  "write_marks",
  {
    tableName: text().notNull(),
    slot: integer().notNull(),
    writes: bigint({ mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tableName, t.slot] })],
);
