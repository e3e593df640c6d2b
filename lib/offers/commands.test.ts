import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationEvents, applications, emailOutbox, enrolments, seatReplacements, users } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { confirmOffer, declineOffer, expireOffers, sendOfferReminders } from "./commands";
import { NOW, participantFixture, type ParticipantFixture } from "@/lib/participants/testing";

const onboarding = (f: ParticipantFixture, enrolmentId: string, trackId = f.trackA) => ({
  enrolmentId,
  trackId,
  arrivalDate: "2027-08-28",
  departureDate: "2027-09-25",
  dietaryNeeds: "Vegetarian",
  visaLetter: true,
  passportName: "OFFERED PERSON",
  sharing: { name: true, country: true, organisation: false, email: false },
});

describe.each(testDrivers())("answering offers on %s", (driver) => {
  let t: TestDatabase;
  let f: ParticipantFixture;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    f = await participantFixture(t.db);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("refuses to let anyone but the offer's holder answer it, without saying it exists", async () => {
    await expect(
      confirmOffer(t.db, await f.actor("p1"), onboarding(f, f.enrolmentId("offered")), NOW),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      declineOffer(t.db, await f.actor("manager"), { enrolmentId: f.enrolmentId("offered"), reason: "" }, NOW),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses a track of another cohort and a full track with a field error", async () => {
    const holder = await f.actor("offered");
    await expect(
      confirmOffer(t.db, holder, onboarding(f, f.enrolmentId("offered"), "00000000-0000-4000-8000-000000000000"), NOW),
    ).rejects.toMatchObject({ fieldErrors: { trackId: [expect.stringContaining("tracks")] } });
    await expect(
      confirmOffer(t.db, holder, onboarding(f, f.enrolmentId("offered"), f.trackB), NOW),
    ).rejects.toMatchObject({ fieldErrors: { trackId: [expect.stringContaining("is full")] } });
  });

  it("refuses a lapsed offer with its deadline", async () => {
    await expect(
      confirmOffer(t.db, await f.actor("lapsed"), onboarding(f, f.enrolmentId("lapsed")), NOW),
    ).rejects.toMatchObject({ code: "deadline", message: expect.stringContaining("expired") });
  });

  it("confirms with onboarding answers, enrols in the track and keeps the application in step", async () => {
    await confirmOffer(t.db, await f.actor("offered"), onboarding(f, f.enrolmentId("offered")), NOW);
    const [row] = await t.db
      .select()
      .from(enrolments)
      .where(eq(enrolments.id, f.enrolmentId("offered")));
    expect(row).toMatchObject({
      status: "confirmed",
      trackId: f.trackA,
      sharing: { name: true, country: true, organisation: false, email: false },
    });
    expect(row?.onboarding).toMatchObject({ arrivalDate: "2027-08-28", dietaryNeeds: "Vegetarian", visaLetter: true });
    const [app] = await t.db
      .select({ status: applications.status })
      .from(applications)
      .where(eq(applications.id, f.applicationId("offered")));
    expect(app?.status).toBe("confirmed");
    const events = await t.db
      .select()
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, f.applicationId("offered")));
    expect(events).toEqual([
      expect.objectContaining({ fromStatus: "offered", toStatus: "confirmed", actorId: f.userId("offered") }),
    ]);
    // Now a participant of the programme.
    expect((await f.actor("offered")).roles).toContainEqual({ programmeId: f.programmeId, role: "participant" });
    // A second answer is refused.
    await expect(
      declineOffer(t.db, await f.actor("offered"), { enrolmentId: f.enrolmentId("offered"), reason: "" }, NOW),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("reminds only offers lapsing within the window, once a day", async () => {
    // Put the lapsed offer back in the future for this test, then restore it.
    await t.db
      .update(enrolments)
      .set({ offerExpiresAt: new Date(NOW.getTime() + 2 * 86_400_000) })
      .where(eq(enrolments.id, f.enrolmentId("lapsed")));
    const manager = await f.actor("manager");
    await expect(sendOfferReminders(t.db, manager, { cohortId: f.cohortId, withinDays: 1 }, NOW)).resolves.toEqual({
      sent: 0,
      skipped: 0,
    });
    await expect(sendOfferReminders(t.db, manager, { cohortId: f.cohortId, withinDays: 3 }, NOW)).resolves.toEqual({
      sent: 1,
      skipped: 0,
    });
    await expect(sendOfferReminders(t.db, manager, { cohortId: f.cohortId, withinDays: 3 }, NOW)).resolves.toEqual({
      sent: 0,
      skipped: 1,
    });
    const mails = await t.db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.kind, "offer.reminder"), eq(emailOutbox.entityId, f.enrolmentId("lapsed"))));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.toAddress).toBe("lapsed@example.org");
    await t.db
      .update(enrolments)
      .set({ offerExpiresAt: new Date(NOW.getTime() - 86_400_000) })
      .where(eq(enrolments.id, f.enrolmentId("lapsed")));
    await expect(
      sendOfferReminders(t.db, await f.actor("other-manager"), { cohortId: f.cohortId, withinDays: 3 }, NOW),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("writes the reminder in the language saved on the recipient's account, dated in the cohort's zone", async () => {
    const expiresAt = new Date(NOW.getTime() + 2 * 86_400_000);
    const [person] = await t.db
      .select({ userId: enrolments.userId })
      .from(enrolments)
      .where(eq(enrolments.id, f.enrolmentId("lapsed")));
    await t.db.update(users).set({ locale: "ko" }).where(eq(users.id, person!.userId));
    await t.db
      .update(enrolments)
      .set({ offerExpiresAt: expiresAt })
      .where(eq(enrolments.id, f.enrolmentId("lapsed")));
    // The test before sent this offer its reminder of the day; forget it so one is written again.
    await t.db
      .delete(emailOutbox)
      .where(and(eq(emailOutbox.kind, "offer.reminder"), eq(emailOutbox.entityId, f.enrolmentId("lapsed"))));
    await sendOfferReminders(t.db, await f.actor("manager"), { cohortId: f.cohortId, withinDays: 3 }, NOW);
    const [mail] = await t.db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.kind, "offer.reminder"), eq(emailOutbox.entityId, f.enrolmentId("lapsed"))));
    expect(mail?.subject).toBe("알림: CPI 2027 참가 제안에 답변해 주십시오");
    // The deadline's day in Seoul (UTC+9, no summer time), written the Korean way.
    const [y, m, d] = new Date(expiresAt.getTime() + 9 * 3_600_000).toISOString().slice(0, 10).split("-").map(Number);
    expect(mail?.bodyText).toContain(`${y}년 ${m}월 ${d}일`);
    expect(mail?.bodyText).toContain("까지 유효합니다");
    await t.db.update(users).set({ locale: null }).where(eq(users.id, person!.userId));
    await t.db
      .update(enrolments)
      .set({ offerExpiresAt: new Date(NOW.getTime() - 86_400_000) })
      .where(eq(enrolments.id, f.enrolmentId("lapsed")));
  });

  it("expires a lapsed offer, frees the seat and proposes the best waitlisted replacement", async () => {
    await expect(expireOffers(t.db, await f.actor("p1"), { cohortId: f.cohortId }, NOW)).rejects.toMatchObject({
      code: "not_found",
    });
    const { expired } = await expireOffers(t.db, await f.actor("manager"), { cohortId: f.cohortId }, NOW);
    expect(expired).toHaveLength(1);
    expect(expired[0]).toMatchObject({
      enrolmentId: f.enrolmentId("lapsed"),
      replacement: { applicationId: f.applicationId("w2"), reference: "T-5", name: "W2" },
    });
    const [row] = await t.db
      .select({ status: enrolments.status })
      .from(enrolments)
      .where(eq(enrolments.id, f.enrolmentId("lapsed")));
    expect(row?.status).toBe("declined");
    const [app] = await t.db
      .select({ status: applications.status })
      .from(applications)
      .where(eq(applications.id, f.applicationId("lapsed")));
    expect(app?.status).toBe("declined");
    const stored = await t.db
      .select()
      .from(seatReplacements)
      .where(eq(seatReplacements.freedEnrolmentId, f.enrolmentId("lapsed")));
    expect(stored).toEqual([
      expect.objectContaining({ proposedApplicationId: f.applicationId("w2"), cohortId: f.cohortId }),
    ]);
    // Nothing left to expire.
    await expect(expireOffers(t.db, await f.actor("manager"), { cohortId: f.cohortId }, NOW)).resolves.toEqual({
      expired: [],
    });
  });
});
