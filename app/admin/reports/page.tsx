import { parseReportFilters } from "@/lib/reports/schemas";
import { AdminReport, generateReportMetadata } from "./report-page";

export const generateMetadata = generateReportMetadata;

export default async function ReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const filters = parseReportFilters(await searchParams);
  return <AdminReport filters={filters} path="/admin/reports" />;
}
