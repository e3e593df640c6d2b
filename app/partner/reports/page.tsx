import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReportFilterForm } from "@/components/reports/filter-form";
import { ReportView } from "@/components/reports/report-view";
import { getDb } from "@/db/client";
import { formatDateTime } from "@/lib/format";
import { requirePagePermission } from "@/lib/auth/guards";
import { partnerScope } from "@/lib/reports/queries";
import { getReport } from "@/lib/reports/report";
import { filtersToSearch, parseReportFilters } from "@/lib/reports/schemas";
import { now as clockNow } from "@/lib/time/clock";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("reportForPartners") };
}

/** A partner's or donor's report: its programmes only, aggregated, every small group shown as "fewer than 3". */
export default async function PartnerReportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("programme.viewPartner", "/partner/reports");
  const t = await getTranslations("reports");
  const filters = parseReportFilters(await searchParams);
  const scope = partnerScope(actor);
  const { report, data, asOf } = await getReport(getDb(), {
    scope,
    filters,
    labels: t,
    protect: true,
    now: clockNow(),
  });
  const search = filtersToSearch(filters);
  const exportHref = (table: string, format: "csv" | "xlsx") =>
    `/partner/reports/export${search ? `${search}&` : "?"}table=${table}&format=${format}`;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">
          {t("partnerHeading", {
            title: report.level === "organisation" ? data.programmes.map((p) => p.title).join(", ") : report.title,
          })}
        </h1>
        <p className="max-w-3xl text-muted-foreground">{t("partnerIntro")}</p>
        <p className="text-sm text-muted-foreground">{t("asOf", { date: formatDateTime(asOf, "UTC") })}</p>
      </header>
      {data.programmes.length === 0 ? (
        <p>{t("partnerEmpty")}</p>
      ) : (
        <>
          <ReportFilterForm action="/partner/reports" filters={filters} data={data} />
          <ReportView report={report} exportHref={exportHref} />
        </>
      )}
    </div>
  );
}
