import { describe, expect, it } from "vitest";
import { shiftEdition } from "./copy";
import { fromWallTime, toWallTime } from "@/lib/time";

describe("copying an edition with an offset", () => {
  it("moves CPI 2023 by 52 weeks: same weekdays, same Seoul times", () => {
    const plan = {
      startDate: "2023-07-03",
      endDate: "2023-09-22",
      timeZone: "Asia/Seoul",
      phases: [{ title: "Online", startDate: "2023-07-03", endDate: "2023-07-14" }],
      sessions: [
        {
          id: "forum",
          startsAt: fromWallTime("2023-09-14", "13:30", "Asia/Seoul"),
          endsAt: fromWallTime("2023-09-14", "17:30", "Asia/Seoul"),
        },
      ],
    };
    const next = shiftEdition(plan, 364);
    expect(next.startDate).toBe("2024-07-01");
    expect(next.endDate).toBe("2024-09-20");
    expect(next.phases).toEqual([{ title: "Online", startDate: "2024-07-01", endDate: "2024-07-12" }]);
    expect(next.sessions[0]!.id).toBe("forum");
    expect(toWallTime(next.sessions[0]!.startsAt, "Asia/Seoul")).toEqual({ date: "2024-09-12", time: "13:30" });
    expect(next.sessions[0]!.endsAt.toISOString()).toBe("2024-09-12T08:30:00.000Z");
    // The original is untouched.
    expect(plan.sessions[0]!.startsAt.toISOString()).toBe("2023-09-14T04:30:00.000Z");
  });

  it("keeps Paris wall times when the copy lands on the other side of a DST change", () => {
    const plan = {
      startDate: "2024-03-25",
      endDate: "2024-03-29",
      timeZone: "Europe/Paris",
      phases: [],
      sessions: [
        {
          startsAt: fromWallTime("2024-03-25", "09:00", "Europe/Paris"),
          endsAt: fromWallTime("2024-03-25", "10:30", "Europe/Paris"),
        },
      ],
    };
    const next = shiftEdition(plan, 7);
    expect(next.sessions[0]!.startsAt.toISOString()).toBe("2024-04-01T07:00:00.000Z");
    expect(toWallTime(next.sessions[0]!.startsAt, "Europe/Paris").time).toBe("09:00");
    expect(toWallTime(next.sessions[0]!.endsAt, "Europe/Paris").time).toBe("10:30");
  });

  it("keeps dates to be announced as they are, and refuses a fractional offset", () => {
    const plan = { startDate: null, endDate: null, timeZone: "Asia/Seoul", phases: [], sessions: [] };
    expect(shiftEdition(plan, -7)).toMatchObject({ startDate: null, endDate: null });
    expect(() => shiftEdition(plan, 1.5)).toThrow(RangeError);
  });
});
