import { useTranslations } from "next-intl";
import { countryName, localLabel, REGION_OF_COUNTRY, UNESCO_REGIONS } from "@/lib/geo";

/**
 * Alumni per country as a table with bars, grouped by UNESCO region: readable by screen readers as a
 * plain table, and no individual location anywhere.
 */
export function CountryChart({ counts }: { counts: { country: string; alumni: number }[] }) {
  const t = useTranslations("alumni");
  if (counts.length === 0) return <p>{t("mapEmpty")}</p>;
  const max = Math.max(...counts.map((c) => c.alumni));
  const groups = UNESCO_REGIONS.map((region) => ({
    region,
    rows: counts.filter((c) => REGION_OF_COUNTRY[c.country] === region.code),
  })).filter((g) => g.rows.length);
  return (
    <table className="w-full max-w-3xl text-sm">
      <caption className="pb-2 text-left text-muted-foreground">{t("mapCaption")}</caption>
      <thead>
        <tr className="border-b text-left">
          <th scope="col" className="py-1 pr-4">
            {t("mapCountry")}
          </th>
          <th scope="col" className="w-full py-1">
            {t("mapAlumni")}
          </th>
        </tr>
      </thead>
      {groups.map(({ region, rows }) => (
        <tbody key={region.code}>
          <tr>
            <th scope="colgroup" colSpan={2} className="pt-3 text-left font-semibold">
              {localLabel(region.name)} ({rows.reduce((sum, r) => sum + r.alumni, 0)})
            </th>
          </tr>
          {rows.map((row) => (
            <tr key={row.country}>
              <th scope="row" className="whitespace-nowrap py-0.5 pr-4 text-left font-normal">
                {countryName(row.country)}
              </th>
              <td className="py-0.5">
                <div className="flex items-center gap-2">
                  <div
                    aria-hidden="true"
                    className="h-3 rounded-sm bg-primary"
                    style={{ width: `${Math.max(4, (row.alumni / max) * 100)}%` }}
                  />
                  <span>{row.alumni}</span>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
