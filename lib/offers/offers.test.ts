// @truth characterisation of offers as they stand: two replacement paths, two expiries, and seats that
// a check outside the transaction (or without a lock) lets two people take at once.
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { applications, calls, emailOutbox, enrolments, reviews, seatReplacements, selectionSettings, tracks } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { raceBehindLocks } from "@/db/testing/locks";
import type { Actor } from "@/lib/auth/roles";
import { expireOffers as expireCallOffers, offerReplacement } from "@/lib/decisions/decision-commands";
import { loadDecisionState } from "@/lib/decisions/decision-state";
import { confirmOffer, expireOffers as expireCohortOffers } from "@/lib/participants/commands";
import { proposeSeatReplacement } from "@/lib/participants/replacement";
import { getCallContext } from "@/lib/review/call";
import { buildFixture, type Fixture } from "@/lib/review/test-fixture";

const DAY = 86_400_000;
type Status = "offered" | "declined" | "waitlisted" | "rejected" | "confirmed";

/**
 * A call whose decisions were sent: `statuses[i]` for applicant i, an enrolment for everyone offered,
 * confirmed or declined (offers expire `offerDays` from now; negative: already lapsed), `seats` seats.
 */
async function decidedCall(db: Database, statuses: Status[], seats: number, options: { normalise?: boolean; offerDays?: number } = {}) {
  const countries = ["KR", "VN", "TH", "IN", "PE", "JP", "MN", "KE", "CO", "FR"];
  const f = await buildFixture(db, statuses.map((_, i) => [countries[i]!, "woman"] as [string, "woman"]), "under_review");
  await db.update(calls).set({ balanceRules: { seats } }).where(eq(calls.id, f.callId));
  await db.insert(selectionSettings).values({ callId: f.callId, normalise: options.normalise ?? false });
  for (const [i, status] of statuses.entries()) await db.update(applications).set({ status }).where(eq(applications.id, f.apps[i]!.id));
  const expiresAt = new Date(Date.now() + (options.offerDays ?? 7) * DAY);
  const enrolled = statuses.flatMap((status, i) => (status === "offered" || status === "confirmed" || status === "declined" ? [{ status, i }] : []));
  const rows = await db
    .insert(enrolments)
    .values(enrolled.map(({ status, i }) => ({ cohortId: f.cohortId, userId: f.applicants[i]!.id, applicationId: f.apps[i]!.id, status, offerExpiresAt: expiresAt })))
    .returning({ id: enrolments.id, applicationId: enrolments.applicationId });
  const enrolmentOf = (i: number) => rows.find((r) => r.applicationId === f.apps[i]!.id)!.id;
  const applicant = (i: number): Actor => ({ userId: f.applicants[i]!.id, email: f.applicants[i]!.email, name: f.applicants[i]!.name, isAdmin: false, roles: [] });
  return { ...f, enrolmentOf, applicant };
}

/** Review totals on the rubric's 0–100 scale: both criteria get the same score s of 10. */
const review = (f: Fixture, reviewer: number, app: number, s: number) => ({
  reviewerId: f.reviewers[reviewer]!.userId,
  applicationId: f.apps[app]!.id,
  status: "submitted" as const,
  scores: { potential: s, motivation: s },
  submittedAt: new Date(),
});

/** Per-reviewer z-score of a total, computed here from scratch (population standard deviation). */
function zScore(total: number, reviewerTotals: number[]): number {
  const m = reviewerTotals.reduce((a, b) => a + b, 0) / reviewerTotals.length;
  const sd = Math.sqrt(reviewerTotals.reduce((a, b) => a + (b - m) ** 2, 0) / reviewerTotals.length);
  return (total - m) / sd;
}

