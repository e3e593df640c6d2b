import type { Metadata } from "next";
import { parseReportFilters } from "@/lib/reports/schemas";
import { AdminReport } from "./report-page";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const filters = parseReportFilters(await searchParams);
  return <AdminReport filters={filters} path="/admin/reports" />;
}
