import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { utcToZonedLocal, zonedLocalToUtc } from "@/lib/zoned-time";

describe("wall-clock times in a cohort's zone", () => {
  it("reads a Seoul time as the right instant", () => {
    expect(zonedLocalToUtc("2027-03-31T18:00", "Asia/Seoul")?.toISOString()).toBe("2027-03-31T09:00:00.000Z");
    expect(utcToZonedLocal(new Date("2027-03-31T09:00:00Z"), "Asia/Seoul")).toBe("2027-03-31T18:00");
  });

  it("follows daylight saving time", () => {
    expect(zonedLocalToUtc("2027-01-15T12:00", "Europe/Paris")?.toISOString()).toBe("2027-01-15T11:00:00.000Z");
    expect(zonedLocalToUtc("2027-07-15T12:00", "Europe/Paris")?.toISOString()).toBe("2027-07-15T10:00:00.000Z");
    expect(zonedLocalToUtc("2027-07-15T12:00", "America/New_York")?.toISOString()).toBe("2027-07-15T16:00:00.000Z");
  });

  it("refuses text that is not a datetime-local value", () => {
    expect(zonedLocalToUtc("31/03/2027 18:00", "Asia/Seoul")).toBeNull();
  });

  it("round-trips any minute of any day in several zones", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1) / 60000, max: Date.UTC(2035, 0, 1) / 60000 }), fc.constantFrom("Asia/Seoul", "Europe/Paris", "America/Santiago", "Australia/Sydney", "UTC"), (minute, zone) => {
        const instant = new Date(minute * 60000);
        const local = utcToZonedLocal(instant, zone);
        const back = zonedLocalToUtc(local, zone)!;
        // Inside a "fall back" hour a wall-clock time names two instants; both read back as the same wall clock.
        expect(utcToZonedLocal(back, zone)).toBe(local);
      }),
    );
  });
});
