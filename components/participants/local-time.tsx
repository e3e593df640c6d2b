"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** A moment in the viewer's own zone (the browser's), with the zone named; blank on the server. */
export function LocalTime({ iso, zone }: { iso: string; zone?: string | null }) {
  const locale = useLocale();
  const browserZone = useSyncExternalStore(
    subscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );
  const timeZone = zone ?? browserZone;
  if (!timeZone) return <span aria-hidden="true">…</span>;
  return (
    <time dateTime={iso}>
      {new Intl.DateTimeFormat(locale, {
        weekday: "short",
        day: "numeric",
        month: "short",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
        timeZone,
        timeZoneName: "short",
      }).format(new Date(iso))}
    </time>
  );
}

/** The viewer's zone's name, for the column heading. */
export function LocalZoneName({ zone }: { zone?: string | null }) {
  const t = useTranslations("sessionPlace");
  const browserZone = useSyncExternalStore(
    subscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );
  return <>{zone ?? browserZone ?? t("yourZone")}</>;
}
