import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { FigureCards } from "@/components/reports/figure-cards";
import { Markup } from "@/components/ui/markup";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { countryName } from "@/lib/geo";
import { barChartHtml, worldMapHtml } from "@/lib/reports/charts";
import { toPayload } from "@/lib/markup";
import { managerScope } from "@/lib/reports/queries";
import { labelledAs, mapLabels, reportTableHtml } from "@/lib/reports/report-html";
import { getReport } from "@/lib/reports/report";
import { filtersToSearch, parseReportFilters } from "@/lib/reports/schemas";
import { cellAmount, cellText } from "@/lib/reports/suppress";
import { now as clockNow } from "@/lib/time/clock";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("programmeSummary") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// One A4 page: the site's header and footer are left out of print, and charts scale to the sheet.
const PRINT_CSS = `@page { size: A4; margin: 12mm; }
@media print { body > header, body > footer, nav, .print-hidden { display: none !important; } main { padding: 0 !important; max-width: none !important; } svg { break-inside: avoid; } }`;

/** A one-page summary of a programme (or one of its editions) in the manner of the organisers' "2023 CPI achievements". */
export default async function ProgrammeSummaryPage({ params, searchParams }: Props) {
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const actor = await requirePagePermission("programme.viewInternal", `/admin/reports/programmes/${id.data}/summary`);
  const [t, locale] = await Promise.all([getTranslations("reports"), getLocale()]);
  const filters = { ...parseReportFilters(await searchParams), programme: id.data };
  const { report, data } = await getReport(getDb(), {
    scope: managerScope(actor),
    filters,
    labels: t,
    protect: false,
    now: clockNow(),
  });
  const programme = data.programmes.find((p) => p.id === id.data);
  if (!programme) notFound();
  const years = [...new Set(report.editions.map((e) => e.year))];
  const headline = (key: string) => cellText(report.headline.find((h) => h.key === key)!.cell);
  const table = (tableId: string) => report.tables.find((x) => x.id === tableId)!;
  const audiences = table("audiences");
  const outstanding = table("outcomes").rows.find((r) => cellText(r[0]!) === t("outcome_outstanding"));
  const gender = table("gender");
  const confirmedColumn = gender.columns.indexOf(t("step_confirmed"));
  return (
    <article className="mx-auto max-w-4xl space-y-4 text-sm">
      <style>{PRINT_CSS}</style>
      <p className="flex gap-4 print:hidden">
        <Link
          href={`/admin/reports/programmes/${id.data}${filtersToSearch({ ...filters, programme: undefined })}`}
          className="text-primary underline"
        >
          {t("summaryBack")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        {t("summaryTitle", { title: `${years.length === 1 ? `${years[0]} ` : ""}${programme.title}` })}
      </h1>
      <p className="text-lg">
        {t("summaryParticipants", { participants: headline("participants"), countries: headline("countries") })}
      </p>
      <FigureCards
        label={t("headline")}
        figures={report.headline.map((h) => ({ key: h.key, label: h.label, value: cellText(h.cell) }))}
        className="grid grid-cols-3 gap-2"
      />
      {audiences.rows.length ? <Markup payload={toPayload(reportTableHtml(audiences, t))} /> : null}
      <div className="grid grid-cols-2 gap-4">
        <Markup
          payload={toPayload(
            worldMapHtml({
              values: report.map.map((m) => ({ country: m.country, value: cellAmount(m.cell) })),
              title: t("map"),
              description: t("mapDescription", { table: t("countries") }),
              legendLabels: mapLabels(t),
            }),
          )}
        />
        <Markup
          payload={toPayload(
            barChartHtml({
              title: t("labelled", { label: t("genderTitle"), value: t("participants") }),
              bars: gender.rows.map((r) => ({
                label: cellText(r[0]!),
                value: cellAmount(r[confirmedColumn]!),
                text: cellText(r[confirmedColumn]!),
              })),
            }),
          )}
        />
      </div>
      <p>
        <span className="font-semibold">{labelledAs(t, t("countries"))} </span>
        {report.map
          .map((m) => countryName(m.country))
          .sort((a, b) => a.localeCompare(b, locale))
          .join(", ")}
      </p>
      <Markup payload={toPayload(reportTableHtml({ ...table("tracks"), note: undefined }, t))} />
      <p>
        {outstanding ? `${t("labelled", { label: t("outcome_outstanding"), value: cellText(outstanding[1]!) })}. ` : ""}
        {programme.goals.length
          ? `${t("labelled", { label: t("agendaTitle"), value: `${programme.goals.join(", ")} (${programme.strategies.join(", ")})` })}. `
          : ""}
        {programme.sdgs.length
          ? `${t("labelled", { label: t("sdgsTitle"), value: programme.sdgs.map((n) => t("sdgLabel", { n })).join(", ") })}.`
          : ""}
      </p>
      {programme.outcomes ? <p>{programme.outcomes}</p> : null}
    </article>
  );
}
