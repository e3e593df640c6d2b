import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countSqlRoundTrips } from "@/db/client";
import { applicationEvents, applications, auditLog, consents, countryGroups, emailOutbox, users } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import type { DomainError } from "@/lib/errors";
import { reopenApplication, saveDraft, startApplication, submitApplication, withdrawApplication } from "./commands";
import { makePerson, makeProgrammeWithCall } from "./test-fixtures";
import { now } from "@/lib/time/clock";

const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: DomainError) => e,
  );

describe.each(testDrivers())("applying on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function readyDraft(options: Parameters<typeof makeProgrammeWithCall>[1] = {}) {
    const call = await makeProgrammeWithCall(t.db, options);
    const me = await makePerson(t.db, { nationality: "TH", residence: "TH", gender: "non_binary" });
    const { applicationId } = await startApplication(t.db, me, { callId: call.callId, criteria: [] });
    const saved = await saveDraft(t.db, me, {
      applicationId,
      version: 1,
      answers: { bio: "I run a festival.", idea: "A tour." },
      trackPreferences: [call.trackId],
    });
    return { call, me, applicationId, version: saved.version };
  }

  it("starts one draft per applicant and call, however often asked", async () => {
    const call = await makeProgrammeWithCall(t.db);
    const me = await makePerson(t.db);
    const first = await startApplication(t.db, me, { callId: call.callId, criteria: [] });
    const again = await startApplication(t.db, me, { callId: call.callId, criteria: [] });
    expect(again).toEqual({ applicationId: first.applicationId, created: false });
  });

  it("refuses an ineligible nationality, a nomination-only call, and unconfirmed criteria before anything is written", async () => {
    const asean = await makeProgrammeWithCall(t.db, {
      eligibility: { nationality: { groups: ["asean"] }, criteria: [{ id: "gov", label: "I work for a ministry" }] },
    });
    const french = await makePerson(t.db, { nationality: "FR" });
    expect(await errorOf(startApplication(t.db, french, { callId: asean.callId, criteria: ["gov"] }))).toMatchObject({
      code: "forbidden",
      message: expect.stringContaining("your nationality is France"),
    });
    const thai = await makePerson(t.db, { nationality: "TH" });
    expect(await errorOf(startApplication(t.db, thai, { callId: asean.callId, criteria: [] }))).toMatchObject({
      code: "validation",
      fieldErrors: { "criteria.gov": ["Confirm: I work for a ministry"] },
    });
    await expect(startApplication(t.db, thai, { callId: asean.callId, criteria: ["gov"] })).resolves.toMatchObject({
      created: true,
    });
    const nominations = await makeProgrammeWithCall(t.db, { nominationOnly: true });
    expect(await errorOf(startApplication(t.db, thai, { callId: nominations.callId, criteria: [] }))).toMatchObject({
      code: "forbidden",
    });
    const rows = await t.db
      .select({ id: applications.id })
      .from(applications)
      .where(eq(applications.applicantId, french.userId));
    expect(rows).toEqual([]);
  });

  it("admits by an office-defined country group, and names the group when it refuses @selection", async () => {
    const [group] = await t.db
      .insert(countryGroups)
      .values({ name: `Andean partners ${driver}`, countries: ["PE", "BO", "EC"] })
      .returning({ id: countryGroups.id });
    const andean = await makeProgrammeWithCall(t.db, {
      eligibility: { nationality: { groups: [`custom:${group!.id}`] } },
    });
    const peruvian = await makePerson(t.db, { nationality: "PE" });
    await expect(startApplication(t.db, peruvian, { callId: andean.callId, criteria: [] })).resolves.toMatchObject({
      created: true,
    });
    const chilean = await makePerson(t.db, { nationality: "CL" });
    expect(await errorOf(startApplication(t.db, chilean, { callId: andean.callId, criteria: [] }))).toMatchObject({
      code: "forbidden",
      message: expect.stringContaining(`Andean partners ${driver}`),
    });
  });

  it("refuses a stale draft save and keeps the newer answers", async () => {
    const { me, applicationId, version } = await readyDraft();
    await saveDraft(t.db, me, { applicationId, version, answers: { bio: "From tab one." }, trackPreferences: [] });
    const stale = await errorOf(
      saveDraft(t.db, me, { applicationId, version, answers: { bio: "From tab two." }, trackPreferences: [] }),
    );
    expect(stale).toMatchObject({ code: "stale", message: expect.stringContaining("nothing was overwritten") });
    const [row] = await t.db
      .select({ answers: applications.answers })
      .from(applications)
      .where(eq(applications.id, applicationId));
    expect(row?.answers).toEqual({ bio: "From tab one." });
  });

  it("answers 404 to another applicant, for every command", async () => {
    const { applicationId, version } = await readyDraft();
    const other = await makePerson(t.db);
    const attempts = await Promise.all([
      errorOf(saveDraft(t.db, other, { applicationId, version, answers: {}, trackPreferences: [] })),
      errorOf(submitApplication(t.db, other, { applicationId, version })),
      errorOf(withdrawApplication(t.db, other, { applicationId, version })),
    ]);
    for (const error of attempts) expect(error).toMatchObject({ code: "not_found" });
  });

  it("submits with a snapshot and a confirmation email, once, however often it is sent", async () => {
    const { me, applicationId, version } = await readyDraft();
    const [first, second] = await Promise.all([
      submitApplication(t.db, me, { applicationId, version }),
      submitApplication(t.db, me, { applicationId, version }),
    ]);
    expect([first.alreadySubmitted, second.alreadySubmitted].sort()).toEqual([false, true]);
    const again = await submitApplication(t.db, me, { applicationId, version });
    expect(again.alreadySubmitted).toBe(true);
    const [row] = await t.db.select().from(applications).where(eq(applications.id, applicationId));
    expect(row).toMatchObject({
      status: "submitted",
      snapshotNationality: "TH",
      snapshotGender: "non_binary",
      snapshotOrganisation: "Org",
      snapshotField: "Music",
    });
    expect(await t.db.$count(applicationEvents, eq(applicationEvents.applicationId, applicationId))).toBe(1);
    const emails = await t.db
      .select({ to: emailOutbox.toAddress, subject: emailOutbox.subject, body: emailOutbox.bodyText })
      .from(emailOutbox)
      .where(eq(emailOutbox.entityId, applicationId));
    expect(emails).toEqual([
      {
        to: me.email,
        subject: expect.stringMatching(/^Application received: Call \d+$/),
        body: expect.stringContaining("Thank you."),
      },
    ]);
  });

  it("writes the move, its event, the receipt, both audit rows and the consent in one statement, or nothing", async () => {
    const { me, applicationId, version } = await readyDraft();
    const rowsOf = async () => ({
      events: await t.db.$count(applicationEvents, eq(applicationEvents.applicationId, applicationId)),
      emails: await t.db.$count(emailOutbox, eq(emailOutbox.entityId, applicationId)),
      audits: (
        await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, applicationId))
      )
        .map((a) => a.action)
        .sort(),
      consents: await t.db.$count(
        consents,
        and(eq(consents.entityId, applicationId), eq(consents.userId, me.userId), eq(consents.purpose, "application")),
      ),
    });
    const before = await rowsOf();
    // A stale version: the guard matches nothing, and none of the rows that go with the move is written.
    expect(await errorOf(submitApplication(t.db, me, { applicationId, version: version - 1 }))).toMatchObject({
      code: "stale",
    });
    expect(await rowsOf()).toEqual(before);
    // The read of the application, then one statement for everything the submission writes.
    const { result, roundTrips } = await countSqlRoundTrips(() =>
      submitApplication(t.db, me, { applicationId, version }),
    );
    expect(result).toMatchObject({ alreadySubmitted: false, version: version + 1 });
    expect(roundTrips).toBe(2);
    expect(await rowsOf()).toEqual({
      events: before.events + 1,
      emails: before.emails + 1,
      audits: [...before.audits, "application.status", "application.submit"].sort(),
      consents: before.consents + 1,
    });
    const [event] = await t.db
      .select({ from: applicationEvents.fromStatus, to: applicationEvents.toStatus, actor: applicationEvents.actorId })
      .from(applicationEvents)
      .where(and(eq(applicationEvents.applicationId, applicationId), eq(applicationEvents.toStatus, "submitted")));
    expect(event).toEqual({ from: "draft", to: "submitted", actor: me.userId });
  });

  it("writes the receipt in the language saved on the applicant's account, the date as its readers write it", async () => {
    const { me, applicationId, version } = await readyDraft();
    await t.db.update(users).set({ locale: "ko" }).where(eq(users.id, me.userId));
    await submitApplication(t.db, me, { applicationId, version });
    const [email] = await t.db
      .select({ subject: emailOutbox.subject, body: emailOutbox.bodyText })
      .from(emailOutbox)
      .where(eq(emailOutbox.entityId, applicationId));
    expect(email!.subject).toMatch(/^지원서가 접수되었습니다: Call \d+$/);
    expect(email!.body).toMatch(/\d{4}년 \d{1,2}월 \d{1,2}일/);
    expect(email!.body).toContain("Thank you.");
    expect(email!.body).not.toContain("We received");
  });

  it("lets an account whose address is not confirmed draft, but not submit, until it is", async () => {
    const { me, applicationId, version } = await readyDraft();
    await t.db.update(users).set({ emailVerifiedAt: null }).where(eq(users.id, me.userId));
    expect(await errorOf(submitApplication(t.db, me, { applicationId, version }))).toMatchObject({
      code: "forbidden",
      message: expect.stringContaining("Confirm your email address"),
    });
    const [draft] = await t.db
      .select({ status: applications.status })
      .from(applications)
      .where(eq(applications.id, applicationId));
    expect(draft?.status).toBe("draft");
    await t.db
      .update(users)
      .set({ emailVerifiedAt: new Date("2026-01-01T00:00:00Z") })
      .where(eq(users.id, me.userId));
    await expect(submitApplication(t.db, me, { applicationId, version })).resolves.toMatchObject({
      version: version + 1,
    });
  });

  it("refuses a submission after the deadline, with the deadline in the cohort's zone", async () => {
    const { me, applicationId, version } = await readyDraft();
    const late = await errorOf(
      submitApplication(t.db, me, { applicationId, version }, { now: new Date(now().getTime() + 2 * 86_400_000) }),
    );
    expect(late).toMatchObject({
      code: "deadline",
      message: expect.stringMatching(
        /^The deadline for this call was .+ GMT\+9\. Applications can no longer be submitted\.$/,
      ),
    });
    const [row] = await t.db
      .select({ status: applications.status })
      .from(applications)
      .where(eq(applications.id, applicationId));
    expect(row?.status).toBe("draft");
  });

  it("refuses an incomplete application with every missing answer named", async () => {
    const call = await makeProgrammeWithCall(t.db);
    const me = await makePerson(t.db);
    const { applicationId } = await startApplication(t.db, me, { callId: call.callId, criteria: [] });
    const error = await errorOf(submitApplication(t.db, me, { applicationId, version: 1 }));
    expect(error).toMatchObject({ code: "validation" });
    expect(Object.keys(error!.fieldErrors).sort()).toEqual(["bio", "idea", "trackPreferences"]);
  });

  it("re-opens only where the call allows, and withdraws", async () => {
    const closed = await readyDraft();
    const submitted = await submitApplication(t.db, closed.me, {
      applicationId: closed.applicationId,
      version: closed.version,
    });
    expect(
      await errorOf(
        reopenApplication(t.db, closed.me, { applicationId: closed.applicationId, version: submitted.version }),
      ),
    ).toMatchObject({ code: "forbidden" });

    const open = await readyDraft({ allowEditAfterSubmit: true });
    const s = await submitApplication(t.db, open.me, { applicationId: open.applicationId, version: open.version });
    const reopened = await reopenApplication(t.db, open.me, { applicationId: open.applicationId, version: s.version });
    const [draft] = await t.db
      .select({ status: applications.status, submittedAt: applications.submittedAt })
      .from(applications)
      .where(eq(applications.id, open.applicationId));
    expect(draft).toEqual({ status: "draft", submittedAt: null });
    await withdrawApplication(t.db, open.me, {
      applicationId: open.applicationId,
      version: reopened.version,
      reason: "Cannot travel",
    });
    const events = await t.db
      .select({ to: applicationEvents.toStatus, reason: applicationEvents.reason })
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, open.applicationId));
    expect(events.map((e) => e.to)).toEqual(["submitted", "draft", "withdrawn"]);
    expect(events[2]?.reason).toBe("Cannot travel");
  });
});
