import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { DomainError, notFound } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { exportReportTable, exportResponse, parseExportRequest } from "@/lib/reports/export";
import { reportTable } from "@/lib/reports/model";
import { partnerScope } from "@/lib/reports/queries";
import { getReport } from "@/lib/reports/report";
import { parseReportFilters } from "@/lib/reports/schemas";

/** One table of a partner's report as CSV or XLSX: the same protected cells as the page ("fewer than 3"). */
export async function GET(request: Request) {
  return handleRoute("reports.partnerExport", async () => {
    const actor = await getActor();
    if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
    if (!can(actor, "programme.viewPartner")) throw new DomainError("forbidden", "You do not have permission to export this report.");
    const url = new URL(request.url);
    const { table: id, format } = parseExportRequest(url.searchParams);
    const filters = parseReportFilters(url.searchParams);
    const t = await getTranslations("reports");
    const { report } = await getReport(getDb(), { scope: partnerScope(actor), filters, labels: t, protect: true, now: new Date() });
    const table = reportTable(report, id);
    if (!table) throw notFound("This report has no such table.");
    return exportResponse(await exportReportTable(table, format, "partner-report"));
  });
}
