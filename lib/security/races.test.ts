// @security Races on the Postgres server with real concurrency: each pair of commands runs on separate
// connections at once (behind a lock where the race must be forced), the loser gets a typed error with a
// sentence, and nothing is lost, doubled or over capacity.
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import {
  applications,
  calls,
  emailOutbox,
  enrolments,
  proposals,
  reviews,
  selectionSettings,
  tracks,
} from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { raceBehindLocks } from "@/db/testing/locks";
import { importApplications } from "@/lib/applications/import";
import { makeManager } from "@/lib/applications/test-fixtures";
import type { Actor } from "@/lib/auth/roles";
import { sendDecisions } from "@/lib/decisions/decision-commands";
import { DomainError } from "@/lib/errors";
import { confirmOffer, expireOffers, offerReplacement, recordDecline } from "@/lib/offers/commands";
import { NOW, participantFixture } from "@/lib/participants/testing";
import { saveProposalDraft } from "@/lib/proposals/commands";
import { EMPTY_PROPOSAL } from "@/lib/proposals/schemas";
import { saveReviewDraft } from "@/lib/review/score-commands";
import { buildFixture } from "@/lib/review/test-fixture";
import { now } from "@/lib/time/clock";

const DAY = 86_400_000;
type Status = "shortlisted" | "under_review" | "offered" | "declined" | "waitlisted";

/** A call with `statuses[i]` for applicant i, an enrolment for each offer or decline (expiring `offerDays` from now), `seats` seats. */
async function call(db: Database, statuses: Status[], seats: number, offerDays = 7) {
  const f = await buildFixture(
    db,
    statuses.map((_, i) => [["KR", "VN", "TH", "IN", "PE", "JP"][i]!, "woman"] as [string, "woman"]),
    "under_review",
  );
  await db.update(calls).set({ balanceRules: { seats } }).where(eq(calls.id, f.callId));
  await db.insert(selectionSettings).values({ callId: f.callId, normalise: false });
  if (f.apps.length)
    await db.insert(reviews).values(
      f.apps.map((a, i) => ({
        reviewerId: f.reviewers[0]!.userId,
        applicationId: a.id,
        status: "submitted" as const,
        scores: { potential: 10 - i, motivation: 10 - i },
        submittedAt: now(),
      })),
    );
  for (const [i, status] of statuses.entries())
    await db.update(applications).set({ status }).where(eq(applications.id, f.apps[i]!.id));
  const held = statuses.flatMap((status, i) => (status === "offered" || status === "declined" ? [{ status, i }] : []));
  const rows = held.length
    ? await db
        .insert(enrolments)
        .values(
          held.map(({ status, i }) => ({
            cohortId: f.cohortId,
            userId: f.applicants[i]!.id,
            applicationId: f.apps[i]!.id,
            status,
            offerExpiresAt: new Date(now().getTime() + offerDays * DAY),
          })),
        )
        .returning({ id: enrolments.id, applicationId: enrolments.applicationId })
    : [];
  const applicant = (i: number): Actor => ({
    userId: f.applicants[i]!.id,
    email: f.applicants[i]!.email,
    name: f.applicants[i]!.name,
    isAdmin: false,
    roles: [],
  });
  const enrolmentOf = (i: number) => rows.find((r) => r.applicationId === f.apps[i]!.id)!.id;
  const admin = (n: number): Actor => ({ ...f.manager, userId: f.manager.userId, isAdmin: true, name: `Admin ${n}` });
  return { ...f, applicant, enrolmentOf, admin };
}

/** The one loser of a race of two: a typed domain error that says what happened in a sentence. */
function oneWinnerOneLoser<T>(outcomes: PromiseSettledResult<T>[]): DomainError {
  expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
  const lost = outcomes.find((o): o is PromiseRejectedResult => o.status === "rejected")!;
  expect(lost.reason).toBeInstanceOf(DomainError);
  const error = lost.reason as DomainError;
  expect(["conflict", "stale", "validation", "deadline"]).toContain(error.code);
  expect(error.message).toMatch(/^[A-Z].{15,}[.!]$/s);
  return error;
}

