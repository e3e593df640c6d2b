"use client";

import { useTranslations } from "next-intl";
import { useClientValue } from "./use-client-value";

/** Download and subscribe links for the edition's feed and each track's; webcal:// opens the calendar app. */
export function FeedLinks({ cohortId, tracks }: { cohortId: string; tracks: { id: string; title: string }[] }) {
  const t = useTranslations("timetable");
  const host = useClientValue(() => window.location.host);
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
            {host ? (
              <a
                href={`webcal://${host}${f.path}`}
                className="text-primary underline"
                aria-label={`${t("subscribe")} — ${f.label}`}
              >
                {t("subscribe")}
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
