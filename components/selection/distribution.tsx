"use client";

import { useLocale, useTranslations } from "next-intl";
import { UNESCO_REGIONS, type Locale } from "@/lib/geo";

type Bar = { key: string; label: string; count: number };

function Bars({ title, bars, total }: { title: string; bars: Bar[]; total: number }) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <figure className="space-y-1">
      <figcaption className="text-sm font-semibold">{title}</figcaption>
      <ul className="space-y-1 text-xs">
        {bars.map((b) => (
          <li key={b.key} className="grid grid-cols-[8rem_1fr_4.5rem] items-center gap-2">
            <span className="truncate" title={b.label}>
              {b.label}
            </span>
            <span aria-hidden="true" className="h-3 rounded bg-muted">
              <span className="block h-3 rounded bg-primary" style={{ width: `${(100 * b.count) / max}%` }} />
            </span>
            <span className="text-right tabular-nums">
              {b.count} ({total ? Math.round((100 * b.count) / total) : 0}%)
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** The chosen set by gender, region and country, with numbers beside every bar. */
export function Distribution({
  chosen,
}: {
  chosen: {
    gender: string | null;
    region: string | null;
    regionName: string | null;
    country: string | null;
    countryName: string | null;
  }[];
}) {
  const t = useTranslations("selection");
  const locale = useLocale() as Locale;
  // The region's name in the reader's language (the rows carry the English one).
  const regionName = (c: (typeof chosen)[number]) =>
    UNESCO_REGIONS.find((r) => r.code === c.region)?.name[locale] ?? c.regionName ?? "";
  const count = <K extends string>(
    keyOf: (c: (typeof chosen)[number]) => K | null,
    labelOf: (c: (typeof chosen)[number]) => string,
  ) => {
    const map = new Map<string, Bar>();
    for (const c of chosen) {
      const key = keyOf(c) ?? "none";
      const bar = map.get(key) ?? { key, label: keyOf(c) ? labelOf(c) : t("unknown"), count: 0 };
      bar.count++;
      map.set(key, bar);
    }
    return [...map.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  };
  return (
    <div className="grid gap-6 md:grid-cols-3">
      <Bars
        title={t("byGender")}
        total={chosen.length}
        bars={count(
          (c) => c.gender ?? "undisclosed",
          (c) => t(`gender.${c.gender ?? "undisclosed"}`),
        )}
      />
      <Bars title={t("byRegion")} total={chosen.length} bars={count((c) => c.region, regionName)} />
      <Bars
        title={t("byCountry")}
        total={chosen.length}
        bars={count(
          (c) => c.country,
          (c) => c.countryName ?? "",
        )}
      />
    </div>
  );
}
