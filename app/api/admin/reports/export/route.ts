import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { DomainError, notFound } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { exportReportTable, exportResponse, parseExportRequest } from "@/lib/reports/export";
import { reportTable } from "@/lib/reports/model";
import { managerScope } from "@/lib/reports/queries";
import { getReport } from "@/lib/reports/report";
import { parseReportFilters } from "@/lib/reports/schemas";

/** One table of a staff report as CSV or XLSX, with the report's filters (formula-safe writer). */
export async function GET(request: Request) {
  return handleRoute("reports.export", async () => {
    const actor = await getActor();
    if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
    if (!can(actor, "programme.viewInternal")) throw new DomainError("forbidden", "You do not have permission to export reports.");
    const url = new URL(request.url);
    const { table: id, format } = parseExportRequest(url.searchParams);
    const filters = parseReportFilters(url.searchParams);
    const t = await getTranslations("reports");
    const { report } = await getReport(getDb(), { scope: managerScope(actor), filters, labels: t, protect: false, now: new Date() });
    const table = reportTable(report, id);
    if (!table) throw notFound("This report has no such table.");
    return exportResponse(await exportReportTable(table, format, `report-${report.level}`));
  });
}
