import { useTranslations } from "next-intl";
import { FUNNEL_STEPS } from "@/lib/reports/queries";
import type { Report } from "@/lib/reports/model";
import { cellAmount, cellText, FEWER_THAN, type ReportCell, type ReportTable } from "@/lib/reports/suppress";
import { BarChart, type Bar } from "./bar-chart";
import { FigureCards } from "./figure-cards";
import { ReportTableView } from "./report-table";
import { TrendChart } from "./trend-chart";
import { WorldMap } from "./world-map";

// Column of the "people at each step" tables that holds participants (confirmed): label first, then the steps.
const CONFIRMED_COLUMN = 1 + FUNNEL_STEPS.indexOf("confirmed");

function bars(table: ReportTable, column: number): Bar[] {
  return table.rows.map((row) => {
    const cell = row[column] as ReportCell;
    return { label: cellText(row[0] as ReportCell).trim(), value: cellAmount(cell), text: cellText(cell) };
  });
}

/** The whole report: headline, funnel, who, map, trends, outcomes, goals; every table downloadable. */
export function ReportView({
  report,
  exportHref,
}: {
  report: Report;
  exportHref: (table: string, format: "csv" | "xlsx") => string;
}) {
  const t = useTranslations("reports");
  const table = (id: string) => report.tables.find((x) => x.id === id)!;
  const section = (id: string, children: React.ReactNode) => (
    <section aria-labelledby={`section-${id}`} className="space-y-3 break-inside-avoid">
      <h2 id={`section-${id}`} className="text-xl font-semibold">
        {table(id).title}
      </h2>
      {children}
      <ReportTableView table={table(id)} exportHref={(format) => exportHref(id, format)} />
    </section>
  );
  const trends = table("trends");
  return (
    <div className="space-y-10">
      <section aria-labelledby="section-headline" className="space-y-3">
        <h2 id="section-headline" className="text-xl font-semibold">
          {t("headline")}
        </h2>
        <FigureCards
          label={t("headline")}
          figures={report.headline.map((h) => ({ key: h.key, label: h.label, value: cellText(h.cell) }))}
        />
      </section>
      {section("funnel", <BarChart bars={bars(table("funnel"), 1)} title={t("funnelTitle")} />)}
      {section("audiences", null)}
      {section(
        "gender",
        <BarChart bars={bars(table("gender"), CONFIRMED_COLUMN)} title={`${t("genderTitle")}: ${t("participants")}`} />,
      )}
      <section aria-labelledby="section-map" className="space-y-3 break-inside-avoid">
        <h2 id="section-map" className="text-xl font-semibold">
          {t("mapTitle")}
        </h2>
        <WorldMap
          values={report.map.map((m) => ({ country: m.country, value: cellAmount(m.cell) }))}
          title={t("map")}
          description={t("mapDescription", { table: table("countries").title })}
          legendLabels={{ legend: t("mapLegend"), none: t("mapNone"), suppressed: FEWER_THAN }}
        />
        <details>
          <summary className="cursor-pointer text-sm text-primary underline print:hidden">
            {t("tableAlternative")}
          </summary>
          <ReportTableView table={table("countries")} exportHref={(format) => exportHref("countries", format)} />
        </details>
      </section>
      {section(
        "regions",
        <BarChart
          bars={bars(table("regions"), CONFIRMED_COLUMN)}
          title={`${t("regionsTitle")}: ${t("participants")}`}
        />,
      )}
      {section("groups", null)}
      {section("tracks", null)}
      {section(
        "trends",
        trends.rows.length > 1 ? (
          <TrendChart
            points={trends.rows.map((row) => ({
              label: cellText(row[0] as ReportCell),
              value: cellAmount(row[3] as ReportCell),
              text: cellText(row[3] as ReportCell),
            }))}
            title={`${t("trendsTitle")}: ${t("participants")}`}
          />
        ) : null,
      )}
      {section(
        "outcomes",
        report.results.length ? (
          <div className="space-y-1">
            <h3 className="font-semibold">{t("results")}</h3>
            <ul className="list-disc pl-5 text-sm">
              {report.results.map((r) => (
                <li key={r.programme}>
                  <span className="font-medium">{r.programme}:</span> {r.text}
                </li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
      {section("agenda", null)}
      {section("sdgs", null)}
    </div>
  );
}
