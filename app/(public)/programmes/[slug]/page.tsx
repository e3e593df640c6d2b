import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { UntranslatedMarker } from "@/components/i18n/untranslated-marker";
import { localTexts } from "@/lib/i18n/content";
import type { AppLocale } from "@/lib/i18n/request";
import { OpenCallsList } from "@/components/calls/open-calls-list";
import { ProgrammeNetworkSection } from "@/components/alumni/network-figures";
import { KeyFacts } from "@/components/programmes/key-facts";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db/client";
import { countryName } from "@/lib/geo";
import { formatDate, formatDateRange } from "@/lib/format";
import { renderMarkdown } from "@/lib/markdown";
import { openCallsOfProgrammeSql } from "@/lib/calls/queries";
import { getPublicProgramme } from "@/lib/programmes/queries";
import { z } from "zod";
import { PublicTimetable } from "@/components/timetable/public-timetable";
import { getPublicTimetable } from "@/lib/timetable/queries";
import { networkFiguresSql } from "@/lib/alumni/figures-queries";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The programme with its open calls and network figures: one statement, kept for the request (the page and its
 * metadata ask for the same programme); its participant and network figures are kept between changes, and the
 * first read after one keeps them in a second statement. The shown edition's timetable is the page's last.
 */
const loadProgramme = cache((slug: string) =>
  getPublicProgramme(
    getDb(),
    slug,
    (programme) => ({ openCalls: openCallsOfProgrammeSql(programme) }),
    (programme) => ({ network: networkFiguresSql(programme.id) }),
  ),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const programme = await loadProgramme((await params).slug);
  if (!programme) return { title: "Programme" };
  const reader = (await getLocale()) as AppLocale;
  return {
    title: localTexts({ title: programme.title }, programme.translations, programme.mainLanguage, reader).title.text,
  };
}

