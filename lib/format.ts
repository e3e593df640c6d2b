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

// Making an Intl formatter costs about a millisecond (ICU loads the locale's patterns); using one, microseconds.
// A page of 50 dates made 50. They are kept per language and options (a bounded number: languages and zones
// come from a short list, and a name Intl refuses throws before it is kept).
const KEPT_FORMATTERS = 2000;
const dateFormatters = new Map<string, Intl.DateTimeFormat>();
const numberFormatters = new Map<string, Intl.NumberFormat>();

function kept<F>(store: Map<string, F>, key: string, make: () => F): F {
  let formatter = store.get(key);
  if (!formatter) {
    formatter = make();
    if (store.size < KEPT_FORMATTERS) store.set(key, formatter);
  }
  return formatter;
}

/** `new Intl.DateTimeFormat(locale, options)`, made once and kept. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return kept(
    dateFormatters,
    `${locale}\u0000${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, options),
  );
}

/** `new Intl.NumberFormat(locale, options)`, made once and kept. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return kept(
    numberFormatters,
    `${locale}\u0000${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(locale, options),
  );
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
  return dateTimeFormat(
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

/**
 * A moment shown in a given IANA zone, with the zone's name so nobody guesses; with `weekday`, its day's name
 * too ("Mon, Jul 5, 2027, 19:00 GMT+9", "2027년 7월 5일 (월) 19:00 GMT+9"), as a timetable says it.
 */
export function formatDateTime(
  value: Date,
  timeZone: string,
  locale = currentLocale(),
  { weekday = false }: { weekday?: boolean } = {},
): string {
  // dateStyle/timeStyle cannot be combined with timeZoneName (Intl throws), so the fields are spelt out.
  return dateTimeFormat(locale, {
    ...(weekday ? { weekday: "short" } : {}),
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

/** The time of day a draft was saved, in the reader's language and the reader's own clock (14:03:12). */
export function formatSavedTime(value: Date | string, locale: string): string {
  return dateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", second: "2-digit" }).format(new Date(value));
}

/** A count or amount in the reader's language (1,234 · 1 234 · 1,234). */
export function formatNumber(value: number, locale = currentLocale(), options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, options).format(value);
}

const BYTE_UNITS = [
  { unit: "megabyte", size: 1024 * 1024, display: "short" },
  { unit: "kilobyte", size: 1024, display: "short" },
  { unit: "byte", size: 1, display: "long" },
] as const;

/** A file's size in the reader's language, to a tenth: 10 MB · 10 Mo · 10MB; 512 kB · 512 ko; 3 bytes · 3 octets. */
export function formatBytes(bytes: number, locale = currentLocale()): string {
  const { unit, size, display } = BYTE_UNITS.find((u) => bytes >= u.size) ?? BYTE_UNITS[2];
  return numberFormat(locale, { style: "unit", unit, unitDisplay: display, maximumFractionDigits: 1 }).format(
    bytes / size,
  );
}

/**
 * A size as `formatBytes` writes it in English ("5 MB", the value of a server sentence such as "The file is
 * larger than 5 MB."), in `locale`; null for any other text. lib/i18n/problems.ts says a sentence's values so.
 */
export function sayBytes(text: string, locale: string): string | null {
  const match = /^(\d{1,3}(?:,\d{3})*(?:\.\d)?) (MB|kB|bytes?)$/.exec(text);
  if (!match) return null;
  const size = match[2] === "MB" ? BYTE_UNITS[0].size : match[2] === "kB" ? BYTE_UNITS[1].size : 1;
  return formatBytes(Number(match[1]!.replaceAll(",", "")) * size, locale);
}
