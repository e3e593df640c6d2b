import ical, { type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import { buildAlumniEventCalendar, buildSessionCalendar, sessionUid } from ".";

/**
 * The scenario on which the three former builders (lib/timetable/ics.ts, lib/participants/ics.ts and the
 * hand-written lib/alumni/ics.ts) disagreed: one session of a cancelled edition, in the cohort feed and in
 * a participant's personal feed, as a participant subscribed to both sees it. Both now come from lib/calendar.
 */
const events = (text: string) =>
  Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === "VEVENT");

const SESSION = {
  id: "6f1c2b8e-0d4a-4c1e-9a57-3b2f1e0c9d11",
  title: "Site visit",
  startsAt: new Date("2027-10-31T01:30:00Z"),
  endsAt: new Date("2027-10-31T04:00:00Z"),
  venue: "Busan",
  onlineUrl: null,
  speakers: null,
  description: null,
  status: "scheduled" as const,
  statusReason: null,
  version: 3,
};
const EDITION = { status: "cancelled", startDate: "2027-07-05" };

describe("one calendar builder: the cohort and the personal feed agree @truth", () => {
  const cohortFeed = events(
    buildSessionCalendar({
      name: "CPI 2027",
      timeZone: "Europe/Paris",
      url: "https://madang.example",
      edition: EDITION,
      sessions: [SESSION],
    }),
  );
  const personalFeed = events(
    buildSessionCalendar({
      name: "CPI 2027",
      description: "Timetable of CPI 2027 for Amara.",
      timeZone: "Europe/Paris",
      url: "https://madang.example/me/cohorts/c1",
      sessionUrl: (s) => `https://madang.example/me/cohorts/c1#session-${s.id}`,
      edition: EDITION,
      sessions: [SESSION],
    }),
  );

  it("gives one session one UID, so a client subscribed to both shows it once", () => {
    expect(cohortFeed[0]!.uid).toBe(sessionUid(SESSION.id));
    expect(personalFeed[0]!.uid).toBe(sessionUid(SESSION.id));
  });

  it("writes the session's version as SEQUENCE in both", () => {
    expect(Number(cohortFeed[0]!.sequence)).toBe(3);
    expect(Number(personalFeed[0]!.sequence)).toBe(3);
  });

  it("cancels the edition's sessions in both", () => {
    expect(cohortFeed[0]!.status).toBe("CANCELLED");
    expect(personalFeed[0]!.status).toBe("CANCELLED");
  });

  it("writes alumni events with ical-generator too, with SEQUENCE and STATUS", () => {
    const text = buildAlumniEventCalendar({
      postId: "1",
      title: "Meetup",
      body: "",
      startsAt: SESSION.startsAt,
      endsAt: SESSION.endsAt,
      timeZone: null,
      location: null,
      url: "https://madang.example/alumni/posts/1",
      cancelled: false,
    });
    expect(text).toContain("PRODID:-//Madang//Alumni network//EN");
    const [event] = events(text);
    expect(Number(event!.sequence)).toBe(0);
    expect(event!.status).toBe("CONFIRMED");
  });
});
