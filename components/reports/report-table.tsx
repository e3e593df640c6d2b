import { useTranslations } from "next-intl";
import type { ReportTable } from "@/lib/reports/suppress";
import { tableBodyHtml } from "@/lib/reports/table-html";

/** One report table with its download links (CSV and XLSX carry exactly these cells). */
export function ReportTableView({
  table,
  exportHref,
}: {
  table: ReportTable;
  exportHref?: (format: "csv" | "xlsx") => string;
}) {
  const t = useTranslations("reports");
  return (
    <div className="space-y-2">
      {/* Focusable, so that a keyboard can scroll a wide table sideways. */}
      <div className="overflow-x-auto" tabIndex={0} role="group" aria-label={table.title}>
        {/* Cell styles are set once on the table, not on each of its hundreds of cells. */}
        <table className="w-full min-w-max border-collapse text-sm [&_td]:px-2 [&_td]:py-1 [&_td]:text-right [&_td]:tabular-nums [&_tbody_th]:whitespace-pre [&_tbody_th]:px-2 [&_tbody_th]:py-1 [&_tbody_th]:text-left [&_tbody_th]:font-normal [&_tbody_tr]:border-b [&_tbody_tr:last-child]:border-0">
          <caption className="pb-2 text-left font-semibold">{table.title}</caption>
          <thead>
            <tr className="border-b text-left">
              {table.columns.map((c, i) => (
                <th
                  key={`${c}-${i}`}
                  scope="col"
                  className={`px-2 py-1 align-bottom font-medium ${i > 0 ? "text-right" : ""}`}
                >
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          {/* The rows as one escaped HTML string (lib/reports/table-html.ts): a fraction of their weight as elements. */}
          <tbody dangerouslySetInnerHTML={{ __html: tableBodyHtml(table, t("empty")) }} />
        </table>
      </div>
      {table.note ? <p className="text-xs text-muted-foreground">{table.note}</p> : null}
      {exportHref ? (
        <p className="flex gap-3 text-sm print:hidden">
          <span>{t("download")}:</span>
          <a
            href={exportHref("csv")}
            className="text-primary underline"
            aria-label={t("downloadLabel", { table: table.title, format: "CSV" })}
            download
          >
            {t("downloadCsv")}
          </a>
          <a
            href={exportHref("xlsx")}
            className="text-primary underline"
            aria-label={t("downloadLabel", { table: table.title, format: "XLSX" })}
            download
          >
            {t("downloadXlsx")}
          </a>
        </p>
      ) : null}
    </div>
  );
}
