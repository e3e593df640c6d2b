import "server-only";
import type { Executor } from "@/db/client";
import { buildReport, type Labels, type Report } from "./model";
import { loadReport, type ProgrammeScope, type ReportData } from "./queries";
import type { ReportFilters } from "./schemas";

/** Loads (one SQL round trip) and shapes a report for a reader; partners' and donors' reports are protected. */
export async function getReport(db: Executor, input: { scope: ProgrammeScope; filters: ReportFilters; labels: Labels; protect: boolean; asOf: Date }): Promise<{ report: Report; data: ReportData }> {
  const data = await loadReport(db, input.scope, input.filters, { asOf: input.asOf });
  return { report: buildReport(data, input.filters, input.labels, { protect: input.protect }), data };
}
