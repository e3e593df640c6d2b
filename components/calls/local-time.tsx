"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * A moment in the viewer's own time zone, named. The server cannot know that zone, so it renders
 * nothing and the browser fills it in (no hydration mismatch), in the page's language (given by the server, so
 * the page needs no next-intl in the browser).
 */
export function LocalTime({ iso, label, locale }: { iso: string; label: string; locale: string }) {
  const zone = useSyncExternalStore(
    subscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );
  if (!zone) return null;
  const text = new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: zone,
    timeZoneName: "short",
  }).format(new Date(iso));
  return <span>{label.replace("{date}", `${text} (${zone})`)}</span>;
}
