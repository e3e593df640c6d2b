/** Formats a calendar date (YYYY-MM-DD, no time zone) without letting the server's zone shift it. */
export function formatDate(
  value: string | null | undefined,
  locale = "en",
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

export function formatDateRange(start: string | null, end: string | null, locale = "en"): string | null {
  const a = formatDate(start, locale);
  const b = formatDate(end, locale);
  if (!a) return null;
  return b && b !== a ? `${a} – ${b}` : a;
}

/** A moment shown in a given IANA zone, with the zone's name so nobody guesses. */
export function formatDateTime(value: Date, timeZone: string, locale = "en"): string {
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