// Real concurrency needs the Postgres server (PGlite runs one transaction at a time).
describe.each(testDrivers().filter((d) => d === "postgres"))("races on %s @security", (driver) => {
  let t: TestDatabase;
  let run = 0;
  let losers = 0;
  const lost = (error: DomainError) => {
    run++;
    if (error.message) losers++;
  };
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    console.log(`races run=${run} losers_with_message=${losers}`);
    await t?.close();
  });

  it("two administrators send the same call's decisions at once: one batch of offers and letters, the other told it was sent", async () => {
    const f = await call(t.db, ["shortlisted", "shortlisted", "under_review", "under_review"], 2);
    const before = await t.db.$count(emailOutbox);
    const input = { callId: f.callId, waitlistSize: 1, expectedOffers: 2, approved: true as const };
    const { outcomes, waitedTogether } = await raceBehindLocks(
      t.db,
      (tx) => tx.select({ id: calls.id }).from(calls).where(eq(calls.id, f.callId)).for("update"),
      () => [sendDecisions(t.db, f.admin(1), input), sendDecisions(t.db, f.admin(2), input)],
    );
    expect(waitedTogether).toBe(2);
    const error = oneWinnerOneLoser(outcomes);
    expect(error.message).toMatch(/already been sent/);
    lost(error);
    expect(await t.db.$count(enrolments, eq(enrolments.cohortId, f.cohortId))).toBe(2);
    expect((await t.db.$count(emailOutbox)) - before).toBe(4);
  });

  it("two administrators record the same applicant's decline at once: one decline, one replacement proposed, the other told", async () => {
    const f = await call(t.db, ["offered", "offered", "waitlisted"], 2);
    const decline = (n: number) =>
      recordDecline(t.db, f.admin(n), { applicationId: f.apps[0]!.id, kind: "declined", reason: "" });
    const { outcomes } = await raceBehindLocks(
      t.db,
      (tx) => tx.select({ id: calls.id }).from(calls).where(eq(calls.id, f.callId)).for("update"),
      () => [decline(1), decline(2)],
    );
    lost(oneWinnerOneLoser(outcomes));
    expect(await t.db.$count(enrolments, eq(enrolments.status, "declined"))).toBeGreaterThanOrEqual(1);
    const [app] = await t.db.select().from(applications).where(eq(applications.id, f.apps[0]!.id));
    expect(app!.status).toBe("declined");
  });

  it("one reviewer saves the same review from two tabs at once: one save lands, the other is told to reload", async () => {
    const f = await call(t.db, ["under_review"], 1);
    const reviewer = f.reviewers[1]!;
    await t.db.insert(reviews).values({ reviewerId: reviewer.userId, applicationId: f.apps[0]!.id });
    const save = (s: number) =>
      saveReviewDraft(t.db, reviewer, {
        applicationId: f.apps[0]!.id,
        scores: { potential: s, motivation: s },
        comment: `tab ${s}`,
        version: 1,
      });
    const { outcomes } = await raceBehindLocks(
      t.db,
      (tx) => tx.select({ id: reviews.id }).from(reviews).where(eq(reviews.reviewerId, reviewer.userId)).for("update"),
      () => [save(3), save(7)],
    );
    lost(oneWinnerOneLoser(outcomes));
    const [row] = await t.db.select().from(reviews).where(eq(reviews.reviewerId, reviewer.userId));
    expect(row!.version).toBe(2);
    const winner = outcomes.findIndex((o) => o.status === "fulfilled");
    expect(row!.comment).toBe(`tab ${winner === 0 ? 3 : 7}`);
  });

  it("the last seat offered twice: one replacement gets it, the other is told the seat is taken", async () => {
    const f = await call(t.db, ["declined", "offered", "waitlisted", "waitlisted"], 2);
    const offer = (i: number) =>
      offerReplacement(t.db, f.admin(i), { callId: f.callId, applicationId: f.apps[i]!.id, replacesId: f.apps[0]!.id });
    const { outcomes } = await raceBehindLocks(
      t.db,
      (tx) =>
        tx
          .select({ id: applications.id })
          .from(applications)
          .where(inArray(applications.id, [f.apps[2]!.id, f.apps[3]!.id]))
          .for("update"),
      () => [offer(2), offer(3)],
    );
    lost(oneWinnerOneLoser(outcomes));
    expect(
      await t.db.$count(
        enrolments,
        and(eq(enrolments.cohortId, f.cohortId), inArray(enrolments.status, ["offered", "confirmed"])),
      ),
    ).toBe(2);
  });

  it("a confirmation racing the expiry of a lapsed offer: the offer ends one way, and the confirmation is told", async () => {
    const f = await call(t.db, ["offered", "waitlisted"], 1, -1 / 24);
    const [track] = await t.db.insert(tracks).values({ cohortId: f.cohortId, title: "Main", capacity: 5 }).returning();
    // The confirmation refuses a lapsed offer before it locks anything, so the two simply start together.
    const outcomes = await Promise.allSettled([
      confirmOffer(t.db, f.applicant(0), {
        enrolmentId: f.enrolmentOf(0),
        trackId: track!.id,
        arrivalDate: "2027-08-28",
        departureDate: "2027-09-25",
        dietaryNeeds: "",
        visaLetter: false,
        passportName: "",
        sharing: { name: true, country: true, organisation: false, email: false },
      }),
      expireOffers(t.db, f.admin(1), { callId: f.callId }),
    ]);
    const [confirm, expire] = outcomes;
    expect(expire!.status).toBe("fulfilled");
    expect(confirm!.status).toBe("rejected");
    const error = (confirm as PromiseRejectedResult).reason as DomainError;
    expect(error).toBeInstanceOf(DomainError);
    expect(error.message).toMatch(/expired|no longer|lapsed|passed/i);
    lost(error);
    const [enrolment] = await t.db
      .select()
      .from(enrolments)
      .where(eq(enrolments.id, f.enrolmentOf(0)));
    expect(enrolment!.status).toBe("declined");
    const [app] = await t.db.select().from(applications).where(eq(applications.id, f.apps[0]!.id));
    expect(app!.status).toBe("declined");
  });

  it("two tabs save the first draft of a proposal at once: one draft, the other told to reload, no text lost silently", async () => {
    const f = await participantFixture(t.db);
    const p1 = await f.actor("p1");
    const save = (title: string) =>
      saveProposalDraft(t.db, p1, { cohortId: f.cohortId, version: 0, content: { ...EMPTY_PROPOSAL, title } }, NOW);
    const { outcomes } = await raceBehindLocks(
      t.db,
      (tx) =>
        tx
          .select({ id: enrolments.id })
          .from(enrolments)
          .where(eq(enrolments.id, f.enrolmentId("p1")))
          .for("update"),
      () => [save("Tab one"), save("Tab two")],
    );
    lost(oneWinnerOneLoser(outcomes));
    const rows = await t.db
      .select()
      .from(proposals)
      .where(eq(proposals.enrolmentId, f.enrolmentId("p1")));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.title).toBe(outcomes[0]!.status === "fulfilled" ? "Tab one" : "Tab two");
  });

  it("two imports of the same file at once: its rows land once, the other import is refused with a sentence", async () => {
    const f = await call(t.db, [], 1);
    const manager = await makeManager(t.db, f.programmeId);
    const stamp = Date.now();
    const rows = [0, 1, 2].map((i) => [`same-file-${i}-${stamp}@example.org`, `Same File ${i}`, `SAME-${stamp}-${i}`]);
    const upload = () =>
      importApplications(t.db, manager, {
        callId: f.callId,
        fileName: "same.csv",
        rows,
        mapping: ["email", "name", "reference"],
      });
    const outcomes = await Promise.allSettled([upload(), upload()]);
    lost(oneWinnerOneLoser(outcomes));
    expect(await t.db.$count(applications, eq(applications.callId, f.callId))).toBe(3);
  });
});
