import { useTranslations } from "next-intl";
import type { Report } from "@/lib/reports/model";
import { reportSectionsPayload } from "@/lib/reports/report-html";
import { cellText } from "@/lib/reports/suppress";
import { Markup } from "@/components/ui/markup";
import { FigureCards } from "./figure-cards";

/**
 * The whole report: headline, then funnel, who, map, trends, outcomes, goals, every table downloadable. Below
 * the headline it is markup built once per kept report (lib/reports/report-html.ts; lib/markup.ts says why).
 */
export function ReportView({
  report,
  exportHref,
}: {
  report: Report;
  exportHref: (table: string, format: "csv" | "xlsx") => string;
}) {
  const t = useTranslations("reports");
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
      <Markup className="space-y-10" payload={reportSectionsPayload(report, t, exportHref)} />
    </div>
  );
}
