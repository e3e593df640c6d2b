// @scale an offer expires with no one pressing anything: the runner, with the clock moved past the
// deadline, releases the seat, proposes the replacement from the call's ranking and offers it by email.
import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  applicationEvents,
  applications,
  calls,
  emailOutbox,
  enrolments,
  jobs,
  reviews,
  seatReplacements,
  selectionSettings,
} from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { buildFixture } from "@/lib/review/test-fixture";
import { now } from "@/lib/time/clock";
import { runUntilIdle } from "./runner";
import { scheduleDueJobs } from "./schedule";

const DAY = 86_400_000;

describe.each(testDrivers())("offers expiring by themselves on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("@scale past the deadline the runner expires the offer, and the waiting list's first is offered the seat and emailed", async () => {
    // Two seats: applicant 0 holds an offer answering in 3 days, 1 confirmed, 2 and 3 wait (2 scored higher).
    const f = await buildFixture(
      t.db,
      [
        ["KR", "woman"],
        ["VN", "woman"],
        ["TH", "woman"],
        ["IN", "woman"],
      ],
      "under_review",
    );
    await t.db
      .update(calls)
      .set({ balanceRules: { seats: 2 } })
      .where(eq(calls.id, f.callId));
    await t.db.insert(selectionSettings).values({ callId: f.callId, normalise: false });
    const statuses = ["offered", "confirmed", "waitlisted", "waitlisted"] as const;
    for (const [i, status] of statuses.entries())
      await t.db.update(applications).set({ status }).where(eq(applications.id, f.apps[i]!.id));
    const deadline = new Date(now().getTime() + 3 * DAY);
    await t.db.insert(enrolments).values(
      [0, 1].map((i) => ({
        cohortId: f.cohortId,
        userId: f.applicants[i]!.id,
        applicationId: f.apps[i]!.id,
        status: i === 0 ? ("offered" as const) : ("confirmed" as const),
        offerExpiresAt: deadline,
      })),
    );
    const review = (app: number, s: number) => ({
      reviewerId: f.reviewers[0]!.userId,
      applicationId: f.apps[app]!.id,
      status: "submitted" as const,
      scores: { potential: s, motivation: s },
      submittedAt: now(),
    });
    await t.db.insert(reviews).values([review(2, 8), review(3, 5)]);
    const enrolmentOf = async (i: number) =>
      (await t.db.select().from(enrolments).where(eq(enrolments.userId, f.applicants[i]!.id)))[0];
    const mailsTo = (i: number) =>
      t.db
        .select({ kind: emailOutbox.kind, subject: emailOutbox.subject, body: emailOutbox.bodyText })
        .from(emailOutbox)
        .where(eq(emailOutbox.toUserId, f.applicants[i]!.id));

    // An hour before the deadline the runner changes nothing.
    const before = new Date(deadline.getTime() - 3600_000);
    vi.stubEnv("MADANG_NOW", before.toISOString());
    await scheduleDueJobs(t.db, before);
    await runUntilIdle(t.db);
    expect((await enrolmentOf(0))?.status).toBe("offered");
    expect(await t.db.$count(seatReplacements, eq(seatReplacements.cohortId, f.cohortId))).toBe(0);

    // Ten minutes after it, the periodic jobs are scheduled and run by themselves.
    const after = new Date(deadline.getTime() + 10 * 60_000);
    vi.stubEnv("MADANG_NOW", after.toISOString());
    expect(await scheduleDueJobs(t.db, after)).toContain(
      `offers.expire:${new Date(Math.floor(after.getTime() / 300_000) * 300_000).toISOString().slice(0, 16)}`,
    );
    const ran = await runUntilIdle(t.db);
    expect(ran.find((r) => r.job.type === "offers.expire")?.outcome).toBe("done");

    expect((await enrolmentOf(0))?.status).toBe("declined");
    const [app0] = await t.db.select().from(applications).where(eq(applications.id, f.apps[0]!.id));
    expect(app0?.status).toBe("declined");
    const [proposal] = await t.db.select().from(seatReplacements).where(eq(seatReplacements.cohortId, f.cohortId));
    expect(proposal?.proposedApplicationId).toBe(f.apps[2]!.id);

    // The proposed replacement holds the seat now, answering within the call's offer days from `after`.
    const replacement = await enrolmentOf(2);
    expect(replacement?.status).toBe("offered");
    expect(replacement!.offerExpiresAt!.getTime()).toBeGreaterThan(after.getTime());
    const [app2] = await t.db.select().from(applications).where(eq(applications.id, f.apps[2]!.id));
    expect(app2?.status).toBe("offered");
    const [moved] = await t.db
      .select()
      .from(applicationEvents)
      .where(and(eq(applicationEvents.applicationId, f.apps[2]!.id), eq(applicationEvents.toStatus, "offered")));
    expect(moved).toMatchObject({ fromStatus: "waitlisted", actorId: null });
    expect((await enrolmentOf(3)) ?? null).toBeNull();

    // Both people were written to, through the outbox.
    // (An hour before, the deadline reminder went out: the daily reminders job ran then.)
    expect((await mailsTo(0)).map((m) => m.kind).sort()).toEqual(["offer.expired", "offer.reminder"]);
    const offer = await mailsTo(2);
    expect(offer.map((m) => m.kind)).toEqual(["decision.offer"]);
    expect(offer[0]!.body).toContain(f.applicants[2]!.name.split(" ")[0]);
    expect(await mailsTo(3)).toEqual([]);

    // A minute on, the runner's mail job takes them (no SMTP here: kept as "skipped" for reading in the app),
    // and nothing else changes: the seat is taken and this period's expiry is done.
    const minuteOn = new Date(after.getTime() + 60_000);
    vi.stubEnv("MADANG_NOW", minuteOn.toISOString());
    await scheduleDueJobs(t.db, minuteOn);
    await runUntilIdle(t.db);
    expect(await t.db.$count(emailOutbox, eq(emailOutbox.status, "pending"))).toBe(0);
    expect(await t.db.$count(enrolments, eq(enrolments.status, "offered"))).toBe(1);
    expect(await t.db.$count(jobs, eq(jobs.status, "failed"))).toBe(0);
  });
});
