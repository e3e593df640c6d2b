/** Offset of `zone` from UTC at `instant`, in minutes (Asia/Seoul: +540). */
export function zoneOffsetMinutes(instant: Date, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour") % 24, get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/**
 * A wall-clock time typed in a cohort's zone ("2027-03-31T18:00") as an instant. Around a daylight-saving
 * change the offset is taken again at the first guess, so the result reads back as the time typed
 * (a time skipped by the change moves forward by the gap).
 */
export function zonedLocalToUtc(local: string, zone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(naive)) return null;
  const first = naive - zoneOffsetMinutes(new Date(naive), zone) * 60000;
  const second = naive - zoneOffsetMinutes(new Date(first), zone) * 60000;
  return new Date(second);
}

/** An instant as the wall-clock value of a datetime-local input in `zone`. */
export function utcToZonedLocal(instant: Date, zone: string): string {
  const shifted = new Date(instant.getTime() + zoneOffsetMinutes(instant, zone) * 60000);
  return shifted.toISOString().slice(0, 16);
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
