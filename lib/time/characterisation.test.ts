import { describe, expect, it } from "vitest";
import { zonedLocalToInstant } from "@/lib/participants/zones";
import { fromWallTime } from "@/lib/timetable/time-zone";
import { zonedLocalToUtc } from "@/lib/zoned-time";

/**
 * Today's three wall-clock modules, read on times that a clock shows twice (clocks go back) or never
 * (clocks go forward). A call deadline (zoned-time), a session (timetable) and a proposal deadline
 * (participants) typed the same way land on different instants.
 */
const read = (local: string, zone: string) => {
  const [date, time] = local.split("T") as [string, string];
  return {
    zonedTime: zonedLocalToUtc(local, zone)?.toISOString(),
    timetable: fromWallTime(date, time, zone).toISOString(),
    participants: zonedLocalToInstant(local, zone).toISOString(),
  };
};

describe("the three wall-clock modules disagree on ambiguous and missing times @truth", () => {
  it("Paris 2027-10-31 02:30 happens twice: 01:30Z in two modules, 00:30Z in the timetable's", () => {
    expect(read("2027-10-31T02:30", "Europe/Paris")).toEqual({
      zonedTime: "2027-10-31T01:30:00.000Z",
      timetable: "2027-10-31T00:30:00.000Z",
      participants: "2027-10-31T01:30:00.000Z",
    });
  });

  it("New York 2027-03-14 02:30 never happens: 06:30Z (01:30 EST) in two modules, 07:30Z (03:30 EDT) in the timetable's", () => {
    expect(read("2027-03-14T02:30", "America/New_York")).toEqual({
      zonedTime: "2027-03-14T06:30:00.000Z",
      timetable: "2027-03-14T07:30:00.000Z",
      participants: "2027-03-14T06:30:00.000Z",
    });
  });

  it("Seoul, which last changed its clocks in 1988, disagrees on the repeated hour of 9 October 1988", () => {
    expect(read("1988-10-09T02:30", "Asia/Seoul")).toEqual({
      zonedTime: "1988-10-08T17:30:00.000Z",
      timetable: "1988-10-08T16:30:00.000Z",
      participants: "1988-10-08T17:30:00.000Z",
    });
  });

  it("agrees where the clock shows the time once (Seoul today, UTC+9)", () => {
    expect(new Set(Object.values(read("2027-05-01T09:00", "Asia/Seoul")))).toEqual(new Set(["2027-05-01T00:00:00.000Z"]));
  });
});
