import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { UntranslatedMarker } from "@/components/i18n/untranslated-marker";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import { localTexts, type Translations } from "@/lib/i18n/content";
import type { AppLocale } from "@/lib/i18n/request";

export type ProgrammeCardData = {
  slug: string;
  title: string;
  summary: string;
  /** The title and summary in other languages; the card shows the reader's (lib/i18n/content.ts). */
  translations: Translations;
  mainLanguage: AppLocale;
  themes: string[];
  status: string;
  statusLabel: string;
  startDate: string | null;
  endDate: string | null;
  countryCount: number;
};

export function ProgrammeCard({
  programme,
  ongoingLabel,
  countriesLabel,
}: {
  programme: ProgrammeCardData;
  ongoingLabel: string;
  countriesLabel: string;
}) {
  const t = useTranslations("sessionPlace");
  const tc = useTranslations("common");
  const text = localTexts(
    { title: programme.title, summary: programme.summary },
    programme.translations,
    programme.mainLanguage,
    useLocale() as AppLocale,
  );
  const start = formatDate(programme.startDate, undefined, "month");
  const end = formatDate(programme.endDate, undefined, "month") ?? ongoingLabel;
  return (
    <article className="flex h-full flex-col gap-3 rounded-lg border bg-card p-5 shadow-sm">
      <div className="flex items-start justify-between gap-3">
        <h2 className="text-lg font-semibold leading-snug">
          <Link href={`/programmes/${programme.slug}`} className="hover:underline">
            <span lang={text.title.lang}>{text.title.text}</span>
          </Link>
        </h2>
        <Badge variant={programme.status === "published" ? "secondary" : "outline"}>{programme.statusLabel}</Badge>
      </div>
      <UntranslatedMarker text={text.title} />
      <p lang={text.summary.lang} className="line-clamp-3 text-sm text-muted-foreground">
        {text.summary.text}
      </p>
      <dl className="mt-auto grid grid-cols-2 gap-2 text-sm">
        {start ? (
          <div>
            <dt className="sr-only">{t("dates")}</dt>
            <dd>
              {start} – {end}
            </dd>
          </div>
        ) : null}
        {programme.countryCount > 0 ? (
          <div>
            <dt className="sr-only">{countriesLabel}</dt>
            <dd>
              {programme.countryCount} {countriesLabel.toLowerCase()}
            </dd>
          </div>
        ) : null}
      </dl>
      {programme.themes.length ? (
        <ul className="flex flex-wrap gap-1" aria-label={tc("themes")}>
          {programme.themes.slice(0, 4).map((theme) => (
            <li key={theme}>
              <Badge variant="outline">{theme}</Badge>
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
