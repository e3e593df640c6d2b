import { getTranslations } from "next-intl/server";
import { WebcalLink } from "./webcal-link";

/**
 * Download and subscribe links for the edition's feed and each track's; webcal:// opens the calendar app. Only the
 * subscribe link, which needs the browser's host, is client code (WebcalLink), and it takes its words as props.
 */
export async function FeedLinks({ cohortId, tracks }: { cohortId: string; tracks: { id: string; title: string }[] }) {
  const t = await getTranslations("timetable");
  const feeds = [
    { key: "all", label: t("feedAll"), path: `/api/ics/cohorts/${cohortId}` },
    ...tracks.map((tr) => ({
      key: tr.id,
      label: t("feedTrack", { title: tr.title }),
      path: `/api/ics/cohorts/${cohortId}?track=${tr.id}`,
    })),
  ];
  return (
    <details className="rounded-lg border p-3 text-sm">
      <summary className="cursor-pointer font-medium">{t("calendarFeeds")}</summary>
      <ul className="mt-2 space-y-1">
        {feeds.map((f) => (
          <li key={f.key} className="flex flex-wrap gap-x-3">
            <span>{f.label}:</span>
            <a href={f.path} download className="text-primary underline" aria-label={`${t("download")} — ${f.label}`}>
              {t("download")}
            </a>
            <WebcalLink path={f.path} word={t("subscribe")} label={`${t("subscribe")} — ${f.label}`} />
          </li>
        ))}
      </ul>
    </details>
  );
}
