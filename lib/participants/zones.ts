/** The UTC offset of `zone` at `instant`, in minutes (Seoul: +540). */
function offsetMinutes(instant: Date, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** "2027-09-10T18:00" on the wall clock of `zone`, as an instant (two passes settle daylight-saving edges). */
export function zonedLocalToInstant(local: string, zone: string): Date {
  const [date, time = "00:00"] = local.split("T");
  const [y, m, d] = (date ?? "").split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  const guess = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  let instant = new Date(guess - offsetMinutes(new Date(guess), zone) * 60_000);
  instant = new Date(guess - offsetMinutes(instant, zone) * 60_000);
  return instant;
}

/** An instant as "YYYY-MM-DDTHH:mm" on the wall clock of `zone`, for a datetime-local input. */
export function instantToZonedLocal(instant: Date, zone: string): string {
  const shifted = new Date(instant.getTime() + offsetMinutes(instant, zone) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** A day and time in a zone, with the zone's name, e.g. "Mon 5 Jul 2027, 19:00 (GMT+9)". */
export function formatInZone(instant: Date, zone: string, locale = "en"): string {
  return new Intl.DateTimeFormat(locale, { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone, timeZoneName: "short" }).format(instant);
}
