/**
 * Wall-clock time in an IANA zone <-> UTC instant, with nothing but Intl, for the server and the browser.
 * A session, a call deadline or an alumni event is typed as "2027-09-14 13:30 in Asia/Seoul" and stored as
 * an instant; pages, forms and feeds turn it back. This is the only module that does so.
 *
 * The one rule for times a clock does not show exactly once (Temporal's "compatible" disambiguation):
 * - a repeated time (clocks go back) is the EARLIER of its two instants;
 * - a skipped time (clocks go forward) is moved forward by the gap: 02:30 on the night Paris jumps from
 *   02:00 to 03:00 is 03:30 CEST.
 * lib/time/temporal.test.ts checks this against a Temporal polyfill over zones with daylight saving.
 */
import { DomainError } from "@/lib/errors";
import { dateTimeFormat } from "@/lib/format";

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True for a zone name Intl knows ("Asia/Seoul", "UTC"); false for "Mars/Olympus" or "". */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone || timeZone.length > 64) return false;
  try {
    dateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Every zone the runtime knows, for pickers (UTC first when the runtime does not list it). */
export function timeZoneNames(): string[] {
  const supported = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf;
  const names = supported ? supported("timeZone") : [];
  return names.includes("UTC") ? names : ["UTC", ...names];
}

export type WallTime = { date: string; time: string };

/** The calendar date and HH:mm that a clock in `timeZone` shows at `instant`. */
export function toWallTime(instant: Date, timeZone: string): WallTime {
  const parts = Object.fromEntries(
    partsFormatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Minutes the zone is ahead of UTC at `instant` (Seoul +540, Paris +60 or +120, New York −300 or −240). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    partsFormatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - whole) / 60000);
}

function parseWall(date: string, time: string): number {
  const d = DATE_RE.exec(date);
  const t = TIME_RE.exec(time);
  if (!d || !t) throw new RangeError(`Not a wall time: ${date} ${time}`);
  const ms = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  const check = new Date(ms);
  if (check.getUTCMonth() !== Number(d[2]) - 1 || check.getUTCDate() !== Number(d[3]))
    throw new RangeError(`No such date: ${date}`);
  return ms;
}

type Reading = { wall: number; before: number; candidates: number[] };

/** Every instant at which a clock in the zone shows the wall time: none (skipped), one, or two (repeated). */
function read(date: string, time: string, timeZone: string): Reading {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const wall = parseWall(date, time);
  // Offsets on either side of any change within a day of the wall time.
  const before = zoneOffsetMinutes(new Date(wall - 86_400_000), timeZone);
  const after = zoneOffsetMinutes(new Date(wall + 86_400_000), timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset * 60_000)
    .filter((ms) => {
      const shown = toWallTime(new Date(ms), timeZone);
      return parseWall(shown.date, shown.time) === wall;
    })
    .sort((a, b) => a - b);
  return { wall, before, candidates };
}

/**
 * The instant at which a clock in `timeZone` shows `date` `time`, by the module's one rule: the earlier
 * instant of a repeated time, and a skipped time moved forward by the gap. Throws RangeError on a date,
 * time or zone that does not exist.
 */
export function fromWallTime(date: string, time: string, timeZone: string): Date {
  const { wall, before, candidates } = read(date, time, timeZone);
  if (candidates.length > 0) return new Date(candidates[0]!);
  // In the gap: the offset before the change applied to the wall time lands past the jump.
  return new Date(wall - before * 60_000);
}

type WallTimeKind =
  /** The clock shows it once. */
  | { kind: "normal" }
  /** The clock jumps over it; it is read as `becomes` (the same distance past the jump). */
  | { kind: "skipped"; becomes: WallTime }
  /** The clock shows it twice; it is read as the first, `gapMinutes` before the second. */
  | { kind: "repeated"; gapMinutes: number };

/** Whether a clock in the zone shows the wall time once, never or twice, and how it will be read. */
export function wallTimeKind(date: string, time: string, timeZone: string): WallTimeKind {
  const { candidates } = read(date, time, timeZone);
  if (candidates.length === 2) return { kind: "repeated", gapMinutes: (candidates[1]! - candidates[0]!) / 60_000 };
  if (candidates.length === 1) return { kind: "normal" };
  return { kind: "skipped", becomes: toWallTime(fromWallTime(date, time, timeZone), timeZone) };
}

const LOCAL_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/** "2027-09-14T13:30" (a datetime-local value) as date and time; null when it is not one. */
export function splitLocal(local: string): WallTime | null {
  const m = LOCAL_RE.exec(local);
  return m ? { date: m[1]!, time: m[2]! } : null;
}

/**
 * A datetime-local value ("2027-09-14T13:30") in the zone as an instant, by the module's rule. Null when
 * the text is not such a value, names no real date ("2027-02-30T10:00"), or the zone is unknown.
 */
export function localToInstant(local: string, timeZone: string): Date | null {
  const wall = splitLocal(local);
  if (!wall) return null;
  try {
    return fromWallTime(wall.date, wall.time, timeZone);
  } catch {
    return null;
  }
}

/**
 * Like localToInstant, for a server command: a bare date is read as midnight, and text that names no
 * time is a validation error on `field`.
 */
export function requireLocalInstant(local: string, timeZone: string, field: string): Date {
  const instant = localToInstant(local.includes("T") ? local : `${local}T00:00`, timeZone);
  if (!instant)
    throw new DomainError("validation", "Choose a date and time that exists.", {
      [field]: ["Choose a date and time that exists."],
    });
  return instant;
}

/** The instant as "YYYY-MM-DDTHH:mm" on the zone's clock, for a datetime-local input. */
export function instantToLocal(instant: Date, timeZone: string): string {
  const wall = toWallTime(instant, timeZone);
  return `${wall.date}T${wall.time}`;
}

/**
 * The zone as people read it next to an input: "Asia/Seoul (GMT+9)", "America/New_York (EST)" at `at`; in the
 * reader's language its short name is theirs ("America/New_York (GMT-5)" in Korean).
 */
export function zoneLabel(timeZone: string, at: Date, locale: string): string {
  if (!isValidTimeZone(timeZone)) return timeZone;
  const short = dateTimeFormat(locale, { timeZone, timeZoneName: "short" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName")?.value;
  return short ? `${timeZone} (${short})` : timeZone;
}

/** "YYYY-MM-DD" plus n days, by the calendar (no zone involved). */
export function addDays(date: string, days: number): string {
  const d = DATE_RE.exec(date);
  if (!d) throw new RangeError(`Not a date: ${date}`);
  const ms = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3])) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both "YYYY-MM-DD"); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const a = DATE_RE.exec(from);
  const b = DATE_RE.exec(to);
  if (!a || !b) throw new RangeError(`Not a date: ${from} / ${to}`);
  return Math.round(
    (Date.UTC(Number(b[1]), Number(b[2]) - 1, Number(b[3])) - Date.UTC(Number(a[1]), Number(a[2]) - 1, Number(a[3]))) /
      86_400_000,
  );
}

/** Moves an instant by whole days while keeping its wall-clock time in `timeZone` (10:00 stays 10:00 across DST). */
export function shiftKeepingWallTime(instant: Date, days: number, timeZone: string): Date {
  const wall = toWallTime(instant, timeZone);
  return fromWallTime(addDays(wall.date, days), wall.time, timeZone);
}

/** Monday (ISO week start) of the week holding `date`. */
export function weekStart(date: string): string {
  const d = DATE_RE.exec(date);
  if (!d) throw new RangeError(`Not a date: ${date}`);
  const weekday = new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]))).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}
