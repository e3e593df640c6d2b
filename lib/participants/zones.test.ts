import { describe, expect, it } from "vitest";
import { formatInZone, instantToZonedLocal, zonedLocalToInstant } from "./zones";

describe("wall-clock times in a cohort's zone", () => {
  it("convert both ways, across daylight saving", () => {
    expect(zonedLocalToInstant("2027-09-10T18:00", "Asia/Seoul").toISOString()).toBe("2027-09-10T09:00:00.000Z");
    expect(zonedLocalToInstant("2027-07-01T09:00", "Europe/Paris").toISOString()).toBe("2027-07-01T07:00:00.000Z");
    expect(zonedLocalToInstant("2027-01-15T09:00", "Europe/Paris").toISOString()).toBe("2027-01-15T08:00:00.000Z");
    expect(instantToZonedLocal(new Date("2027-09-10T09:00:00Z"), "Asia/Seoul")).toBe("2027-09-10T18:00");
  });

  it("name the zone when showing a time", () => {
    expect(formatInZone(new Date("2027-07-05T10:00:00Z"), "Asia/Seoul")).toBe("Mon, Jul 5, 2027, 19:00 GMT+9");
  });
});
