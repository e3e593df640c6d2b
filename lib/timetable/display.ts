import { dateTimeFormat } from "@/lib/format";
import { addDays, toWallTime, weekStart } from "@/lib/time";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * "Thu 14 Sep 2023" ("2023년 9월 14일 (목)", "jeu. 14 sept. 2023"), built from the date alone so server and
 * browser render the same text: English by hand (ICU versions differ on "Sep"/"Sept"), the others by Intl in UTC.
 */
export function dayLabel(date: string, locale = "en"): string {
  const [y, m, d] = date.split("-").map(Number);
  const day = new Date(Date.UTC(y!, m! - 1, d!));
  if (locale === "en") return `${WEEKDAYS[day.getUTCDay()]} ${d} ${MONTHS[m! - 1]} ${y}`;
  return dateTimeFormat(locale, {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(day);
}

/** "13:30–17:30" in the zone, with "(+1 day)" when it ends on a later date. */
export function timeRange(startsAt: Date, endsAt: Date, timeZone: string): string {
  const a = toWallTime(startsAt, timeZone);
  const b = toWallTime(endsAt, timeZone);
  return `${a.time}–${b.time}${b.date !== a.date ? " (+1 day)" : ""}`;
}

export type DaySessions<S> = { date: string; sessions: S[] };

/** Sessions grouped by the day they start in the zone, days in order. */
export function groupByDay<S extends { startsAt: Date }>(sessions: readonly S[], timeZone: string): DaySessions<S>[] {
  const days = new Map<string, S[]>();
  for (const s of [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
    const key = toWallTime(s.startsAt, timeZone).date;
    days.set(key, [...(days.get(key) ?? []), s]);
  }
  return [...days.entries()].map(([date, list]) => ({ date, sessions: list }));
}

/** The Mondays of every week that holds a session, in order. */
export function weeksOf(days: readonly { date: string }[]): string[] {
  return [...new Set(days.map((d) => weekStart(d.date)))].sort();
}

/** The seven dates of the week starting on `monday`. */
export function weekDates(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}
