import { reportExportRoute } from "@/lib/reports/export-route";

/** One table of a partner's report as CSV or XLSX, protected like the page: /partner/reports/export?table=…&format=…. */
export const GET = reportExportRoute("partner");
