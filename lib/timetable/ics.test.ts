import ical, { type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import { buildCalendar, sessionUid, type FeedSession } from "./ics";
import { fromWallTime } from "@/lib/time";

function session(id: string, date: string, start: string, end: string, zone: string, extra: Partial<FeedSession> = {}): FeedSession {
  return {
    id,
    title: `Session ${id}`,
    kind: "lecture",
    startsAt: fromWallTime(date, start, zone),
    endsAt: fromWallTime(date, end, zone),
    venue: "Seoul, Hall A",
    onlineUrl: null,
    speakers: null,
    description: null,
    status: "scheduled",
    statusReason: null,
    version: 1,
    ...extra,
  };
}

const events = (text: string) => Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === "VEVENT");

describe("ICS feeds, read back with an independent parser (node-ical)", () => {
  it("puts Seoul sessions at the right instants", () => {
    const text = buildCalendar({
      name: "CPI 2023",
      timeZone: "Asia/Seoul",
      url: "https://madang.example/programmes/cpi",
      cohortCancelled: false,
      sessions: [session("forum", "2023-09-14", "13:30", "17:30", "Asia/Seoul", { kind: "forum", speakers: "Prof. Lee", onlineUrl: "https://meet.example.org/x", venue: null })],
    });
    const [event] = events(text);
    expect(event!.uid).toBe(sessionUid("forum"));
    expect(new Date(event!.start).toISOString()).toBe("2023-09-14T04:30:00.000Z");
    expect(new Date(event!.end!).toISOString()).toBe("2023-09-14T08:30:00.000Z");
    expect(event!.summary).toBe("Session forum");
    expect(String(event!.description)).toContain("Speakers: Prof. Lee");
    expect(text).toContain("X-WR-TIMEZONE:Asia/Seoul");
  });

  it("keeps Paris wall times right on both sides of the spring change", () => {
    const text = buildCalendar({
      name: "Paris week",
      timeZone: "Europe/Paris",
      url: "https://madang.example",
      cohortCancelled: false,
      sessions: [session("before", "2024-03-29", "09:00", "10:00", "Europe/Paris"), session("after", "2024-04-02", "09:00", "10:00", "Europe/Paris")],
    });
    const byUid = new Map(events(text).map((e) => [e.uid, e]));
    expect(new Date(byUid.get(sessionUid("before"))!.start).toISOString()).toBe("2024-03-29T08:00:00.000Z");
    expect(new Date(byUid.get(sessionUid("after"))!.start).toISOString()).toBe("2024-04-02T07:00:00.000Z");
  });

  it("keeps the UID and raises SEQUENCE when a session is edited; marks cancellations", () => {
    const before = events(buildCalendar({ name: "x", timeZone: "Asia/Seoul", url: "https://m.example", cohortCancelled: false, sessions: [session("a", "2023-09-14", "10:00", "11:00", "Asia/Seoul")] }))[0]!;
    const after = events(
      buildCalendar({ name: "x", timeZone: "Asia/Seoul", url: "https://m.example", cohortCancelled: false, sessions: [session("a", "2023-09-15", "10:00", "11:00", "Asia/Seoul", { version: 2, status: "cancelled", statusReason: "Typhoon" })] }),
    )[0]!;
    expect(after.uid).toBe(before.uid);
    expect(after.summary).toBe("Cancelled: Session a");
    expect(Number(after.sequence)).toBeGreaterThan(Number(before.sequence));
    expect(after.status).toBe("CANCELLED");
    expect(String(after.description)).toContain("Typhoon");
  });
});
