import { reportExportRoute } from "@/lib/reports/export-route";

/** One table of a staff report as CSV or XLSX: /api/admin/reports/export?table=funnel&format=csv&<filters>. */
export const GET = reportExportRoute("staff");
