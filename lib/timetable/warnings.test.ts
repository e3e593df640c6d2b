import { describe, expect, it } from "vitest";
import { fromWallTime } from "@/lib/time";
import { timetableWarnings, type CohortFrame, type PlannedSession } from "./warnings";

const frame: CohortFrame = {
  startDate: "2023-07-03",
  endDate: "2023-09-22",
  timeZone: "Asia/Seoul",
  phases: [
    { title: "Online class", startDate: "2023-07-03", endDate: "2023-07-14" },
    { title: "In Korea", startDate: "2023-08-28", endDate: "2023-09-22" },
  ],
};

function s(id: string, date: string, start: string, end: string, extra: Partial<PlannedSession> = {}): PlannedSession {
  return {
    id,
    title: id,
    startsAt: fromWallTime(date, start, "Asia/Seoul"),
    endsAt: fromWallTime(date, end, "Asia/Seoul"),
    venue: null,
    trackIds: [],
    status: "scheduled",
    ...extra,
  };
}

describe("timetable warnings", () => {
  it("finds nothing in a clean timetable", () => {
    const sessions = [
      s("a", "2023-08-30", "10:00", "12:00", { trackIds: ["pa1"], venue: "Busan" }),
      s("b", "2023-08-30", "10:00", "12:00", { trackIds: ["pa2"], venue: "Seoul" }),
      s("c", "2023-08-30", "12:00", "13:00", { trackIds: ["pa1"], venue: "Busan" }),
    ];
    expect(timetableWarnings(frame, sessions)).toEqual([]);
  });

  it("flags two sessions of one track at the same time, and a whole-cohort session against any", () => {
    const warnings = timetableWarnings(frame, [
      s("a", "2023-08-30", "10:00", "12:00", { trackIds: ["pa1", "pa2"] }),
      s("b", "2023-08-30", "11:00", "12:30", { trackIds: ["pa2"] }),
      s("c", "2023-08-31", "10:00", "12:00"),
      s("d", "2023-08-31", "11:59", "13:00", { trackIds: ["pub"] }),
    ]);
    expect(warnings).toEqual([
      { kind: "track_overlap", sessionIds: ["a", "b"], titles: ["a", "b"], trackIds: ["pa2"] },
      { kind: "track_overlap", sessionIds: ["c", "d"], titles: ["c", "d"], trackIds: ["pub"] },
    ]);
  });

  it("flags two tracks in one venue at once, ignoring case and spaces", () => {
    const warnings = timetableWarnings(frame, [
      s("a", "2023-08-30", "10:00", "12:00", { trackIds: ["pa1"], venue: "Hall A" }),
      s("b", "2023-08-30", "11:00", "12:00", { trackIds: ["pa2"], venue: " hall a " }),
    ]);
    expect(warnings).toEqual([{ kind: "venue_overlap", sessionIds: ["a", "b"], titles: ["a", "b"], venue: "Hall A" }]);
  });

  it("reads a shorter session inside a longer one in the same venue as a part of it, not a clash", () => {
    const forum = s("forum", "2023-09-14", "13:30", "17:30", { venue: "Seoul Hall" });
    const keynote = s("keynote", "2023-09-14", "13:40", "14:30", { venue: "seoul hall" });
    expect(timetableWarnings(frame, [forum, keynote])).toEqual([]);
    // Elsewhere, or of the same length, it is a clash.
    expect(timetableWarnings(frame, [forum, { ...keynote, venue: "Busan" }])).toHaveLength(1);
    expect(timetableWarnings(frame, [forum, { ...forum, id: "twin", title: "twin" }])).toHaveLength(1);
  });

  it("ignores cancelled sessions", () => {
    expect(
      timetableWarnings(frame, [
        s("a", "2023-08-30", "10:00", "12:00"),
        s("b", "2023-08-30", "10:00", "12:00", { status: "cancelled" }),
      ]),
    ).toEqual([]);
  });

  it("flags sessions outside the cohort's dates, and inside the dates but between phases", () => {
    const warnings = timetableWarnings(frame, [
      s("early", "2023-07-02", "10:00", "11:00"),
      s("gap", "2023-08-01", "10:00", "11:00"),
      s("ok", "2023-07-14", "22:00", "23:59"),
    ]);
    expect(warnings).toEqual([
      { kind: "outside_dates", sessionIds: ["early"], titles: ["early"] },
      { kind: "outside_phases", sessionIds: ["gap"], titles: ["gap"] },
    ]);
  });

  it("reads dates in the cohort's zone, not in UTC", () => {
    // 08:00 on 3 July in Seoul is still 2 July in UTC: inside the dates all the same.
    expect(timetableWarnings(frame, [s("morning", "2023-07-03", "08:00", "09:00")])).toEqual([]);
  });
});
