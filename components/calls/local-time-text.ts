/**
 * The text of a moment in the viewer's own zone, named: `label` with its `{date}` filled. Needs the browser's Intl,
 * whose first use in a page costs ≈ 30–60 ms of main-thread time on a phone (ICU's start; e2e/bench/RESULTS.md,
 * Session 10): components/calls/local-time-worker.ts runs it off the page's thread, this module is what both share.
 */
export function localTimeText(iso: string, label: string, locale: string): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const text = new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: zone,
    timeZoneName: "short",
  }).format(new Date(iso));
  return label.replace("{date}", `${text} (${zone})`);
}

/** What LocalTime asks its worker. */
export type LocalTimeRequest = { iso: string; label: string; locale: string };
