import { cache } from "react";

// The language of the page being rendered. The next-intl configuration (i18n.ts) sets it once per request,
// so every date and country name on a page follows the reader's language without each caller passing it.
// React's cache is scoped to one server render; outside a render (tests, scripts, emails) it is English,
// and an email or PDF passes its recipient's language explicitly.
const pageLocale = cache((): { current: string } => ({ current: "en" }));

export function setPageLocale(locale: string): void {
  pageLocale().current = locale;
}

export function currentLocale(): string {
  return pageLocale().current;
}

/** Formats a calendar date (YYYY-MM-DD, no time zone) without letting the server's zone shift it. */
export function formatDate(
  value: string | null | undefined,
  locale = currentLocale(),
  style: "month" | "day" = "day",
): string | null {
  if (!value) return null;
  const [y, m, d] = value.split("-").map(Number);
  if (!y || !m) return null;
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  return new Intl.DateTimeFormat(
    locale,
    style === "month"
      ? { month: "short", year: "numeric", timeZone: "UTC" }
      : { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" },
  ).format(date);
}

export function formatDateRange(start: string | null, end: string | null, locale = currentLocale()): string | null {
  const a = formatDate(start, locale);
  const b = formatDate(end, locale);
  if (!a) return null;
  return b && b !== a ? `${a} – ${b}` : a;
}

/** A moment shown in a given IANA zone, with the zone's name so nobody guesses. */
export function formatDateTime(value: Date, timeZone: string, locale = currentLocale()): string {
  // dateStyle/timeStyle cannot be combined with timeZoneName (Intl throws), so the fields are spelt out.
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
    timeZoneName: "short",
  }).format(value);
}

/** A count or amount in the reader's language (1,234 · 1 234 · 1,234). */
export function formatNumber(value: number, locale = currentLocale(), options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(value);
}
