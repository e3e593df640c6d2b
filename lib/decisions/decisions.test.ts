import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationEvents, applications, emailOutbox, enrolments, reviews, selectionRuns } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { getCallContext } from "@/lib/review/call";
import { buildFixture, statusOf, type Fixture } from "@/lib/review/test-fixture";
import { offerReplacement, recordDecline } from "@/lib/offers/commands";
import { saveLetterTemplates, sendDecisions } from "./decision-commands";
import { loadDecisionState } from "@/lib/offers/seats";
import { defaultLetter } from "@/lib/offers/letter-texts";
import { decideRun, runSuggestion, saveBalanceRules, saveShortlist } from "./selection-commands";
import { canMove, moveApplications } from "@/lib/applications/state";
import { now } from "@/lib/time/clock";

// 12 applicants: the best four are all men from KR, so the plain top four would break both rules.
const POOL: [string, "woman" | "man"][] = [
  ["KR", "man"],
  ["KR", "man"],
  ["KR", "man"],
  ["KR", "man"],
  ["VN", "woman"],
  ["TH", "woman"],
  ["IN", "man"],
  ["PE", "woman"],
  ["JP", "woman"],
  ["MN", "man"],
  ["VN", "man"],
  ["TH", "man"],
];

const form = (f: Fixture, over: Record<string, unknown> = {}) => ({
  callId: f.callId,
  callVersion: 1,
  seats: "4",
  seatsPerTrack: {},
  genderMin: "50",
  genderMax: "50",
  maxPerCountry: "1",
  minCountries: "",
  regionMin: {},
  regionMax: {},
  delegationCountries: "",
  delegationSize: "",
  pinnedIn: "",
  pinnedOut: "",
  ...over,
});

describe("the state machine", () => {
  it("allows the documented path and refuses shortcuts and moves out of final states", () => {
    for (const [from, to] of [
      ["draft", "submitted"],
      ["submitted", "under_review"],
      ["under_review", "shortlisted"],
      ["shortlisted", "offered"],
      ["offered", "confirmed"],
      ["offered", "declined"],
      ["waitlisted", "offered"],
    ] as const)
      expect(canMove(from, to)).toBe(true);
    for (const [from, to] of [
      ["draft", "offered"],
      ["submitted", "offered"],
      ["under_review", "confirmed"],
      ["rejected", "offered"],
      ["declined", "offered"],
      ["withdrawn", "submitted"],
    ] as const)
      expect(canMove(from, to)).toBe(false);
  });
});

