import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import {
  addDays,
  daysBetween,
  fromWallTime,
  instantToLocal,
  isValidTimeZone,
  localToInstant,
  requireLocalInstant,
  shiftKeepingWallTime,
  toWallTime,
  wallTimeKind,
  weekStart,
  zoneLabel,
  zoneOffsetMinutes,
} from ".";

describe("time zones", () => {
  it("knows real IANA zones and refuses made-up ones", () => {
    expect(isValidTimeZone("Asia/Seoul")).toBe(true);
    expect(isValidTimeZone("Europe/Paris")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });

  it("reads Seoul wall time as UTC+9 all year (no daylight saving)", () => {
    expect(fromWallTime("2023-09-14", "13:30", "Asia/Seoul").toISOString()).toBe("2023-09-14T04:30:00.000Z");
    expect(fromWallTime("2023-01-14", "13:30", "Asia/Seoul").toISOString()).toBe("2023-01-14T04:30:00.000Z");
    expect(zoneOffsetMinutes(new Date("2023-03-26T12:00:00Z"), "Asia/Seoul")).toBe(540);
    expect(toWallTime(new Date("2023-09-14T15:30:00Z"), "Asia/Seoul")).toEqual({ date: "2023-09-15", time: "00:30" });
  });

  it("follows Paris across the spring change (clocks 02:00 -> 03:00 on 31 March 2024)", () => {
    expect(fromWallTime("2024-03-30", "10:00", "Europe/Paris").toISOString()).toBe("2024-03-30T09:00:00.000Z");
    expect(fromWallTime("2024-03-31", "10:00", "Europe/Paris").toISOString()).toBe("2024-03-31T08:00:00.000Z");
    // 02:30 does not exist that night: it is read as 03:30 CEST.
    expect(fromWallTime("2024-03-31", "02:30", "Europe/Paris").toISOString()).toBe("2024-03-31T01:30:00.000Z");
    expect(toWallTime(new Date("2024-03-31T01:30:00Z"), "Europe/Paris")).toEqual({ date: "2024-03-31", time: "03:30" });
  });

  it("takes the first of a repeated hour when New York falls back (3 November 2024)", () => {
    expect(fromWallTime("2024-11-03", "01:30", "America/New_York").toISOString()).toBe("2024-11-03T05:30:00.000Z");
    expect(fromWallTime("2024-11-03", "09:00", "America/New_York").toISOString()).toBe("2024-11-03T14:00:00.000Z");
    expect(fromWallTime("2024-11-02", "09:00", "America/New_York").toISOString()).toBe("2024-11-02T13:00:00.000Z");
  });

  it("keeps the wall time when shifting across a change", () => {
    const before = fromWallTime("2024-03-25", "10:00", "Europe/Paris");
    const after = shiftKeepingWallTime(before, 7, "Europe/Paris");
    expect(after.toISOString()).toBe("2024-04-01T08:00:00.000Z");
    expect(toWallTime(after, "Europe/Paris")).toEqual({ date: "2024-04-01", time: "10:00" });
    expect(after.getTime() - before.getTime()).toBe(7 * 86_400_000 - 3_600_000);
  });

  it("round-trips any wall time that exists, in zones with and without daylight saving", () => {
    const zones = ["Asia/Seoul", "Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Kolkata"];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom(...zones),
        (day, h, m, zone) => {
          const date = addDays("2020-01-01", day);
          const time = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
          const instant = fromWallTime(date, time, zone);
          const back = toWallTime(instant, zone);
          // Either the same wall time, or (in a spring-forward gap) one hour later.
          const drift =
            daysBetween(date, back.date) * 1440 +
            (Number(back.time.slice(0, 2)) * 60 + Number(back.time.slice(3))) -
            (h * 60 + m);
          expect([0, 60, 30]).toContain(drift);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("refuses bad input instead of guessing", () => {
    expect(() => fromWallTime("2023-02-30", "10:00", "Asia/Seoul")).toThrow(RangeError);
    expect(() => fromWallTime("2023-02-01", "24:00", "Asia/Seoul")).toThrow(RangeError);
    expect(() => fromWallTime("2023-02-01", "10:00", "Nowhere/Place")).toThrow(RangeError);
  });

  it("counts calendar days and finds the Monday of a week", () => {
    expect(addDays("2023-12-30", 3)).toBe("2024-01-02");
    expect(daysBetween("2023-07-03", "2024-07-01")).toBe(364);
    expect(daysBetween("2024-07-01", "2023-07-03")).toBe(-364);
    expect(weekStart("2023-09-14")).toBe("2023-09-11");
    expect(weekStart("2023-09-11")).toBe("2023-09-11");
    expect(weekStart("2023-09-17")).toBe("2023-09-11");
  });

  it("reads datetime-local values, and refuses text that names no time @truth", () => {
    expect(localToInstant("2027-03-31T18:00", "Asia/Seoul")?.toISOString()).toBe("2027-03-31T09:00:00.000Z");
    expect(instantToLocal(new Date("2027-03-31T09:00:00Z"), "Asia/Seoul")).toBe("2027-03-31T18:00");
    expect(localToInstant("2027-07-15T12:00", "America/New_York")?.toISOString()).toBe("2027-07-15T16:00:00.000Z");
    expect(localToInstant("31/03/2027 18:00", "Asia/Seoul")).toBeNull();
    expect(localToInstant("2026-13-01T09:30", "Europe/Paris")).toBeNull();
    expect(localToInstant("2027-02-30T09:30", "Europe/Paris")).toBeNull();
    expect(localToInstant("2026-01-01T09:30", "Mars/Olympus")).toBeNull();
  });

  it("reads a bare date as midnight in a command, and names the field it refuses @truth", () => {
    expect(requireLocalInstant("2027-09-10", "Asia/Seoul", "deadline").toISOString()).toBe("2027-09-09T15:00:00.000Z");
    expect(() => requireLocalInstant("2027-02-30T10:00", "Asia/Seoul", "deadline")).toThrow(DomainError);
    try {
      requireLocalInstant("soon", "Asia/Seoul", "deadline");
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).fieldErrors).toEqual({ deadline: ["Choose a date and time that exists."] });
    }
  });

  it("says which local times are skipped or repeated @truth", () => {
    expect(wallTimeKind("2027-03-14", "02:30", "America/New_York")).toEqual({
      kind: "skipped",
      becomes: { date: "2027-03-14", time: "03:30" },
    });
    expect(wallTimeKind("2027-10-31", "02:30", "Europe/Paris")).toEqual({ kind: "repeated", gapMinutes: 60 });
    expect(wallTimeKind("2027-10-03", "02:15", "Australia/Lord_Howe")).toEqual({
      kind: "skipped",
      becomes: { date: "2027-10-03", time: "02:45" },
    });
    expect(wallTimeKind("2027-04-04", "01:45", "Australia/Lord_Howe")).toEqual({ kind: "repeated", gapMinutes: 30 });
    expect(wallTimeKind("2027-10-31", "03:00", "Europe/Paris")).toEqual({ kind: "normal" });
    expect(wallTimeKind("2027-03-14", "02:30", "Asia/Seoul")).toEqual({ kind: "normal" });
  });

  it("names the zone for people: in a form label and beside a time @truth", () => {
    expect(zoneLabel("America/New_York", new Date("2027-01-15T12:00:00Z"), "en")).toBe("America/New_York (EST)");
    expect(zoneLabel("America/New_York", new Date("2027-07-15T12:00:00Z"), "en")).toBe("America/New_York (EDT)");
    expect(zoneLabel("Asia/Seoul", new Date("2027-07-15T12:00:00Z"), "en")).toBe("Asia/Seoul (GMT+9)");
    // English abbreviations are English: Korean and French readers get the offset.
    expect(zoneLabel("America/New_York", new Date("2027-01-15T12:00:00Z"), "ko")).toBe("America/New_York (GMT-5)");
    expect(zoneLabel("America/New_York", new Date("2027-07-15T12:00:00Z"), "fr")).toBe("America/New_York (UTC−4)");
  });
});
