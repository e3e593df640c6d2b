import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applications,
  calls,
  cohorts,
  emailOutbox,
  enrolments,
  organisations,
  programmeRoles,
  programmes,
  sessionTracks,
  sessions,
  trackPartners,
  tracks,
  users,
} from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { createActionClient } from "@/lib/auth/action";
import type { Actor } from "@/lib/auth/roles";
import { cohortScope } from "@/lib/auth/scope";
import { createSession, updateSession } from "@/lib/timetable/commands";
import { toWallTime } from "@/lib/time";
import { copyCohort, createCohort, createTrack, deleteTrack } from "./commands";
import { changeCohortSchedule, changeSessionSchedule } from "./schedule";
import { createSessionSchema } from "@/lib/timetable/schemas";
import { createTrackSchema } from "./schemas";

describe.each(testDrivers())("editions, tracks and sessions on %s", (driver) => {
  let t: TestDatabase;
  let manager: Actor;
  let otherManager: Actor;
  let partner: Actor;
  let programmeId: string;
  let otherProgrammeId: string;
  let cohortId: string;
  let otherCohortId: string;
  let trackA: string;
  let trackB: string;
  let foreignTrack: string;
  let orgId: string;
  const people: Record<string, string> = {};

  beforeAll(async () => {
    t = await openTestDatabase(driver);
    const [p, q] = await t.db
      .insert(programmes)
      .values([
        { slug: "cpi", title: "CPI" },
        { slug: "asean", title: "ASEAN" },
      ])
      .returning();
    programmeId = p!.id;
    otherProgrammeId = q!.id;
    const rows = await t.db
      .insert(users)
      .values(
        ["manager", "other", "partner", "applicant", "enrolledA", "enrolledB", "withdrawn"].map((n) => ({
          email: `${n}@example.org`,
          name: n,
        })),
      )
      .returning();
    for (const u of rows) people[u.name] = u.id;
    await t.db.insert(programmeRoles).values([
      { programmeId, userId: people.manager!, role: "manager" },
      { programmeId: otherProgrammeId, userId: people.other!, role: "manager" },
      { programmeId, userId: people.partner!, role: "partner" },
    ]);
    const actor = (name: string, roles: Actor["roles"]): Actor => ({
      userId: people[name]!,
      email: `${name}@example.org`,
      name,
      isAdmin: false,
      roles,
    });
    manager = actor("manager", [{ programmeId, role: "manager" }]);
    otherManager = actor("other", [{ programmeId: otherProgrammeId, role: "manager" }]);
    partner = actor("partner", [{ programmeId, role: "partner" }]);
    const [org] = await t.db
      .insert(organisations)
      .values({ name: "Busan International Magic Festival", kind: "cultural_institution", country: "KR" })
      .returning();
    orgId = org!.id;

    ({ cohortId } = await createCohort(t.db, manager, {
      programmeId,
      title: "CPI 2026",
      year: 2026,
      startDate: "2026-07-06",
      endDate: "2026-09-18",
      timeZone: "Asia/Seoul",
      format: "hybrid",
      location: null,
      capacity: 40,
      status: "planned",
      isPublished: true,
      phases: [
        { title: "Online", mode: "online", startDate: "2026-07-06", endDate: "2026-07-17" },
        { title: "Korea", mode: "in_person", startDate: "2026-08-31", endDate: "2026-09-18" },
      ],
    }));
    ({ cohortId: otherCohortId } = await createCohort(t.db, otherManager, {
      programmeId: otherProgrammeId,
      title: "ASEAN",
      year: 2026,
      startDate: null,
      endDate: null,
      timeZone: "Asia/Seoul",
      format: "in_person",
      location: null,
      capacity: null,
      status: "planned",
      isPublished: false,
      phases: [],
    }));
    ({ trackId: trackA } = await createTrack(
      t.db,
      manager,
      createTrackSchema.parse({
        cohortId,
        title: "Performing Arts",
        partnerOrganisationIds: [orgId],
        level: "intensive",
      }),
    ));
    ({ trackId: trackB } = await createTrack(
      t.db,
      manager,
      createTrackSchema.parse({ cohortId, title: "Design", level: "general" }),
    ));
    ({ trackId: foreignTrack } = await createTrack(
      t.db,
      otherManager,
      createTrackSchema.parse({ cohortId: otherCohortId, title: "Senior", level: "senior" }),
    ));

    // One applicant, two enrolled (one per track), one withdrawn applicant who is not told.
    const [call] = await t.db
      .insert(calls)
      .values({ cohortId, title: "Call", opensAt: new Date("2026-01-01"), closesAt: new Date("2026-03-01") })
      .returning();
    await t.db.insert(applications).values([
      { reference: "A1", callId: call!.id, applicantId: people.applicant!, status: "submitted" },
      { reference: "A2", callId: call!.id, applicantId: people.withdrawn!, status: "withdrawn" },
      { reference: "A3", callId: call!.id, applicantId: people.enrolledA!, status: "confirmed" },
    ]);
    await t.db.insert(enrolments).values([
      { cohortId, userId: people.enrolledA!, trackId: trackA, status: "confirmed" },
      { cohortId, userId: people.enrolledB!, trackId: trackB, status: "confirmed" },
    ]);
  });
  afterAll(async () => {
    await t?.close();
  });

  const session = (title: string, date: string, start: string, end: string, trackIds: string[] = []) =>
    createSessionSchema.parse({
      cohortId,
      title,
      kind: "lecture",
      date,
      startTime: start,
      endTime: end,
      trackIds,
      audienceLevel: "all",
    });

  it("stores a session entered in Seoul time as the right instant", async () => {
    const { sessionId } = await createSession(t.db, manager, {
      ...session("Cultural Policy Forum", "2026-09-17", "13:30", "17:30"),
      kind: "forum",
    });
    const [row] = await t.db.select().from(sessions).where(eq(sessions.id, sessionId));
    expect(row!.startsAt.toISOString()).toBe("2026-09-17T04:30:00.000Z");
    expect(row!.endsAt.toISOString()).toBe("2026-09-17T08:30:00.000Z");
  });

  it("refuses a track of another edition as a field error, and a partner or another programme's manager as not found", async () => {
    await expect(
      createSession(t.db, manager, session("Mixed", "2026-09-01", "10:00", "11:00", [trackA, foreignTrack])),
    ).rejects.toMatchObject({ code: "validation", fieldErrors: { trackIds: ["Choose tracks of this edition."] } });
    await expect(
      createSession(t.db, partner, session("By a partner", "2026-09-01", "10:00", "11:00")),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      createSession(t.db, otherManager, session("By another manager", "2026-09-01", "10:00", "11:00")),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      createTrack(
        t.db,
        manager,
        createTrackSchema.parse({
          cohortId,
          title: "Ghost partner",
          partnerOrganisationIds: [orgId, "99999999-9999-4999-8999-999999999999"],
          level: "general",
        }),
      ),
    ).rejects.toMatchObject({
      fieldErrors: { partnerOrganisationIds: ["Choose partner organisations from the directory."] },
    });
  });

  it("through the action wrapper: another programme's ids are refused by the scope read from the database, bad input is a field error", async () => {
    const defineAction = (actor: Actor) => createActionClient({ getActor: async () => actor, getDb: () => t.db });
    const action = (actor: Actor) =>
      defineAction(actor)({
        permission: "cohort.manage",
        schema: createSessionSchema,
        scope: (i, db) => cohortScope(db, i.cohortId),
        run: ({ db, actor: a }, i) => createSession(db, a, i),
      });
    const raw = {
      cohortId,
      title: "Lecture",
      kind: "lecture",
      date: "2026-09-02",
      startTime: "10:00",
      endTime: "11:00",
      trackIds: [],
      audienceLevel: "all",
    };
    expect(await action(otherManager)(raw)).toMatchObject({ ok: false, code: "not_found" });
    expect(await action(manager)({ ...raw, endTime: "09:00" })).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { endTime: ["The end is before the start."] },
    });
    expect(await action(manager)({ ...raw, cohortId: "99999999-9999-4999-8999-999999999999" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await action(manager)({ ...raw, title: "x".repeat(500) })).toMatchObject({ ok: false, code: "validation" });
    expect(await action(manager)(raw)).toMatchObject({ ok: true });
  });

  it("refuses to delete a track that still has sessions or participants", async () => {
    await expect(deleteTrack(t.db, manager, { trackId: trackA })).rejects.toMatchObject({ code: "conflict" });
    const { trackId } = await createTrack(
      t.db,
      manager,
      createTrackSchema.parse({ cohortId, title: "Empty", level: "general" }),
    );
    await expect(deleteTrack(t.db, partner, { trackId })).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteTrack(t.db, manager, { trackId })).resolves.toEqual({ deleted: true });
  });

  it("refuses a stale edit of a session", async () => {
    const { sessionId } = await createSession(
      t.db,
      manager,
      session("Magic lecture", "2026-09-01", "10:00", "12:30", [trackA]),
    );
    const edit = { ...session("Magic lecture", "2026-09-01", "14:00", "16:00", [trackA]), sessionId, version: 1 };
    await expect(updateSession(t.db, manager, edit)).resolves.toEqual({ version: 2 });
    await expect(updateSession(t.db, manager, edit)).rejects.toMatchObject({ code: "stale" });
  });

  it("copies an edition 52 weeks later: phases, tracks, sessions and their tracks, same Seoul times, unpublished", async () => {
    const { cohortId: copyId, offsetDays } = await copyCohort(t.db, manager, {
      cohortId,
      title: "CPI 2027",
      year: 2027,
      startDate: "2027-07-05",
    });
    expect(offsetDays).toBe(364);
    const [copy] = await t.db.select().from(cohorts).where(eq(cohorts.id, copyId));
    expect(copy).toMatchObject({
      startDate: "2027-07-05",
      endDate: "2027-09-17",
      status: "planned",
      isPublished: false,
    });
    const copiedTracks = await t.db.select().from(tracks).where(eq(tracks.cohortId, copyId));
    expect(copiedTracks.map((x) => x.title).sort()).toEqual(["Design", "Performing Arts"]);
    const copiedPartners = await t.db
      .select({ organisationId: trackPartners.organisationId })
      .from(trackPartners)
      .where(eq(trackPartners.trackId, copiedTracks.find((x) => x.title === "Performing Arts")!.id));
    expect(copiedPartners).toEqual([{ organisationId: orgId }]);
    const copiedSessions = await t.db.select().from(sessions).where(eq(sessions.cohortId, copyId));
    const forum = copiedSessions.find((s) => s.title === "Cultural Policy Forum")!;
    expect(toWallTime(forum.startsAt, "Asia/Seoul")).toEqual({ date: "2027-09-16", time: "13:30" });
    const magic = copiedSessions.find((s) => s.title === "Magic lecture")!;
    const [link] = await t.db.select().from(sessionTracks).where(eq(sessionTracks.sessionId, magic.id));
    expect(link!.trackId).toBe(copiedTracks.find((x) => x.title === "Performing Arts")!.id);
    await expect(
      copyCohort(t.db, partner, { cohortId, title: "x", year: 2027, startDate: "2027-07-05" }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("postponing one session emails only the participants of its tracks", async () => {
    const [magic] = await t.db
      .select()
      .from(sessions)
      .where(and(eq(sessions.cohortId, cohortId), eq(sessions.title, "Magic lecture")));
    const result = await changeSessionSchedule(t.db, manager, {
      sessionId: magic!.id,
      action: "postpone",
      reason: "The speaker is ill.",
      newDate: "2026-09-02",
      newStartTime: "10:00",
      newEndTime: "12:00",
      version: magic!.version,
    });
    expect(result.notified).toBe(1);
    const mails = await t.db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.entityType, "session"), eq(emailOutbox.entityId, magic!.id)));
    expect(mails.map((m) => m.toAddress)).toEqual(["enrolledA@example.org"]);
    expect(mails[0]!.bodyText).toContain("Reason: The speaker is ill.");
    const [row] = await t.db.select().from(sessions).where(eq(sessions.id, magic!.id));
    expect(row).toMatchObject({ status: "postponed", statusReason: "The speaker is ill." });
    expect(row!.startsAt.toISOString()).toBe("2026-09-02T01:00:00.000Z");
  });

  it("postponing the edition moves it and tells everyone who applied or is enrolled, once each, with a copy to staff", async () => {
    const [before] = await t.db.select().from(cohorts).where(eq(cohorts.id, cohortId));
    const result = await changeCohortSchedule(t.db, manager, {
      cohortId,
      action: "postpone",
      reason: "The venue is being renovated.",
      newStartDate: "2026-07-13",
      version: before!.version,
    });
    expect(result.notified).toBe(3);
    const [after] = await t.db.select().from(cohorts).where(eq(cohorts.id, cohortId));
    expect(after).toMatchObject({
      status: "postponed",
      statusReason: "The venue is being renovated.",
      startDate: "2026-07-13",
      endDate: "2026-09-25",
    });
    const [forum] = await t.db
      .select()
      .from(sessions)
      .where(and(eq(sessions.cohortId, cohortId), eq(sessions.title, "Cultural Policy Forum")));
    expect(toWallTime(forum!.startsAt, "Asia/Seoul")).toEqual({ date: "2026-09-24", time: "13:30" });
    const mails = await t.db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.entityType, "cohort"), eq(emailOutbox.entityId, cohortId)));
    expect(mails.map((m) => m.toAddress).sort()).toEqual(
      ["applicant@example.org", "enrolledA@example.org", "enrolledB@example.org", "manager@example.org"].sort(),
    );
    expect(mails.find((m) => m.toAddress === "manager@example.org")!.bodyText).toContain(
      "This message went to 3 people",
    );
    // To be announced: the dates go, the reason stays; a stale version is refused.
    await expect(
      changeCohortSchedule(t.db, manager, {
        cohortId,
        action: "postpone",
        reason: "Again.",
        newStartDate: null,
        version: before!.version,
      }),
    ).rejects.toMatchObject({ code: "stale" });
    await changeCohortSchedule(t.db, manager, {
      cohortId,
      action: "postpone",
      reason: "Dates to be announced.",
      newStartDate: null,
      version: after!.version,
    });
    const [tba] = await t.db.select().from(cohorts).where(eq(cohorts.id, cohortId));
    expect(tba).toMatchObject({ startDate: null, endDate: null, statusReason: "Dates to be announced." });
  });
});
