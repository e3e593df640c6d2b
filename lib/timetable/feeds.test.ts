import ical, { type VEvent } from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cohorts, programmes, sessionTracks, sessions, tracks } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import type { Actor } from "@/lib/auth/roles";
import { cohortFeed, sessionFeed } from "./feeds";
import { fromWallTime } from "@/lib/time";

const events = (text: string) =>
  Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === "VEVENT");

describe.each(testDrivers())("calendar feeds on %s", (driver) => {
  let t: TestDatabase;
  let published: string;
  let hidden: string;
  let trackA: string;
  let sessionId: string;
  let programmeId: string;
  let otherProgrammeId: string;
  const partnerOf = (id: string): Actor => ({
    userId: "00000000-0000-4000-8000-000000000001",
    email: "p@example.org",
    name: "P",
    isAdmin: false,
    roles: [{ programmeId: id, role: "partner" }],
  });

  beforeAll(async () => {
    t = await openTestDatabase(driver);
    const [p, q] = await t.db
      .insert(programmes)
      .values([
        { slug: "cpi", title: "CPI", status: "published" },
        { slug: "other", title: "Other", status: "published" },
      ])
      .returning();
    programmeId = p!.id;
    otherProgrammeId = q!.id;
    const [a, b] = await t.db
      .insert(cohorts)
      .values([
        { programmeId, title: "CPI 2026", year: 2026, timeZone: "Europe/Paris", isPublished: true },
        { programmeId, title: "CPI 2027", year: 2027, timeZone: "Asia/Seoul", isPublished: false },
      ])
      .returning();
    published = a!.id;
    hidden = b!.id;
    const [tr] = await t.db.insert(tracks).values({ cohortId: published, title: "Track A" }).returning();
    trackA = tr!.id;
    const rows = await t.db
      .insert(sessions)
      .values([
        // Either side of the Paris spring change (29 March 2026).
        {
          cohortId: published,
          title: "Before the change",
          kind: "lecture",
          startsAt: fromWallTime("2026-03-27", "09:00", "Europe/Paris"),
          endsAt: fromWallTime("2026-03-27", "10:00", "Europe/Paris"),
        },
        {
          cohortId: published,
          title: "After the change",
          kind: "lecture",
          startsAt: fromWallTime("2026-03-30", "09:00", "Europe/Paris"),
          endsAt: fromWallTime("2026-03-30", "10:00", "Europe/Paris"),
        },
        {
          cohortId: published,
          title: "Other track only",
          kind: "workshop",
          startsAt: fromWallTime("2026-03-30", "11:00", "Europe/Paris"),
          endsAt: fromWallTime("2026-03-30", "12:00", "Europe/Paris"),
        },
        {
          cohortId: hidden,
          title: "Hidden",
          kind: "lecture",
          startsAt: new Date("2027-07-05T10:00:00Z"),
          endsAt: new Date("2027-07-05T11:00:00Z"),
        },
      ])
      .returning();
    sessionId = rows[0]!.id;
    const [other] = await t.db.insert(tracks).values({ cohortId: published, title: "Track B" }).returning();
    await t.db.insert(sessionTracks).values([
      { sessionId: rows[1]!.id, trackId: trackA },
      { sessionId: rows[2]!.id, trackId: other!.id },
    ]);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("serves a published edition to anyone, at the right instants on both sides of a DST change", async () => {
    const feed = await cohortFeed(t.db, null, published, null, "https://madang.example");
    const byTitle = new Map(events(feed.body).map((e) => [e.summary, e]));
    expect(new Date(byTitle.get("Before the change")!.start).toISOString()).toBe("2026-03-27T08:00:00.000Z");
    expect(new Date(byTitle.get("After the change")!.start).toISOString()).toBe("2026-03-30T07:00:00.000Z");
    expect(feed.fileName).toBe("cpi-cpi-2026.ics");
  });

  it("filters by track, keeping whole-edition sessions", async () => {
    const feed = await cohortFeed(t.db, null, published, trackA, "https://madang.example");
    expect(
      events(feed.body)
        .map((e) => e.summary)
        .sort(),
    ).toEqual(["After the change", "Before the change"]);
    await expect(
      cohortFeed(t.db, null, published, "99999999-9999-4999-8999-999999999999", "https://m.example"),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("hides an unpublished edition from the public and from other programmes' partners", async () => {
    await expect(cohortFeed(t.db, null, hidden, null, "https://m.example")).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      cohortFeed(t.db, partnerOf(otherProgrammeId), hidden, null, "https://m.example"),
    ).rejects.toMatchObject({ code: "not_found" });
    const feed = await cohortFeed(t.db, partnerOf(programmeId), hidden, null, "https://m.example");
    expect(events(feed.body).map((e) => e.summary)).toEqual(["Hidden"]);
  });

  it("gives one session as its own file with the same UID as in the feed", async () => {
    const one = events((await sessionFeed(t.db, null, sessionId, "https://m.example")).body);
    const all = events((await cohortFeed(t.db, null, published, null, "https://m.example")).body);
    expect(one).toHaveLength(1);
    expect(one[0]!.uid).toBe(all.find((e) => e.summary === "Before the change")!.uid);
    await expect(sessionFeed(t.db, null, "nope", "https://m.example")).rejects.toMatchObject({ code: "not_found" });
  });
});
