import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { UntranslatedMarker } from "@/components/i18n/untranslated-marker";
import { Alert } from "@/components/ui/alert";
import { formatDateRange } from "@/lib/format";
import { localText, type LocalText } from "@/lib/i18n/content";
import type { AppLocale } from "@/lib/i18n/request";
import { toEntries } from "@/lib/timetable/entries";
import type { getPublicTimetable } from "@/lib/timetable/queries";
import { FeedLinks } from "./feed-links";
import { TimetableView } from "./timetable-view";

/** The timetable of a published edition on the public programme page, with its feeds and any postponement. */
export async function PublicTimetable({
  data,
  programmeSlug,
  editions,
}: {
  data: NonNullable<Awaited<ReturnType<typeof getPublicTimetable>>>;
  programmeSlug: string;
  /** The programme's editions, titled in the reader's language (lib/i18n/content.ts). */
  editions: { id: string; title: LocalText }[];
}) {
  const [t, ts, reader] = await Promise.all([
    getTranslations("timetable"),
    getTranslations("status"),
    getLocale() as Promise<AppLocale>,
  ]);
  const { cohort, timetable } = data;
  const title = localText(cohort.title, cohort.translations, "title", cohort.mainLanguage, reader);
  return (
    <section aria-labelledby="timetable-heading" className="space-y-4">
      <h2 id="timetable-heading" className="text-xl font-semibold">
        {t("publicTimetable")}: <span lang={title.lang}>{title.text}</span>
      </h2>
      <UntranslatedMarker text={title} />
      {editions.length > 1 ? (
        <nav aria-label={t("otherEditions")} className="flex flex-wrap gap-2 text-sm">
          {editions.map((e) => (
            <Link
              key={e.id}
              href={`/programmes/${programmeSlug}?edition=${e.id}#timetable-heading`}
              aria-current={e.id === cohort.id ? "page" : undefined}
              className={`rounded-md border px-3 py-1 ${e.id === cohort.id ? "bg-primary text-primary-foreground" : "hover:bg-accent"}`}
            >
              <span lang={e.title.lang}>{e.title.text}</span>
            </Link>
          ))}
        </nav>
      ) : null}
      {cohort.status === "postponed" || cohort.status === "cancelled" ? (
        <Alert variant="destructive">
          <strong>{ts(cohort.status)}</strong>
          {cohort.status === "postponed"
            ? ` — ${formatDateRange(cohort.startDate, cohort.endDate) ?? t("datesTba")}`
            : ""}
          {cohort.statusReason ? <span className="block">{cohort.statusReason}</span> : null}
        </Alert>
      ) : null}
      <FeedLinks cohortId={cohort.id} tracks={timetable.tracks} />
      <TimetableView
        timeZone={cohort.timeZone}
        sessions={toEntries(timetable.sessions)}
        tracks={timetable.tracks}
        idPrefix="public-tt"
      />
    </section>
  );
}