describe.each(testDrivers())("offers on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("@truth the two replacement paths propose different people for the same freed seat", async () => {
    // 0 declined, 1 offered, 2 (X) and 3 (Y) waitlisted, 4 and 5 not selected. Reviewer 0 is lenient and
    // scored X lowest of the three they read; reviewer 1 is harsh and scored Y highest of theirs.
    const f = await decidedCall(t.db, ["declined", "offered", "waitlisted", "waitlisted", "rejected", "rejected"], 2, { normalise: true });
    await t.db.insert(reviews).values([review(f, 0, 0, 10), review(f, 0, 4, 10), review(f, 0, 2, 9), review(f, 1, 1, 3), review(f, 1, 5, 2), review(f, 1, 3, 6)]);
    const [x, y] = [f.apps[2]!.id, f.apps[3]!.id];
    // The call ranks by per-reviewer z-scores: Y stands above its reviewer's other work, X below.
    expect(zScore(60, [30, 20, 60])).toBeGreaterThan(zScore(90, [100, 100, 90]));

    const raw = await t.db.transaction((tx) => proposeSeatReplacement(tx, { enrolmentId: f.enrolmentOf(0), cohortId: f.cohortId, applicationId: f.apps[0]!.id }, f.manager.userId, new Date()));
    const state = await loadDecisionState(t.db, (await getCallContext(t.db, f.callId))!);
    // lib/participants ranks by a raw 0–10 mean (X: 9 beats Y: 6); lib/decisions by the call's normalised scores.
    expect(raw.applicationId).toBe(x);
    expect(state.replacements.map((r) => r.replacement?.id)).toEqual([y]);
  });

  it("@truth the two expiries differ: the cohort's emails and records a replacement, the call's does neither", async () => {
    const byCohort = await decidedCall(t.db, ["offered", "offered", "waitlisted"], 2, { offerDays: -1 });
    const byCall = await decidedCall(t.db, ["offered", "offered", "waitlisted"], 2, { offerDays: -1 });
    await t.db.insert(reviews).values([review(byCohort, 0, 2, 5), review(byCall, 0, 2, 5)]);
    const cohortResult = await expireCohortOffers(t.db, byCohort.manager, { cohortId: byCohort.cohortId });
    const callResult = await expireCallOffers(t.db, byCall.manager, { callId: byCall.callId });
    expect(cohortResult.expired).toHaveLength(2);
    expect(callResult.expired).toBe(2);

    const mailsAbout = async (f: typeof byCall) =>
      t.db.select({ id: emailOutbox.id }).from(emailOutbox).where(and(eq(emailOutbox.kind, "offer.expired"), inArray(emailOutbox.entityId, [f.enrolmentOf(0), f.enrolmentOf(1)])));
    const recordedFor = async (f: typeof byCall) => t.db.select({ id: seatReplacements.id }).from(seatReplacements).where(eq(seatReplacements.cohortId, f.cohortId));
    expect(await mailsAbout(byCohort)).toHaveLength(2);
    expect(await recordedFor(byCohort)).toHaveLength(2);
    expect(await mailsAbout(byCall)).toHaveLength(0);
    expect(await recordedFor(byCall)).toHaveLength(0);
  });
});

// Real concurrency needs the Postgres server (PGlite runs one transaction at a time).
describe.each(testDrivers().filter((d) => d === "postgres"))("seats under concurrency on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("@truth two replacement offers for one freed seat both succeed: five seats held for four", async () => {
    const f = await decidedCall(t.db, ["declined", "offered", "offered", "offered", "waitlisted", "waitlisted"], 4);
    const [a, b] = [f.apps[4]!, f.apps[5]!];
    const { outcomes, waitedTogether } = await raceBehindLocks(
      t.db,
      (tx) => tx.select({ id: applications.id }).from(applications).where(inArray(applications.id, [a.id, b.id])).for("update"),
      () => [a, b].map((c) => offerReplacement(t.db, f.manager, { callId: f.callId, applicationId: c.id, replacesId: f.apps[0]!.id })),
    );
    expect(waitedTogether).toBe(2);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "fulfilled"]);
    const held = await t.db.$count(enrolments, and(eq(enrolments.cohortId, f.cohortId), inArray(enrolments.status, ["offered", "confirmed"])));
    expect(held).toBe(5);
  });

  it("@truth two confirmations into the last place of a track both succeed", async () => {
    const f = await decidedCall(t.db, ["offered", "offered"], 2);
    const [track] = await t.db.insert(tracks).values({ cohortId: f.cohortId, title: "Publication", capacity: 1 }).returning();
    const onboarding = (i: number) => ({
      enrolmentId: f.enrolmentOf(i),
      trackId: track!.id,
      arrivalDate: "2027-08-28",
      departureDate: "2027-09-25",
      dietaryNeeds: "",
      visaLetter: false,
      passportName: "PERSON",
      sharing: { name: true, country: true, organisation: false, email: false },
    });
    const { outcomes, waitedTogether } = await raceBehindLocks(
      t.db,
      (tx) => tx.select({ id: applications.id }).from(applications).where(inArray(applications.id, [f.apps[0]!.id, f.apps[1]!.id])).for("update"),
      () => [0, 1].map((i) => confirmOffer(t.db, f.applicant(i), onboarding(i))),
    );
    expect(waitedTogether).toBe(2);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(await t.db.$count(enrolments, and(eq(enrolments.trackId, track!.id), eq(enrolments.status, "confirmed")))).toBe(2);
  });
});
