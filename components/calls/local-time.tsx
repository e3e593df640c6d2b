"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * A moment in the viewer's own time zone, named. The server cannot know that zone, so it renders
 * nothing and the browser fills it in (no hydration mismatch).
 */
export function LocalTime({ iso, label }: { iso: string; label: string }) {
  const zone = useSyncExternalStore(
    subscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );
  if (!zone) return null;
  const text = new Intl.DateTimeFormat(undefined, {
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
