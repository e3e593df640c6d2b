import { escapeHtml, Html, html, toPayload } from "@/lib/markup";
import { barChartHtml, trendChartHtml, worldMapHtml, type Bar } from "./charts";
import type { Labels, Report } from "./model";
import { FUNNEL_STEPS } from "./queries";
import { cellAmount, cellText, type ReportCell, type ReportTable } from "./suppress";

/**
 * A report table's rows as HTML (`<tr><th scope="row">…</th><td>…</td>…</tr>`). Every text is escaped; a
 * figure hidden for privacy is set in italics, besides its words "fewer than 3".
 */
export function tableBodyHtml(table: ReportTable, empty: string): string {
  if (table.rows.length === 0)
    return `<tr><td colspan="${table.columns.length}" class="py-2! text-left! text-muted-foreground">${escapeHtml(empty)}</td></tr>`;
  return table.rows
    .map(
      (row) =>
        `<tr>${row
          .map((cell, i) =>
            i === 0
              ? `<th scope="row">${escapeHtml(cellText(cell))}</th>`
              : `<td${cell.kind === "suppressed" ? ' class="italic text-muted-foreground"' : ""}>${escapeHtml(cellText(cell))}</td>`,
          )
          .join("")}</tr>`,
    )
    .join("");
}

type ExportHref = (table: string, format: "csv" | "xlsx") => string;

/** A label with the language's colon after it ("Download:", "Télécharger :"), for a figure or list beside it. */
export function labelledAs(labels: Labels, label: string): string {
  return labels("labelled", { label, value: "" }).trim();
}

/** The map's words in a language: its legend, and a country's figure in its shape's title. */
export function mapLabels(labels: Labels) {
  return {
    legend: labels("mapLegend"),
    none: labels("mapNone"),
    suppressed: labels("fewerThan"),
    figure: (country: string, value: string) => labels("labelled", { label: country, value }),
  };
}

// Cell styles are set once on the table, not on each of its hundreds of cells.
const TABLE_CLASS =
  "w-full min-w-max border-collapse text-sm [&_td]:px-2 [&_td]:py-1 [&_td]:text-right [&_td]:tabular-nums [&_tbody_th]:whitespace-pre [&_tbody_th]:px-2 [&_tbody_th]:py-1 [&_tbody_th]:text-left [&_tbody_th]:font-normal [&_tbody_tr]:border-b [&_tbody_tr:last-child]:border-0";

/** One report table with its download links when it has an address for them (CSV and XLSX carry exactly these cells). */
export function reportTableHtml(table: ReportTable, labels: Labels, exportHref?: ExportHref): Html {
  const link = (href: string, format: string, words: string) =>
    html`<a href="${href}" class="text-primary underline" aria-label="${labels("downloadLabel", { table: table.title, format })}" download="">${words}</a>`;
  const heads = table.columns.map(
    (c, i) => html`<th scope="col" class="px-2 py-1 align-bottom font-medium${i > 0 ? " text-right" : ""}">${c}</th>`,
  );
  const downloads = exportHref
    ? html`<p class="flex gap-3 text-sm print:hidden"><span>${labelledAs(labels, labels("download"))}</span>${link(exportHref(table.id, "csv"), "CSV", labels("downloadCsv"))}${link(exportHref(table.id, "xlsx"), "XLSX", labels("downloadXlsx"))}</p>`
    : null;
  // Focusable, so that a keyboard can scroll a wide table sideways.
  return html`<div class="space-y-2"><div class="overflow-x-auto" tabindex="0" role="group" aria-label="${table.title}"><table class="${TABLE_CLASS}"><caption class="pb-2 text-left font-semibold">${table.title}</caption><thead><tr class="border-b text-left">${heads}</tr></thead><tbody>${new Html(tableBodyHtml(table, labels("empty")))}</tbody></table></div>${table.note ? html`<p class="text-xs text-muted-foreground">${table.note}</p>` : null}${downloads}</div>`;
}

// Column of the "people at each step" tables that holds participants (confirmed): label first, then the steps.
const CONFIRMED_COLUMN = 1 + FUNNEL_STEPS.indexOf("confirmed");

function bars(table: ReportTable, column: number): Bar[] {
  return table.rows.map((row) => {
    const cell = row[column] as ReportCell;
    return { label: cellText(row[0] as ReportCell).trim(), value: cellAmount(cell), text: cellText(cell) };
  });
}

const built = new WeakMap<Report, Map<string, string>>();

/**
 * The report below its headline: funnel, who, map, trends, outcomes, goals, each section with its table and
 * downloads, as markup in its payload form (lib/markup.ts, for components/ui/markup.tsx). A report is kept and
 * shaped once per language (lib/reports/report.ts), so its markup is built once per kept report and download
 * address, not on every request.
 */
export function reportSectionsPayload(report: Report, labels: Labels, exportHref: ExportHref): string {
  const byHref = built.get(report) ?? new Map<string, string>();
  built.set(report, byHref);
  const key = exportHref("", "csv");
  let made = byHref.get(key);
  if (made === undefined) {
    made = toPayload(sectionsHtml(report, labels, exportHref));
    byHref.set(key, made);
  }
  return made;
}

function sectionsHtml(report: Report, t: Labels, exportHref: ExportHref): Html {
  const table = (id: string) => report.tables.find((x) => x.id === id)!;
  const section = (id: string, chart: Html | null) =>
    html`<section aria-labelledby="section-${id}" class="space-y-3 break-inside-avoid"><h2 id="section-${id}" class="text-xl font-semibold">${table(id).title}</h2>${chart}${reportTableHtml(table(id), t, exportHref)}</section>`;
  const participants = (title: string) => t("labelled", { label: t(title), value: t("participants") });
  const map = worldMapHtml({
    values: report.map.map((m) => ({ country: m.country, value: cellAmount(m.cell) })),
    title: t("map"),
    description: t("mapDescription", { table: table("countries").title }),
    legendLabels: mapLabels(t),
  });
  const trends = table("trends");
  const trend =
    trends.rows.length > 1
      ? trendChartHtml({
          points: trends.rows.map((row) => ({
            label: cellText(row[0] as ReportCell),
            value: cellAmount(row[3] as ReportCell),
            text: cellText(row[3] as ReportCell),
          })),
          title: participants("trendsTitle"),
        })
      : null;
  const results = report.results.length
    ? html`<div class="space-y-1"><h3 class="font-semibold">${t("results")}</h3><ul class="list-disc pl-5 text-sm">${report.results.map((r) => html`<li><span class="font-medium">${labelledAs(t, r.programme)}</span> ${r.text}</li>`)}</ul></div>`
    : null;
  return html`${[
    section("funnel", barChartHtml({ bars: bars(table("funnel"), 1), title: t("funnelTitle") })),
    section("audiences", null),
    section(
      "gender",
      barChartHtml({ bars: bars(table("gender"), CONFIRMED_COLUMN), title: participants("genderTitle") }),
    ),
    html`<section aria-labelledby="section-map" class="space-y-3 break-inside-avoid"><h2 id="section-map" class="text-xl font-semibold">${t("mapTitle")}</h2>${map}<details><summary class="cursor-pointer text-sm text-primary underline print:hidden">${t("tableAlternative")}</summary>${reportTableHtml(table("countries"), t, exportHref)}</details></section>`,
    section(
      "regions",
      barChartHtml({ bars: bars(table("regions"), CONFIRMED_COLUMN), title: participants("regionsTitle") }),
    ),
    section("groups", null),
    section("tracks", null),
    section("trends", trend),
    section("outcomes", results),
    section("agenda", null),
    section("sdgs", null),
  ]}`;
}
