import { describe, expect, it } from "vitest";
import { buildParticipantCalendar } from "./ics";

describe("the personal calendar", () => {
  it("lists the sessions in UTC with stable ids and marks cancelled ones", () => {
    const text = buildParticipantCalendar({
      name: "Amara",
      cohortTitle: "CPI 2027",
      trackTitle: "Performing Arts 1",
      timeZone: "Asia/Seoul",
      appUrl: "http://localhost:3000",
      cohortId: "c1",
      stamp: new Date("2026-11-21T00:00:00Z"),
      sessions: [
        { id: "s1", title: "Online class", kind: "online_class", startsAt: new Date("2027-07-05T10:00:00Z"), endsAt: new Date("2027-07-05T12:00:00Z"), venue: null, onlineUrl: "https://meet.example.org/cpi", speakers: null, description: null, status: "scheduled" },
        { id: "s2", title: "Site visit", kind: "site_visit", startsAt: new Date("2027-09-02T01:00:00Z"), endsAt: new Date("2027-09-02T05:00:00Z"), venue: "Busan", onlineUrl: null, speakers: "BIMF", description: null, status: "cancelled" },
      ],
    });
    expect(text).toContain("BEGIN:VCALENDAR");
    expect(text).toContain("X-WR-CALNAME:CPI 2027 — Performing Arts 1");
    expect(text).toContain("UID:s1@madang");
    expect(text).toContain("DTSTART:20270705T100000Z");
    expect(text).toContain("SUMMARY:Site visit (cancelled)");
    expect(text).toContain("STATUS:CANCELLED");
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });
});
