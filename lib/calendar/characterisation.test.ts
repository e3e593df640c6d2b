import ical, { type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import { buildIcs } from "@/lib/alumni/ics";
import { buildParticipantCalendar } from "@/lib/participants/ics";
import { buildCalendar } from "@/lib/timetable/ics";

/**
 * Today's three calendar builders, read back with node-ical. One session of a cancelled edition, in
 * the cohort feed and in a participant's personal feed, as a participant subscribed to both sees it.
 */
const events = (text: string) => Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === "VEVENT");

const SESSION = {
  id: "6f1c2b8e-0d4a-4c1e-9a57-3b2f1e0c9d11",
  title: "Site visit",
  kind: "site_visit" as const,
  startsAt: new Date("2027-10-31T01:30:00Z"),
  endsAt: new Date("2027-10-31T04:00:00Z"),
  venue: "Busan",
  onlineUrl: null,
  speakers: null,
  description: null,
  status: "scheduled" as const,
};

describe("the three calendar builders disagree @truth", () => {
  const cohortFeed = events(
    buildCalendar({ name: "CPI 2027", timeZone: "Europe/Paris", url: "https://madang.example", cohortCancelled: true, sessions: [{ ...SESSION, statusReason: null, version: 3 }] }),
  );
  const personalFeed = events(
    buildParticipantCalendar({ name: "Amara", cohortTitle: "CPI 2027", trackTitle: null, timeZone: "Europe/Paris", appUrl: "https://madang.example", cohortId: "c1", sessions: [SESSION], stamp: new Date("2027-01-01T00:00:00Z") }),
  );

  it("gives one session two UIDs, so a client subscribed to both shows it twice", () => {
    expect(cohortFeed[0]!.uid).toBe(`session-${SESSION.id}@madang`);
    expect(personalFeed[0]!.uid).toBe(`${SESSION.id}@madang`);
  });

  it("writes the session's version as SEQUENCE in the cohort feed; the personal feed always says 0", () => {
    expect(Number(cohortFeed[0]!.sequence)).toBe(3);
    expect(Number(personalFeed[0]!.sequence)).toBe(0);
  });

  it("cancels the edition's sessions in the cohort feed but not in the personal feed", () => {
    expect(cohortFeed[0]!.status).toBe("CANCELLED");
    expect(personalFeed[0]!.status).toBe("CONFIRMED");
  });

  it("writes alumni events by hand, with neither SEQUENCE nor STATUS", () => {
    const text = buildIcs({ uid: "post-1@madang", title: "Meetup", description: "", startsAt: SESSION.startsAt, endsAt: SESSION.endsAt, stamp: new Date("2027-01-01T00:00:00Z") });
    expect(text).toContain("PRODID:-//Madang//Alumni network//EN");
    const [event] = events(text);
    expect(event!.uid).toBe("post-1@madang");
    expect(event!.sequence).toBeUndefined();
    expect(event!.status).toBeUndefined();
  });
});
