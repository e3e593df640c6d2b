import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cohorts, enrolments, users } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { markAttendance } from "@/lib/attendance/commands";
import { submitProposal } from "@/lib/proposals/commands";
import { EMPTY_PROPOSAL } from "@/lib/proposals/schemas";
import { NOW, participantFixture, type ParticipantFixture } from "@/lib/participants/testing";
import { completeCohort, saveCompletionRule } from "./commands";
import { certificateOfHolder, graduationReview, verifyCertificate } from "./queries";

const text = "A clear plan with partners in the city and a modest budget.";
const proposal = {
  ...EMPTY_PROPOSAL,
  title: "Magic in the neighbourhoods",
  field: "Performing arts",
  summary: text,
  objectives: text,
  partners: text,
  outcomes: text,
  risks: text,
  activities: [{ activity: "Pilot", start: "2027-11", end: "2027-12" }],
  budget: [{ item: "Venue", amount: "100", currency: "USD" }],
};

describe.each(testDrivers())("graduation on %s", (driver) => {
  let t: TestDatabase;
  let f: ParticipantFixture;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    f = await participantFixture(t.db);
    const manager = await f.actor("manager");
    await markAttendance(
      t.db,
      manager,
      { sessionId: f.sessions.lectureA, entries: [{ enrolmentId: f.enrolmentId("p1"), status: "present" }] },
      NOW,
    );
    await markAttendance(
      t.db,
      manager,
      {
        sessionId: f.sessions.forum,
        entries: [
          { enrolmentId: f.enrolmentId("p1"), status: "present" },
          { enrolmentId: f.enrolmentId("p2"), status: "present" },
        ],
      },
      NOW,
    );
    await submitProposal(t.db, await f.actor("p1"), { cohortId: f.cohortId, version: 0, content: proposal }, NOW);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("reviews everyone against the rule with the reason in words", async () => {
    const review = await graduationReview(t.db, f.cohortId);
    const byName = Object.fromEntries(review.rows.map((r) => [r.name, r]));
    expect(byName.P1?.verdict).toMatchObject({ meets: true, percent: 100 });
    expect(byName.P2?.verdict.reasons).toEqual([
      "attended 1 of 2 sessions (50%); the rule asks for at least 80%",
      "no proposal submitted",
    ]);
  });

  it("lets only certificate staff change the rule, guarded by version", async () => {
    await expect(
      saveCompletionRule(t.db, await f.actor("mentor"), {
        cohortId: f.cohortId,
        version: 0,
        minAttendancePercent: 10,
        requireProposal: false,
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const manager = await f.actor("manager");
    await expect(
      saveCompletionRule(t.db, manager, {
        cohortId: f.cohortId,
        version: 0,
        minAttendancePercent: 80,
        requireProposal: true,
      }),
    ).resolves.toEqual({ version: 1 });
    await expect(
      saveCompletionRule(t.db, manager, {
        cohortId: f.cohortId,
        version: 0,
        minAttendancePercent: 50,
        requireProposal: true,
      }),
    ).rejects.toMatchObject({ code: "stale" });
  });

  it("completes the cohort: graduates get a verifiable certificate, the others are listed with the reason", async () => {
    await expect(completeCohort(t.db, await f.actor("p1"), { cohortId: f.cohortId }, NOW)).rejects.toMatchObject({
      code: "forbidden",
    });
    const result = await completeCohort(t.db, await f.actor("manager"), { cohortId: f.cohortId }, NOW);
    expect(result.graduates.map((g) => g.name)).toEqual(["P1"]);
    expect(result.notCompleted).toEqual([
      {
        name: "P2",
        reasons: ["attended 1 of 2 sessions (50%); the rule asks for at least 80%", "no proposal submitted"],
      },
    ]);
    const [row] = await t.db
      .select({ status: enrolments.status, code: enrolments.certificateCode })
      .from(enrolments)
      .where(eq(enrolments.id, f.enrolmentId("p1")));
    expect(row?.status).toBe("completed");
    expect(
      (await t.db.select({ status: cohorts.status }).from(cohorts).where(eq(cohorts.id, f.cohortId)))[0]?.status,
    ).toBe("completed");
    // An alumnus of the programme now.
    expect((await f.actor("p1")).roles).toContainEqual({ programmeId: f.programmeId, role: "alumnus" });

    const verified = await verifyCertificate(t.db, row!.code!);
    expect(verified).toMatchObject({ name: "P1", programmeTitle: "CPI", cohortTitle: "CPI 2027" });
    expect(Object.keys(verified!).sort()).toEqual(["cohortTitle", "completedAt", "name", "programmeTitle", "timeZone"]);
    const last = row!.code!.at(-1) === "A" ? "B" : "A";
    expect(await verifyCertificate(t.db, `${row!.code!.slice(0, -1)}${last}`)).toBeNull();
    expect(await verifyCertificate(t.db, row!.code!.toLowerCase())).not.toBeNull();

    expect(await certificateOfHolder(t.db, f.userId("p1"), f.cohortId)).toMatchObject({ code: row!.code });
    expect(await certificateOfHolder(t.db, f.userId("p2"), f.cohortId)).toBeNull();

    // The certificate says the name it was issued to, whatever the account is renamed to later.
    await t.db
      .update(users)
      .set({ name: "Somebody Else" })
      .where(eq(users.id, f.userId("p1")));
    expect((await verifyCertificate(t.db, row!.code!))?.name).toBe("P1");
    expect((await certificateOfHolder(t.db, f.userId("p1"), f.cohortId))?.name).toBe("P1");
  });
});
