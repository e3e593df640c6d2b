import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { addDays, fromWallTime, instantToLocal, localToInstant, toWallTime, wallTimeKind } from ".";

/**
 * lib/time against an independent implementation: the Temporal polyfill, with the "compatible"
 * disambiguation lib/time documents. Zones with daylight saving, including the half-hour change of
 * Lord Howe, Chatham's +12:45/+13:45 and Seoul's 1987-88 summers; local times drawn both at random and
 * around each zone's transitions, where the two readings can differ.
 */
const ZONES = ["Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Asia/Seoul", "Pacific/Chatham"] as const;
const SEED = 20271031;
const pad = (n: number) => String(n).padStart(2, "0");

function temporalInstant(date: string, time: string, zone: string): string {
  return Temporal.PlainDateTime.from(`${date}T${time}`)
    .toZonedDateTime(zone, { disambiguation: "compatible" })
    .toInstant()
    .toString();
}

function temporalKind(date: string, time: string, zone: string): "normal" | "skipped" | "repeated" {
  const earlier = Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(zone, { disambiguation: "earlier" });
  const later = Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(zone, { disambiguation: "later" });
  if (earlier.epochMilliseconds === later.epochMilliseconds) return "normal";
  // In a gap "earlier" lands before the jump, showing a different wall time; in an overlap both show it.
  return earlier.toPlainDateTime().toString({ smallestUnit: "minute" }) === `${date}T${time}` ? "repeated" : "skipped";
}

/** Every wall-clock minute within an hour either side of each transition of the zone in 1987-2040. */
function transitionWallTimes(zone: string): { date: string; time: string }[] {
  const out: { date: string; time: string }[] = [];
  let at = Temporal.Instant.from("1987-01-01T00:00:00Z").toZonedDateTimeISO(zone);
  const end = Temporal.Instant.from("2040-01-01T00:00:00Z");
  for (;;) {
    const next = at.getTimeZoneTransition("next");
    if (!next || Temporal.Instant.compare(next.toInstant(), end) > 0) break;
    for (let minutes = -90; minutes <= 90; minutes += 15) {
      const wall = next.toInstant().toZonedDateTimeISO(zone).add({ minutes }).toPlainDateTime();
      out.push({ date: wall.toPlainDate().toString(), time: `${pad(wall.hour)}:${pad(wall.minute)}` });
      // The same wall time read before the change, which is where skipped and repeated times come from.
      const shifted = next
        .toInstant()
        .subtract({ minutes: 1 })
        .toZonedDateTimeISO(zone)
        .toPlainDateTime()
        .add({ minutes });
      out.push({ date: shifted.toPlainDate().toString(), time: `${pad(shifted.hour)}:${pad(shifted.minute)}` });
    }
    at = next;
  }
  return out;
}

describe("lib/time agrees with Temporal ('compatible') @truth", () => {
  it("on random local times, 1987-2040, in zones with daylight saving", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 19_357 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom(...ZONES),
        (day, h, m, zone) => {
          const date = addDays("1987-01-01", day);
          const time = `${pad(h)}:${pad(m)}`;
          expect(fromWallTime(date, time, zone).toISOString().replace(".000Z", "Z")).toBe(
            temporalInstant(date, time, zone),
          );
          expect(wallTimeKind(date, time, zone).kind).toBe(temporalKind(date, time, zone));
        },
      ),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it.each(ZONES)("on every transition hour of %s", (zone) => {
    const walls = transitionWallTimes(zone);
    expect(walls.length).toBeGreaterThan(zone === "Asia/Seoul" ? 10 : 200);
    const kinds = new Set<string>();
    for (const { date, time } of walls) {
      expect(fromWallTime(date, time, zone).toISOString().replace(".000Z", "Z"), `${date} ${time}`).toBe(
        temporalInstant(date, time, zone),
      );
      const kind = wallTimeKind(date, time, zone).kind;
      expect(kind, `${date} ${time}`).toBe(temporalKind(date, time, zone));
      kinds.add(kind);
    }
    // The sample really reaches both kinds of trouble, not only ordinary times.
    expect(kinds).toEqual(new Set(["normal", "skipped", "repeated"]));
  });

  it("turns instants into local times the way Temporal does, and back", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1987, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 }),
        fc.constantFrom(...ZONES),
        (minute, zone) => {
          const instant = new Date(minute * 60_000);
          const local = instantToLocal(instant, zone);
          const expected = Temporal.Instant.fromEpochMilliseconds(instant.getTime())
            .toZonedDateTimeISO(zone)
            .toPlainDateTime()
            .toString({ smallestUnit: "minute" });
          expect(local).toBe(expected);
          expect(toWallTime(instant, zone)).toEqual({ date: expected.slice(0, 10), time: expected.slice(11) });
          // Back again: the same instant, or the earlier one of a repeated hour.
          expect(localToInstant(local, zone)!.toISOString().replace(".000Z", "Z")).toBe(
            temporalInstant(expected.slice(0, 10), expected.slice(11), zone),
          );
        },
      ),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
