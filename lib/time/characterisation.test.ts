import { describe, expect, it } from "vitest";
import { fromWallTime, localToInstant, requireLocalInstant } from ".";

/**
 * The times on which the three former wall-clock modules (lib/zoned-time.ts for call deadlines and alumni
 * events, lib/timetable/time-zone.ts for sessions, lib/participants/zones.ts for proposal deadlines)
 * disagreed by an hour. Each entry point of lib/time now gives the one answer its rule names.
 */
const read = (local: string, zone: string) => {
  const [date, time] = local.split("T") as [string, string];
  return {
    callDeadline: localToInstant(local, zone)?.toISOString(),
    session: fromWallTime(date, time, zone).toISOString(),
    proposalDeadline: requireLocalInstant(local, zone, "deadline").toISOString(),
  };
};
const everywhere = (iso: string) => ({ callDeadline: iso, session: iso, proposalDeadline: iso });

describe("one wall clock: deadlines and sessions typed the same way land on the same instant @truth", () => {
  it("Paris 2027-10-31 02:30 happens twice: the earlier, 02:30 CEST = 00:30Z", () => {
    expect(read("2027-10-31T02:30", "Europe/Paris")).toEqual(everywhere("2027-10-31T00:30:00.000Z"));
  });

  it("New York 2027-03-14 02:30 never happens: moved past the jump, 03:30 EDT = 07:30Z", () => {
    expect(read("2027-03-14T02:30", "America/New_York")).toEqual(everywhere("2027-03-14T07:30:00.000Z"));
  });

  it("Seoul's repeated hour of 9 October 1988: the earlier, 02:30 KDT = 16:30Z", () => {
    expect(read("1988-10-09T02:30", "Asia/Seoul")).toEqual(everywhere("1988-10-08T16:30:00.000Z"));
  });

  it("Seoul today, UTC+9 all year", () => {
    expect(read("2027-05-01T09:00", "Asia/Seoul")).toEqual(everywhere("2027-05-01T00:00:00.000Z"));
  });
});
