/** Wall-clock times in a named IANA zone: what people type in a cohort or event zone, and back. */

export function isTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Minutes the zone is ahead of UTC at this instant. */
function offsetMinutes(instant: Date, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2026-12-10T20:00" in "Asia/Seoul" → the instant. Null when the text is not a local date-time. */
export function zonedLocalToUtc(local: string, zone: string): Date | null {
  const m = LOCAL.exec(local);
  if (!m || !isTimeZone(zone)) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  // Date.UTC rolls 13/32/25 over into the next unit; a real local time reads back the same.
  const check = new Date(naive);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || check.getUTCHours() !== h || check.getUTCMinutes() !== mi) return null;
  // Two passes settle the offset on the right side of a daylight-saving change.
  let guess = naive - offsetMinutes(new Date(naive), zone) * 60000;
  guess = naive - offsetMinutes(new Date(guess), zone) * 60000;
  return new Date(guess);
}

/** The instant as "YYYY-MM-DDTHH:mm" in the zone (for a datetime-local input). */
export function utcToZonedLocal(instant: Date, zone: string): string {
  const shifted = new Date(instant.getTime() + offsetMinutes(instant, zone) * 60000);
  return shifted.toISOString().slice(0, 16);
}

/** Zones offered in forms: the runtime's list, which every modern engine has. */
export function timeZoneOptions(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf?.("timeZone") ?? ["UTC", "Asia/Seoul"];
}
