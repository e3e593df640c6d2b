import "server-only";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { DomainError, notFound } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { exportReportTable, parseExportRequest } from "./export";
import { reportTable } from "./model";
import { managerScope, partnerScope } from "./queries";
import { getReport } from "./report";
import { parseReportFilters } from "./schemas";
import { now as clockNow } from "@/lib/time/clock";

const READERS = {
  // Staff: the programmes they manage (all for an administrator), every figure as it is.
  staff: { permission: "programme.viewInternal", scope: managerScope, protect: false, fileName: "report" },
  // Partners and donors: their programmes only, the same protected cells as their page ("fewer than 3").
  partner: { permission: "programme.viewPartner", scope: partnerScope, protect: true, fileName: "partner-report" },
} as const;

/** GET handler exporting one table of a report as CSV or XLSX, with the report's filters (formula-safe writer). */
export function reportExportRoute(reader: keyof typeof READERS) {
  const { permission, scope, protect, fileName } = READERS[reader];
  return async function GET(request: Request): Promise<Response> {
    return handleRoute(`reports.export.${reader}`, async () => {
      const actor = await getActor();
      if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
      if (!can(actor, permission))
        throw new DomainError("forbidden", "You do not have permission to export this report.");
      const url = new URL(request.url);
      const { table: id, format } = parseExportRequest(url.searchParams);
      const filters = parseReportFilters(url.searchParams);
      const t = await getTranslations("reports");
      const { report } = await getReport(getDb(), {
        scope: scope(actor),
        filters,
        labels: t,
        protect,
        now: clockNow(),
      });
      const table = reportTable(report, id);
      if (!table) throw notFound("This report has no such table.");
      return exportReportTable(table, format, `${fileName}-${report.level}`, report.locale);
    });
  };
}
