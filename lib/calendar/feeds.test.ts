import { eq } from "drizzle-orm";
import ical, { type VEvent } from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cohorts, enrolments, programmes, sessionTracks, sessions, tracks, users } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { participantFeed } from "@/lib/participants/timetable";
import { fromWallTime } from "@/lib/time";
import { cohortFeed, sessionFeed } from "@/lib/timetable/feeds";
import { sessionUid } from ".";

const events = (text: string) =>
  Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === "VEVENT");
const byUid = (text: string) =>
  new Map(
    events(text).map((e) => [
      e.uid,
      { start: new Date(e.start).toISOString(), sequence: Number(e.sequence), status: e.status },
    ]),
  );
const paris = (date: string, time: string) => fromWallTime(date, time, "Europe/Paris");

/**
 * The cohort feed, the session file and a participant's personal feed, built from one database: a person
 * subscribed to more than one sees each session once (same UID) and in the same state (same SEQUENCE,
 * STATUS and instant), across the Paris spring change, and a cancelled session or edition in every feed.
 */
describe.each(testDrivers())("every feed of a session agrees, on %s @truth", (driver) => {
  let t: TestDatabase;
  let cohortId: string;
  let enrolmentId: string;
  let cancelledId: string;

  beforeAll(async () => {
    t = await openTestDatabase(driver);
    const [programme] = await t.db
      .insert(programmes)
      .values({ slug: "cpi", title: "CPI", status: "published" })
      .returning();
    const [cohort] = await t.db
      .insert(cohorts)
      .values({
        programmeId: programme!.id,
        title: "CPI 2027",
        year: 2027,
        timeZone: "Europe/Paris",
        isPublished: true,
        startDate: "2027-03-22",
      })
      .returning();
    cohortId = cohort!.id;
    const [mine, other] = await t.db
      .insert(tracks)
      .values([
        { cohortId, title: "Design" },
        { cohortId, title: "Heritage" },
      ])
      .returning();
    const rows = await t.db
      .insert(sessions)
      .values([
        {
          cohortId,
          title: "Opening",
          kind: "ceremony",
          startsAt: paris("2027-03-26", "09:00"),
          endsAt: paris("2027-03-26", "10:00"),
          version: 2,
        },
        {
          cohortId,
          title: "Studio",
          kind: "workshop",
          startsAt: paris("2027-03-29", "09:00"),
          endsAt: paris("2027-03-29", "12:00"),
        },
        {
          cohortId,
          title: "Site visit",
          kind: "site_visit",
          startsAt: paris("2027-03-30", "14:00"),
          endsAt: paris("2027-03-30", "17:00"),
          status: "cancelled",
          statusReason: "Strike",
          version: 4,
        },
        {
          cohortId,
          title: "Other track",
          kind: "lecture",
          startsAt: paris("2027-03-29", "14:00"),
          endsAt: paris("2027-03-29", "15:00"),
        },
      ])
      .returning();
    cancelledId = rows[2]!.id;
    await t.db.insert(sessionTracks).values([
      { sessionId: rows[1]!.id, trackId: mine!.id },
      { sessionId: rows[3]!.id, trackId: other!.id },
    ]);
    const [user] = await t.db.insert(users).values({ email: "amara@example.org", name: "Amara" }).returning();
    const [enrolment] = await t.db
      .insert(enrolments)
      .values({ cohortId, userId: user!.id, trackId: mine!.id, status: "confirmed" })
      .returning();
    enrolmentId = enrolment!.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it("gives the personal feed the cohort feed's UID, SEQUENCE (the session's version), STATUS and instant", async () => {
    const cohort = byUid((await cohortFeed(t.db, null, cohortId, null, "https://madang.example")).body);
    const personal = byUid((await participantFeed(t.db, enrolmentId, "https://madang.example"))!.body);
    // The versions, read independently from the table.
    const versions = await t.db
      .select({ id: sessions.id, title: sessions.title, version: sessions.version })
      .from(sessions)
      .where(eq(sessions.cohortId, cohortId));
    const uidOf = (title: string) => sessionUid(versions.find((v) => v.title === title)!.id);
    expect([...personal.keys()].sort()).toEqual(["Opening", "Studio", "Site visit"].map(uidOf).sort());
    for (const [uid, event] of personal) expect(cohort.get(uid), uid).toEqual(event);
    for (const v of versions) expect(cohort.get(sessionUid(v.id))!.sequence).toBe(v.version);
    expect(personal.get(uidOf("Opening"))!.start).toBe("2027-03-26T08:00:00.000Z");
    expect(personal.get(uidOf("Studio"))!.start).toBe("2027-03-29T07:00:00.000Z");
    expect(personal.get(sessionUid(cancelledId))).toEqual({
      start: "2027-03-30T12:00:00.000Z",
      sequence: 4,
      status: "CANCELLED",
    });
  });

  it("gives the session file the same event", async () => {
    const one = byUid((await sessionFeed(t.db, null, cancelledId, "https://madang.example")).body);
    const cohort = byUid((await cohortFeed(t.db, null, cohortId, null, "https://madang.example")).body);
    expect(one.get(sessionUid(cancelledId))).toEqual(cohort.get(sessionUid(cancelledId)));
  });

  it("cancels every session in every feed when the edition is cancelled", async () => {
    await t.db.update(cohorts).set({ status: "cancelled" }).where(eq(cohorts.id, cohortId));
    const cohort = byUid((await cohortFeed(t.db, null, cohortId, null, "https://madang.example")).body);
    const personal = byUid((await participantFeed(t.db, enrolmentId, "https://madang.example"))!.body);
    expect(new Set([...cohort.values()].map((e) => e.status))).toEqual(new Set(["CANCELLED"]));
    expect(new Set([...personal.values()].map((e) => e.status))).toEqual(new Set(["CANCELLED"]));
    expect(personal.size).toBe(3);
  });

  it("has no personal feed for an enrolment that is not confirmed", async () => {
    await t.db.update(enrolments).set({ status: "withdrawn" }).where(eq(enrolments.id, enrolmentId));
    expect(await participantFeed(t.db, enrolmentId, "https://madang.example")).toBeNull();
  });
});