describe.each(testDrivers())("selection and decisions on %s", (driver) => {
  let t: TestDatabase;
  let f: Fixture;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    f = await buildFixture(t.db, POOL, "under_review");
    // One reviewer scored everyone: 12 for the first, then one less each.
    await t.db.insert(reviews).values(
      f.apps.map((a, i) => ({
        reviewerId: f.reviewers[0]!.userId,
        applicationId: a.id,
        status: "submitted" as const,
        scores: { potential: 10 - Math.floor(i / 2), motivation: 10 - Math.ceil(i / 2) },
        submittedAt: new Date(),
      })),
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  it("refuses an illegal move and records who, when and why for a legal one", async () => {
    await expect(
      t.db.transaction((tx) =>
        moveApplications(tx, f.manager.userId, [{ applicationId: f.apps[0]!.id, to: "offered", reason: "skip" }]),
      ),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await statusOf(t.db, f.apps[0]!.id)).toBe("under_review");
    await expect(
      t.db.transaction((tx) =>
        moveApplications(tx, f.manager.userId, [
          { applicationId: f.apps[0]!.id, from: "submitted", to: "shortlisted", reason: "x" },
        ]),
      ),
    ).rejects.toMatchObject({ code: "stale" });
  });

  it("stores balance rules with pins given as references, and refuses unknown references", async () => {
    await expect(saveBalanceRules(t.db, f.manager, form(f, { pinnedOut: "nope-1" }))).rejects.toMatchObject({
      code: "validation",
      fieldErrors: { pinnedOut: ["Unknown: NOPE-1."] },
    });
    await expect(
      saveBalanceRules(t.db, f.manager, form(f, { pinnedOut: f.apps[11]!.reference.toLowerCase() })),
    ).resolves.toEqual({ callVersion: 2 });
    const call = await getCallContext(t.db, f.callId);
    expect(call?.rules).toEqual({
      seats: 4,
      genderBand: { min: 0.5, max: 0.5 },
      maxPerCountry: 1,
      pinnedOut: [f.apps[11]!.id],
    });
    await expect(saveBalanceRules(t.db, f.reviewers[0]!, form(f, { callVersion: 2 }))).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("suggests a balanced selection with its seed and price, reproducibly, and accepting it shortlists with events", async () => {
    const first = await runSuggestion(t.db, f.manager, { callId: f.callId, seed: 42 });
    const again = await runSuggestion(t.db, f.manager, { callId: f.callId, seed: 42 });
    expect(first.chosenIds).toEqual(again.chosenIds);
    expect(first).toMatchObject({ seed: 42, feasible: true, violations: [] });
    expect(first.priceOfBalance).toBeGreaterThan(0);
    const chosen = await t.db
      .select({ country: applications.snapshotNationality, gender: applications.snapshotGender })
      .from(applications)
      .where(inArray(applications.id, first.chosenIds));
    expect(new Set(chosen.map((c) => c.country)).size).toBe(4);
    expect(chosen.filter((c) => c.gender === "woman")).toHaveLength(2);

    await expect(decideRun(t.db, f.manager, { runId: again.runId, decision: "discard" })).resolves.toMatchObject({
      decision: "discard",
    });
    await expect(decideRun(t.db, f.manager, { runId: first.runId, decision: "accept" })).resolves.toMatchObject({
      shortlisted: 4,
      moved: 4,
    });
    await expect(decideRun(t.db, f.manager, { runId: first.runId, decision: "accept" })).rejects.toMatchObject({
      code: "stale",
    });
    const [run] = await t.db.select().from(selectionRuns).where(eq(selectionRuns.id, first.runId));
    expect(run).toMatchObject({ status: "accepted", seed: 42, decidedBy: f.manager.userId });
    const events = await t.db
      .select()
      .from(applicationEvents)
      .where(
        and(inArray(applicationEvents.applicationId, first.chosenIds), eq(applicationEvents.toStatus, "shortlisted")),
      );
    expect(events).toHaveLength(4);
    expect(events[0]!.reason).toMatch(/seed 42/);
  });

  it("saves a hand-made shortlist: new choices in, the unchosen back to review", async () => {
    const state = await loadDecisionState(t.db, (await getCallContext(t.db, f.callId))!);
    const seated = state.seated.map((s) => s.id);
    const swapIn = state.waitlist[0]!.id;
    await expect(
      saveShortlist(t.db, f.manager, { callId: f.callId, chosenIds: [...seated.slice(1), swapIn] }),
    ).resolves.toMatchObject({ shortlisted: 4, moved: 2 });
    expect(await statusOf(t.db, seated[0]!)).toBe("under_review");
    await saveShortlist(t.db, f.manager, { callId: f.callId, chosenIds: seated });
    expect(await statusOf(t.db, swapIn)).toBe("under_review");
  });

  it("sends every decision in one batch after approval, with enrolments that expire and one letter each", async () => {
    await saveLetterTemplates(t.db, f.manager, {
      callId: f.callId,
      templates: (["offer", "waitlist", "reject"] as const).map((kind) => ({
        ...defaultLetter(kind, "en"),
        subject: `${kind}: {{reference}}`,
        version: 0,
      })),
    });
    await expect(
      sendDecisions(t.db, f.manager, { callId: f.callId, waitlistSize: 3, expectedOffers: 5, approved: true }),
    ).rejects.toMatchObject({ code: "stale" });
    const before = await t.db.$count(emailOutbox);
    await expect(
      sendDecisions(t.db, f.manager, { callId: f.callId, waitlistSize: 6, expectedOffers: 4, approved: true }),
    ).resolves.toEqual({ offered: 4, waitlisted: 6, rejected: 2, letters: 12 });
    expect((await t.db.$count(emailOutbox)) - before).toBe(12);
    const offers = await t.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "decision.offer"));
    expect(offers).toHaveLength(4);
    expect(offers[0]!.subject).toMatch(/^offer: T\d+-\d{4}$/);
    expect(offers[0]!.bodyText).toMatch(/by .*20\d\d/);
    const seats = await t.db.select().from(enrolments).where(eq(enrolments.cohortId, f.cohortId));
    expect(seats).toHaveLength(4);
    for (const s of seats) {
      expect(s.status).toBe("offered");
      expect(s.offerExpiresAt!.getTime()).toBeGreaterThan(now().getTime() + 13 * 86_400_000);
    }
    await expect(
      sendDecisions(t.db, f.manager, { callId: f.callId, waitlistSize: 3, expectedOffers: 4, approved: true }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("after a decline proposes the waitlisted replacement that keeps the rules met, and offers it", async () => {
    const call = (await getCallContext(t.db, f.callId))!;
    const before = await loadDecisionState(t.db, call);
    expect(before.rules.every((r) => r.status === "met")).toBe(true);
    const leaving = before.seated.find((s) => s.gender === "woman")!;
    await recordDecline(t.db, f.manager, {
      applicationId: leaving.id,
      kind: "declined",
      reason: "Cannot travel in July",
    });
    const after = await loadDecisionState(t.db, call);
    expect(after.replacements).toHaveLength(1);
    const proposal = after.replacements[0]!;
    expect(proposal.replacement?.gender).toBe("woman");
    expect(proposal.rules.every((r) => r.status === "met")).toBe(true);
    await expect(
      offerReplacement(t.db, f.reviewers[0]!, {
        callId: f.callId,
        applicationId: proposal.replacement!.id,
        replacesId: leaving.id,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      offerReplacement(t.db, f.manager, {
        callId: f.callId,
        applicationId: proposal.replacement!.id,
        replacesId: leaving.id,
      }),
    ).resolves.toEqual({ offered: proposal.replacement!.reference });
    const final = await loadDecisionState(t.db, call);
    expect(final.seated).toHaveLength(4);
    expect(final.rules.every((r) => r.status === "met")).toBe(true);
    expect(final.replacements).toEqual([]);
    const [event] = await t.db
      .select()
      .from(applicationEvents)
      .where(
        and(eq(applicationEvents.applicationId, proposal.replacement!.id), eq(applicationEvents.toStatus, "offered")),
      );
    expect(event?.reason).toContain(leaving.reference);
  });
});