export default async function ProgrammePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const [programme, t, ts, reader] = await Promise.all([
    loadProgramme(slug),
    getTranslations("programme"),
    getTranslations("status"),
    getLocale() as Promise<AppLocale>,
  ]);
  if (!programme) notFound();
  // The programme's own texts in the reader's language, else its main language's, marked (lib/i18n/content.ts).
  const text = localTexts(
    { title: programme.title, summary: programme.summary, description: programme.description },
    programme.translations,
    programme.mainLanguage,
    reader,
  );
  const { openCalls, network } = programme;
  // Each edition's title and location likewise, in the programme's main language where not translated.
  const editions = programme.cohorts.map((c) => ({
    ...c,
    text: localTexts({ title: c.title, location: c.location ?? "" }, c.translations, programme.mainLanguage, reader),
  }));
  const wanted = z.uuid().safeParse((await searchParams).edition);
  const shownEdition =
    programme.cohorts.find((c) => wanted.success && c.id === wanted.data) ?? programme.cohorts[0] ?? null;
  const timetable = shownEdition ? await getPublicTimetable(getDb(), shownEdition.id) : null;
  const names = (orgs: { name: string; shortName: string | null }[]) =>
    orgs.map((o) => (o.shortName && o.shortName !== o.name ? `${o.name} (${o.shortName})` : o.name));

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <h1 lang={text.title.lang} className="text-3xl font-bold tracking-tight">
          {text.title.text}
        </h1>
        <UntranslatedMarker text={text.title} />
        {text.summary.text ? (
          <>
            <p lang={text.summary.lang} className="max-w-3xl text-lg text-muted-foreground">
              {text.summary.text}
            </p>
            <UntranslatedMarker text={text.summary} />
          </>
        ) : null}
      </header>

      {openCalls.length ? <OpenCallsList calls={openCalls} showProgramme={false} /> : null}

      <KeyFacts
        facts={[
          { term: t("theme"), values: programme.themes },
          { term: t("type"), values: programme.projectTypes },
          { term: t("startDate"), values: [formatDate(programme.startDate, undefined, "month") ?? "—"] },
          { term: t("endDate"), values: [formatDate(programme.endDate, undefined, "month") ?? t("ongoing")] },
          { term: t("status"), values: [ts(programme.status)] },
          { term: t("hosts"), values: names(programme.hosts) },
          { term: t("partners"), values: names(programme.partners) },
          { term: t("localPartners"), values: names(programme.localPartners) },
          { term: t("donors"), values: names(programme.donors) },
          { term: t("implementing"), values: names(programme.implementing) },
        ]}
      />

      {programme.keyFigures.length || programme.enrolled.participants ? (
        <section aria-labelledby="figures-heading" className="space-y-3">
          <h2 id="figures-heading" className="text-xl font-semibold">
            {t("keyFigures")}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {programme.keyFigures.map((figure) => (
              <li key={figure.label} className="rounded-lg border bg-card p-4">
                <p className="text-2xl font-bold text-primary">{figure.value}</p>
                <p className="text-sm text-muted-foreground">{figure.label}</p>
              </li>
            ))}
          </ul>
          {programme.enrolled.participants ? (
            <p className="text-sm text-muted-foreground">
              {t("recorded", {
                participants: programme.enrolled.participants,
                countries: programme.enrolled.countries,
              })}
            </p>
          ) : null}
        </section>
      ) : null}

      <ProgrammeNetworkSection figures={network} />

      {programme.countries.length ? (
        <section aria-labelledby="countries-heading" className="space-y-3">
          <h2 id="countries-heading" className="text-xl font-semibold">
            {t("countries")} ({programme.countries.length})
          </h2>
          <ul className="flex flex-wrap gap-2">
            {programme.countries.map((code) => (
              <li key={code}>
                <Badge variant="outline">{countryName(code)}</Badge>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {text.description.text ? <UntranslatedMarker text={text.description} /> : null}
      {text.description.text ? (
        <section
          lang={text.description.lang}
          className="prose max-w-3xl space-y-3 [&_a]:text-primary [&_a]:underline [&_h2]:text-xl [&_h2]:font-semibold [&_li]:ml-5 [&_ul]:list-disc"
          dangerouslySetInnerHTML={{ __html: renderMarkdown(text.description.text) }}
        />
      ) : null}

      {programme.outcomes ? (
        <section aria-labelledby="outcomes-heading" className="space-y-3">
          <h2 id="outcomes-heading" className="text-xl font-semibold">
            {t("outcomes")}
          </h2>
          <div
            className="max-w-3xl space-y-3"
            dangerouslySetInnerHTML={{ __html: renderMarkdown(programme.outcomes) }}
          />
        </section>
      ) : null}

      <section aria-labelledby="editions-heading" className="space-y-3">
        <h2 id="editions-heading" className="text-xl font-semibold">
          {t("editions")}
        </h2>
        {editions.length === 0 ? (
          <p>{t("noEditions")}</p>
        ) : (
          <ul className="space-y-3">
            {editions.map((cohort) => (
              <li key={cohort.id} className="rounded-lg border bg-card p-4">
                <div className="flex flex-wrap items-center gap-3">
                  <h3 lang={cohort.text.title.lang} className="font-semibold">
                    {cohort.text.title.text}
                  </h3>
                  <Badge
                    variant={
                      cohort.status === "postponed" || cohort.status === "cancelled" ? "destructive" : "secondary"
                    }
                  >
                    {ts(cohort.status)}
                  </Badge>
                </div>
                <p className="text-sm">
                  {formatDateRange(cohort.startDate, cohort.endDate) ?? t("toBeAnnounced")}
                  {cohort.text.location.text ? (
                    <>
                      {" · "}
                      <span lang={cohort.text.location.lang}>{cohort.text.location.text}</span>
                    </>
                  ) : null}{" "}
                  · {cohort.timeZone}
                </p>
                <UntranslatedMarker text={cohort.text.title.untranslated ? cohort.text.title : cohort.text.location} />
                {cohort.statusReason ? (
                  <p className="mt-1 text-sm text-muted-foreground">{cohort.statusReason}</p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      {timetable ? (
        <PublicTimetable
          data={timetable}
          programmeSlug={programme.slug}
          editions={editions.map((c) => ({ id: c.id, title: c.text.title }))}
        />
      ) : null}

      {programme.agendaGoals.length || programme.agendaStrategies.length ? (
        <section aria-labelledby="agenda-heading" className="space-y-3">
          <h2 id="agenda-heading" className="text-xl font-semibold">
            {t("agenda")}
          </h2>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {programme.agendaGoals.map((g) => (
              <li key={g.code}>
                <strong>{g.code}</strong> {g.title}
              </li>
            ))}
            {programme.agendaStrategies.map((s) => (
              <li key={s.code}>
                {s.code} {s.title}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {programme.sdgs.length ? (
        <p className="text-sm">
          {t("sdgs")}: {programme.sdgs.map((n) => `SDG ${n}`).join(", ")}
        </p>
      ) : null}
    </article>
  );
}
