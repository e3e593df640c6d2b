import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attendance } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { roomCode, ROOM_CODE_WINDOW_MS } from "@/lib/attendance/room-code";
import { NOW, participantFixture, type ParticipantFixture } from "@/lib/participants/testing";
import { readSpreadsheet } from "@/lib/spreadsheet/read";
import { audienceOfSession, checkIn, importAttendance, markAttendance } from "./commands";

describe.each(testDrivers())("attendance on %s", (driver) => {
  let t: TestDatabase;
  let f: ParticipantFixture;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    f = await participantFixture(t.db);
  });
  afterAll(async () => {
    await t?.close();
  });
  const statusOf = async (sessionId: string, enrolmentId: string) =>
    (
      await t.db
        .select({ status: attendance.status, method: attendance.method })
        .from(attendance)
        .where(and(eq(attendance.sessionId, sessionId), eq(attendance.enrolmentId, enrolmentId)))
    )[0];

  it("expects a track's participants at its sessions and everyone at the cohort's", async () => {
    expect((await audienceOfSession(t.db, f.sessions.lectureA)).map((p) => p.name)).toEqual(["P1"]);
    expect((await audienceOfSession(t.db, f.sessions.forum)).map((p) => p.name)).toEqual(["P1", "P2"]);
  });

  it("lets staff mark a session in bulk, and only people expected there", async () => {
    const manager = await f.actor("manager");
    await expect(
      markAttendance(
        t.db,
        manager,
        {
          sessionId: f.sessions.forum,
          entries: [
            { enrolmentId: f.enrolmentId("p1"), status: "present" },
            { enrolmentId: f.enrolmentId("p2"), status: "excused" },
          ],
        },
        NOW,
      ),
    ).resolves.toEqual({ present: 1, absent: 0, excused: 1 });
    expect(await statusOf(f.sessions.forum, f.enrolmentId("p2"))).toEqual({ status: "excused", method: "staff" });
    await expect(
      markAttendance(
        t.db,
        manager,
        { sessionId: f.sessions.lectureA, entries: [{ enrolmentId: f.enrolmentId("p2"), status: "present" }] },
        NOW,
      ),
    ).rejects.toMatchObject({ code: "validation" });
    await expect(
      markAttendance(
        t.db,
        await f.actor("other-manager"),
        { sessionId: f.sessions.forum, entries: [{ enrolmentId: f.enrolmentId("p1"), status: "absent" }] },
        NOW,
      ),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      markAttendance(
        t.db,
        await f.actor("p1"),
        { sessionId: f.sessions.forum, entries: [{ enrolmentId: f.enrolmentId("p1"), status: "present" }] },
        NOW,
      ),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("checks a participant in with the current room code and refuses an old one with a clear message", async () => {
    const p1 = await f.actor("p1");
    const { code } = roomCode(f.sessions.lectureA, NOW);
    // The code of the window before still works (someone typing slowly)…
    await expect(
      checkIn(
        t.db,
        p1,
        { cohortId: f.cohortId, code: code.toLowerCase() },
        new Date(NOW.getTime() + ROOM_CODE_WINDOW_MS),
      ),
    ).resolves.toEqual({ sessionTitle: "Lecture A" });
    expect(await statusOf(f.sessions.lectureA, f.enrolmentId("p1"))).toEqual({ status: "present", method: "code" });
    // …the one before that is refused, and says why.
    await expect(
      checkIn(t.db, p1, { cohortId: f.cohortId, code }, new Date(NOW.getTime() + 2 * ROOM_CODE_WINDOW_MS)),
    ).rejects.toMatchObject({
      code: "deadline",
      message: expect.stringContaining("expired"),
      fieldErrors: { code: ["This code has expired."] },
    });
    await expect(checkIn(t.db, p1, { cohortId: f.cohortId, code: "ZZZZZZ" }, NOW)).rejects.toMatchObject({
      code: "validation",
      message: expect.stringContaining("do not recognise"),
    });
  });

  it("does not check anyone in to another track's session, nor outsiders", async () => {
    const { code } = roomCode(f.sessions.workshopB, NOW);
    await expect(checkIn(t.db, await f.actor("p1"), { cohortId: f.cohortId, code }, NOW)).rejects.toMatchObject({
      code: "validation",
    });
    await expect(checkIn(t.db, await f.actor("w1"), { cohortId: f.cohortId, code }, NOW)).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(checkIn(t.db, await f.actor("p2"), { cohortId: f.cohortId, code }, NOW)).resolves.toEqual({
      sessionTitle: "Workshop B",
    });
  });

  it("imports an online class report: enough minutes is present, too few absent, strangers listed", async () => {
    const csv =
      "User Email,Duration (Minutes)\nP1@example.org,20\np1@example.org,25\np2@example.org,10\nstranger@example.org,90\n";
    const sheet = await readSpreadsheet(new TextEncoder().encode(csv));
    const input = { sessionId: f.sessions.forum, minMinutes: 30, sheet };
    // The dry run says what the import will do and writes nothing; a file with an unreadable row writes nothing either.
    const before = await statusOf(f.sessions.forum, f.enrolmentId("p1"));
    expect(await importAttendance(t.db, await f.actor("manager"), { ...input, dryRun: true }, NOW)).toEqual({
      dryRun: true,
      present: 1,
      absent: 1,
      unknown: ["stranger@example.org"],
      problems: [],
    });
    expect(await statusOf(f.sessions.forum, f.enrolmentId("p1"))).toEqual(before);
    const broken = await readSpreadsheet(new TextEncoder().encode(`${csv}not-an-email,40\n`));
    await expect(
      importAttendance(t.db, await f.actor("manager"), { ...input, sheet: broken, dryRun: false }, NOW),
    ).rejects.toMatchObject({
      code: "validation",
      message: 'Nothing was imported. Row 6: "not-an-email" is not an email address.',
    });
    expect(await statusOf(f.sessions.forum, f.enrolmentId("p1"))).toEqual(before);
    const result = await importAttendance(t.db, await f.actor("manager"), { ...input, dryRun: false }, NOW);
    expect(result).toEqual({ dryRun: false, present: 1, absent: 1, unknown: ["stranger@example.org"], problems: [] });
    expect(await statusOf(f.sessions.forum, f.enrolmentId("p1"))).toEqual({ status: "present", method: "import" });
    expect(await statusOf(f.sessions.forum, f.enrolmentId("p2"))).toEqual({ status: "absent", method: "import" });
  });
});
