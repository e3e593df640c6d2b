import { DomainError } from "@/lib/errors";
import { utcToZonedLocal, zonedLocalToUtc } from "@/lib/zoned-time";

/** "2027-09-10T18:00" (or a bare date, read as midnight) on the wall clock of `zone`, as an instant. */
export function zonedLocalToInstant(local: string, zone: string): Date {
  const instant = zonedLocalToUtc(local.includes("T") ? local : `${local}T00:00`, zone);
  if (!instant) throw new DomainError("validation", "Choose a date and time that exists.", { deadline: ["Choose a date and time that exists."] });
  return instant;
}

/** An instant as "YYYY-MM-DDTHH:mm" on the wall clock of `zone`, for a datetime-local input. */
export const instantToZonedLocal = utcToZonedLocal;

/** A day and time in a zone, with the zone's name, e.g. "Mon 5 Jul 2027, 19:00 (GMT+9)". */
export function formatInZone(instant: Date, zone: string, locale = "en"): string {
  return new Intl.DateTimeFormat(locale, { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone, timeZoneName: "short" }).format(instant);
}
