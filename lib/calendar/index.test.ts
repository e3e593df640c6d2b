import ical, { type VEvent } from "node-ical";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fromWallTime } from "@/lib/time";
import {
  alumniEventUid,
  buildAlumniEventCalendar,
  buildSessionCalendar,
  calendarFileName,
  calendarHost,
  sessionUid,
  type CalendarSession,
  type SessionFeed,
} from ".";

function session(
  id: string,
  date: string,
  start: string,
  end: string,
  zone: string,
  extra: Partial<CalendarSession> = {},
): CalendarSession {
  return {
    id,
    title: `Session ${id}`,
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

const feed = (sessions: CalendarSession[], extra: Partial<SessionFeed> = {}): string =>
  buildSessionCalendar({
    name: "x",
    timeZone: "Asia/Seoul",
    url: "https://m.example",
    edition: { status: "planned", startDate: "2023-09-01" },
    sessions,
    ...extra,
  });

const events = (text: string) =>
  Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === "VEVENT");
const iso = (d: Date | string | undefined) => new Date(d!).toISOString();

describe("calendar feeds, read back with an independent parser (node-ical) @truth", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("puts Seoul sessions at the right instants", () => {
    const text = feed(
      [
        session("forum", "2023-09-14", "13:30", "17:30", "Asia/Seoul", {
          speakers: "Prof. Lee",
          onlineUrl: "https://meet.example.org/x",
          venue: null,
        }),
      ],
      { name: "CPI 2023" },
    );
    const [event] = events(text);
    expect(event!.uid).toBe(sessionUid("forum"));
    expect(iso(event!.start)).toBe("2023-09-14T04:30:00.000Z");
    expect(iso(event!.end)).toBe("2023-09-14T08:30:00.000Z");
    expect(event!.summary).toBe("Session forum");
    expect(String(event!.description)).toContain("Speakers: Prof. Lee");
    expect(text).toContain("X-WR-TIMEZONE:Asia/Seoul");
  });

  it("keeps wall times right across daylight saving, in Paris and New York, including a skipped and a repeated hour", () => {
    const paris = feed(
      [
        session("before", "2027-03-26", "09:00", "10:00", "Europe/Paris"),
        session("after", "2027-03-29", "09:00", "10:00", "Europe/Paris"),
        // 02:30 on 31 October 2027 happens twice: the session is at the first.
        session("repeated", "2027-10-31", "02:30", "03:30", "Europe/Paris"),
      ],
      { timeZone: "Europe/Paris" },
    );
    const byUid = new Map(events(paris).map((e) => [e.uid, e]));
    expect(iso(byUid.get(sessionUid("before"))!.start)).toBe("2027-03-26T08:00:00.000Z");
    expect(iso(byUid.get(sessionUid("after"))!.start)).toBe("2027-03-29T07:00:00.000Z");
    expect(iso(byUid.get(sessionUid("repeated"))!.start)).toBe("2027-10-31T00:30:00.000Z");
    // 02:30 on 14 March 2027 never happens in New York: the session is at 03:30 EDT.
    const [skipped] = events(
      feed([session("gap", "2027-03-14", "02:30", "04:00", "America/New_York")], { timeZone: "America/New_York" }),
    );
    expect(iso(skipped!.start)).toBe("2027-03-14T07:30:00.000Z");
    expect(iso(skipped!.end)).toBe("2027-03-14T08:00:00.000Z");
  });

  it("keeps the UID and writes the version as SEQUENCE; marks cancellations", () => {
    const before = events(feed([session("a", "2023-09-14", "10:00", "11:00", "Asia/Seoul")]))[0]!;
    const after = events(
      feed([
        session("a", "2023-09-15", "10:00", "11:00", "Asia/Seoul", {
          version: 2,
          status: "cancelled",
          statusReason: "Typhoon",
        }),
      ]),
    )[0]!;
    expect(after.uid).toBe(before.uid);
    expect(Number(before.sequence)).toBe(1);
    expect(Number(after.sequence)).toBe(2);
    expect(after.summary).toBe("Cancelled: Session a");
    expect(after.status).toBe("CANCELLED");
    expect(String(after.description)).toContain("Typhoon");
  });

  it("cancels every session of a cancelled edition, and marks a postponed one with no dates tentative", () => {
    const sessions = [
      session("a", "2023-09-14", "10:00", "11:00", "Asia/Seoul"),
      session("b", "2023-09-15", "10:00", "11:00", "Asia/Seoul"),
    ];
    const cancelled = events(feed(sessions, { edition: { status: "cancelled", startDate: "2023-09-01" } }));
    expect(cancelled.map((e) => e.status)).toEqual(["CANCELLED", "CANCELLED"]);
    const postponed = events(feed(sessions, { edition: { status: "postponed", startDate: null } }));
    expect(postponed.map((e) => e.status)).toEqual(["TENTATIVE", "TENTATIVE"]);
    // Postponed but with its new dates known: the sessions are as scheduled.
    expect(
      events(feed(sessions, { edition: { status: "postponed", startDate: "2024-01-10" } })).map((e) => e.status),
    ).toEqual(["CONFIRMED", "CONFIRMED"]);
  });

  it("takes the UID's host from APP_URL, or 'madang' when it is not set", () => {
    vi.stubEnv("APP_URL", "https://madang.unesco.example:8443/app");
    expect(calendarHost()).toBe("madang.unesco.example");
    expect(sessionUid("s1")).toBe("session-s1@madang.unesco.example");
    expect(alumniEventUid("p1")).toBe("post-p1@madang.unesco.example");
    vi.stubEnv("APP_URL", "");
    expect(sessionUid("s1")).toBe("session-s1@madang");
    vi.stubEnv("APP_URL", "not a url");
    expect(calendarHost()).toBe("madang");
  });

  it("writes an alumni event through the same builder, with UID, SEQUENCE and status", () => {
    const event = {
      postId: "p1",
      title: "CPI alumni meetup; online, free",
      body: "Line one\nLine two",
      startsAt: fromWallTime("2026-12-10", "20:00", "Asia/Seoul"),
      endsAt: fromWallTime("2026-12-10", "21:00", "Asia/Seoul"),
      timeZone: "Asia/Seoul",
      location: "Zoom",
      url: "https://m.example/alumni/posts/p1",
      cancelled: false,
    };
    const [read] = events(buildAlumniEventCalendar(event));
    expect(read!.uid).toBe(alumniEventUid("p1"));
    expect(read!.summary).toBe("CPI alumni meetup; online, free");
    expect(String(read!.description)).toContain("Line one\nLine two");
    expect(String(read!.description)).toContain("Times set in Asia/Seoul.");
    expect(iso(read!.start)).toBe("2026-12-10T11:00:00.000Z");
    expect(Number(read!.sequence)).toBe(0);
    expect(read!.status).toBe("CONFIRMED");
    expect(events(buildAlumniEventCalendar({ ...event, cancelled: true }))[0]!.status).toBe("CANCELLED");
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const title = "마당".repeat(40);
    const text = feed([session("k", "2023-09-14", "10:00", "11:00", "Asia/Seoul", { title })]);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(events(text)[0]!.summary).toBe(title);
  });

  it("names files after the calendar", () => {
    expect(calendarFileName("CPI 2023 – Performing Arts 1")).toBe("cpi-2023-performing-arts-1.ics");
    expect(calendarFileName("마당")).toBe("calendar.ics");
  });
});
