/** Formats a calendar date (YYYY-MM-DD, no time zone) without letting the server's zone shift it. */
export function formatDate(value: string | null | undefined, locale = "en", style: "month" | "day" = "day"): string | null {
  if (!value) return null;
  const [y, m, d] = value.split("-").map(Number);
  if (!y || !m) return null;
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  return new Intl.DateTimeFormat(locale, style === "month" ? { month: "short", year: "numeric", timeZone: "UTC" } : { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(date);
}

export function formatDateRange(start: string | null, end: string | null, locale = "en"): string | null {
  const a = formatDate(start, locale);
  const b = formatDate(end, locale);
  if (!a) return null;
  return b && b !== a ? `${a} – ${b}` : a;
}

/** A moment shown in a given IANA zone, with the zone's name so nobody guesses. */
export function formatDateTime(value: Date, timeZone: string, locale = "en"): string {
  // Not dateStyle/timeStyle: V8 refuses them together with timeZoneName ("Can't set option timeZoneName when dateStyle is used").
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone, timeZoneName: "short" }).format(value);
}
