import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ReportFilterForm } from "@/components/reports/filter-form";
import { ReportView } from "@/components/reports/report-view";
import { getDb } from "@/db/client";
import { formatDateTime } from "@/lib/format";
import { requirePagePermission } from "@/lib/auth/guards";
import { callScope, cohortScope } from "@/lib/auth/scope";
import { managerScope } from "@/lib/reports/queries";
import { getReport } from "@/lib/reports/report";
import { filtersToSearch, parseReportFilters, type ReportFilters } from "@/lib/reports/schemas";
import { now as clockNow } from "@/lib/time/clock";

/** The staff report at any level: the filters decide whether it is the organisation's, a programme's, an edition's or a call's. */
export async function AdminReport({ filters, path }: { filters: ReportFilters; path: string }) {
  const actor = await requirePagePermission("programme.viewInternal", path);
  const t = await getTranslations("reports");
  const { report, data, asOf } = await getReport(getDb(), {
    scope: managerScope(actor),
    filters,
    labels: t,
    protect: false,
    now: clockNow(),
  });
  const search = filtersToSearch(filters);
  const exportHref = (table: string, format: "csv" | "xlsx") =>
    `/api/admin/reports/export${search ? `${search}&` : "?"}table=${table}&format=${format}`;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-muted-foreground">{t(`level_${report.level}`)}</p>
        <h1 className="text-2xl font-bold">{t("heading", { title: report.title })}</h1>
        <p className="max-w-3xl text-muted-foreground">{t("intro")}</p>
        <p className="text-sm text-muted-foreground">{t("asOf", { date: formatDateTime(asOf, "UTC") })}</p>
        {filters.programme ? (
          <p className="print:hidden">
            <Link
              href={`/admin/reports/programmes/${filters.programme}/summary${search}`}
              className="text-primary underline"
            >
              {t("print")}
            </Link>
          </p>
        ) : null}
      </header>
      <ReportFilterForm action="/admin/reports" filters={filters} data={data} />
      <ReportView report={report} exportHref={exportHref} />
    </div>
  );
}

/** The reports' title in the reader's language, for every report page. */
export async function generateReportMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("reports") };
}

type LevelProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The page of one level's report (/admin/reports/programmes/:id, …/editions/:id, …/calls/:id): the path sets that filter. */
export function levelReportPage(key: "programme" | "edition" | "call", segment: string) {
  return async function LevelReportPage({ params, searchParams }: LevelProps) {
    const id = z.uuid().safeParse((await params).id);
    if (!id.success) notFound();
    const path = `/admin/reports/${segment}/${id.data}`;
    // A programme, edition or call outside the actor's programmes answers 404, as everywhere (lib/auth/scope.ts).
    const db = getDb();
    const scope =
      key === "programme"
        ? { programmeId: id.data }
        : key === "edition"
          ? await cohortScope(db, id.data)
          : await callScope(db, id.data);
    await requirePagePermission("programme.viewInternal", path, scope);
    const filters = { ...parseReportFilters(await searchParams), [key]: id.data };
    return <AdminReport filters={filters} path={path} />;
  };
}
