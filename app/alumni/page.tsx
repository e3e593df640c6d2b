import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CountryChart } from "@/components/alumni/country-chart";
import { NetworkFiguresLine } from "@/components/alumni/network-figures";
import { getDb } from "@/db/client";
import { worldMapHtml } from "@/lib/reports/charts";
import { countAlumniByCountry, getNetworkFigures, listProgrammeFigures } from "@/lib/alumni/figures-queries";
import { connection } from "next/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("alumniNetwork") };
}

/** The public face of the network: figures and counts by country, computed from enrolments. */
export default async function NetworkPage() {
  await connection();
  const db = getDb();
  const [t, tr, overall, perProgramme, byCountry] = await Promise.all([
    getTranslations("alumni"),
    getTranslations("reports"),
    getNetworkFigures(db, "all"),
    listProgrammeFigures(db),
    countAlumniByCountry(db),
  ]);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("homeTitle")}</h1>
        <p className="max-w-3xl text-muted-foreground">{t("homeIntro")}</p>
      </header>
      <section aria-labelledby="figures-heading" className="space-y-3">
        <h2 id="figures-heading" className="text-xl font-semibold">
          {t("figuresHeading")}
        </h2>
        <NetworkFiguresLine figures={overall} className="text-2xl font-bold text-primary" />
        {perProgramme.length ? (
          <>
            <h3 className="font-semibold">{t("byProgramme")}</h3>
            <ul className="space-y-1 text-sm">
              {perProgramme.map((p) => (
                <li key={p.slug}>
                  <Link href={`/programmes/${p.slug}`} className="text-primary underline">
                    {p.title}
                  </Link>
                  :{" "}
                  <NetworkFiguresLine
                    figures={{ alumni: p.alumni, countries: p.countries, since: p.since }}
                    className="inline"
                  />
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <p className="flex flex-wrap gap-4 text-sm">
          <Link href="/alumni/directory" className="text-primary underline">
            {t("directoryTitle")}
          </Link>
          <Link href="/alumni/experts" className="text-primary underline">
            {t("expertsTitle")}
          </Link>
        </p>
      </section>
      <section aria-labelledby="map-heading" className="space-y-3">
        <h2 id="map-heading" className="text-xl font-semibold">
          {t("mapTitle")}
        </h2>
        {/* The map and, beside it, the same figures as a table (the map's text alternative). */}
        <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
          {/* Set as plain markup, not through components/ui/markup.tsx: a public page ships no script it can spare. */}
          <div
            dangerouslySetInnerHTML={{
              __html: worldMapHtml({
                values: byCountry.map((c) => ({ country: c.country, value: c.alumni })),
                title: t("mapTitle"),
                description: t("mapCaption"),
                legendLabels: { legend: tr("mapLegend"), none: tr("mapNone"), suppressed: "" },
              }).value,
            }}
          />
          <CountryChart counts={byCountry} />
        </div>
      </section>
    </div>
  );
}
