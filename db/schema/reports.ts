import { index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * The last computed figures of each report (lib/reports/report.ts): one row per reader scope and filters, written
 * by the statement that computes them. Every app instance reads what any of them computed, and the first reader
 * after a restart gets the kept figures (with their date) while fresh ones are computed behind it, instead of
 * waiting seconds for the aggregate. Rows not recomputed for 30 days are dropped by the same statement.
 */
export const reportSnapshots = pgTable(
  "report_snapshots",
  {
    /** sha-256 of the scope and filters. */
    key: text().primaryKey(),
    computedAt: timestamp({ withTimezone: true }).notNull(),
    data: jsonb().notNull(),
  },
  (t) => [index("report_snapshots_computed_idx").on(t.computedAt)],
);
