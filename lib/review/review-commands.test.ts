import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationEvents, reviews } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { getCallContext } from "./call";
import { assignReviewers, reassignReview, saveReviewSettings } from "./assignment-commands";
import { getMyReview, listMyReviews } from "./queries";
import { loadScoredApplications } from "./ranking";
import { declareConflict, saveReviewDraft, submitReview } from "./score-commands";
import { buildFixture, RUBRIC, statusOf, type Fixture } from "./test-fixture";

describe.each(testDrivers())("review commands on %s", (driver) => {
  let t: TestDatabase;
  let f: Fixture;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    f = await buildFixture(t.db, [
      ["VN", "woman"],
      ["TH", "man"],
      ["IN", "woman"],
      ["KR", "man"],
      ["PE", "woman"],
      ["JP", "man"],
    ]);
  });
  afterAll(async () => {
    await t?.close();
  });

  const settings = (over: Record<string, unknown> = {}) => ({
    callId: f.callId,
    callVersion: 1,
    settingsVersion: 0,
    reviewersPerApplication: 2,
    anonymised: true,
    normalise: false,
    avoidSameCountry: true,
    aggregation: "mean" as const,
    offerDays: 14,
    rubric: RUBRIC.map((c) => ({ ...c, step: 1 })),
    ...over,
  });

  it("saves the settings once, then refuses the stale version, and refuses other programmes' staff", async () => {
    await expect(saveReviewSettings(t.db, f.manager, settings())).resolves.toEqual({
      callVersion: 2,
      settingsVersion: 1,
    });
    await expect(saveReviewSettings(t.db, f.manager, settings())).rejects.toMatchObject({ code: "stale" });
    await expect(
      saveReviewSettings(t.db, f.reviewers[0]!, settings({ callVersion: 2, settingsVersion: 1 })),
    ).rejects.toMatchObject({ code: "not_found" });
    const call = await getCallContext(t.db, f.callId);
    expect(call?.settings).toMatchObject({ anonymised: true, avoidSameCountry: true, version: 1 });
  });

  it("assigns two reviewers to each application, evenly, never one from the applicant's organisation or country", async () => {
    await expect(assignReviewers(t.db, f.manager, { callId: f.callId })).resolves.toMatchObject({
      assigned: 12,
      applications: 6,
      short: 0,
    });
    const rows = await t.db
      .select({ reviewerId: reviews.reviewerId, applicationId: reviews.applicationId })
      .from(reviews);
    const load = new Map<string, number>();
    for (const r of rows) load.set(r.reviewerId, (load.get(r.reviewerId) ?? 0) + 1);
    expect([...load.values()].sort()).toEqual([4, 4, 4]);
    // Applicant 0 works at the Hanoi Opera (reviewer 0's organisation) and is Vietnamese (reviewer 0 too).
    expect(rows.filter((r) => r.applicationId === f.apps[0]!.id).map((r) => r.reviewerId)).not.toContain(
      f.reviewers[0]!.userId,
    );
    // Applicant 4 is Peruvian like reviewer 2.
    expect(rows.filter((r) => r.applicationId === f.apps[4]!.id).map((r) => r.reviewerId)).not.toContain(
      f.reviewers[2]!.userId,
    );
    expect(await statusOf(t.db, f.apps[0]!.id)).toBe("under_review");
    const events = await t.db
      .select()
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, f.apps[0]!.id));
    expect(events).toMatchObject([{ fromStatus: "submitted", toStatus: "under_review", actorId: f.manager.userId }]);
    // Running it again adds nobody.
    await expect(assignReviewers(t.db, f.manager, { callId: f.callId })).resolves.toMatchObject({ assigned: 0 });
  });

  it("shows a reviewer only their own applications, and in an anonymised call never the name", async () => {
    const reviewer = f.reviewers[1]!;
    const queue = await listMyReviews(t.db, reviewer, {});
    expect(queue.items.length).toBe(4);
    for (const item of queue.items) expect(item.name).toBeNull();
    const mine = queue.items[0]!.applicationId;
    const view = await getMyReview(t.db, reviewer, mine);
    expect(JSON.stringify(view)).not.toMatch(/Applicant\d|Person\d|@example\.org|Org \d/);
    expect(view?.answers[0]?.value).toContain("[withheld]");
    const notMine = f.apps.find((a) => !queue.items.some((i) => i.applicationId === a.id))!;
    expect(await getMyReview(t.db, reviewer, notMine.id)).toBeNull();
    await expect(
      saveReviewDraft(t.db, reviewer, { applicationId: notMine.id, scores: { potential: 5 }, comment: "", version: 1 }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      saveReviewDraft(t.db, f.outsider, { applicationId: mine, scores: { potential: 5 }, comment: "", version: 1 }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("saves a draft with a version check, refuses an incomplete submit, submits, then refuses changes", async () => {
    const reviewer = f.reviewers[1]!;
    const [first] = (await listMyReviews(t.db, reviewer, {})).items;
    const id = first!.applicationId;
    const draft = await saveReviewDraft(t.db, reviewer, {
      applicationId: id,
      scores: { potential: 7, motivation: null },
      comment: "Promising",
      version: 1,
    });
    expect(draft).toMatchObject({ version: 2, status: "draft" });
    await expect(
      saveReviewDraft(t.db, reviewer, { applicationId: id, scores: { potential: 8 }, comment: "", version: 1 }),
    ).rejects.toMatchObject({ code: "stale" });
    await expect(
      submitReview(t.db, reviewer, {
        applicationId: id,
        scores: { potential: 7, motivation: null },
        comment: "",
        version: 2,
      }),
    ).rejects.toMatchObject({ code: "validation" });
    await expect(
      submitReview(t.db, reviewer, {
        applicationId: id,
        scores: { potential: 7, motivation: 11 },
        comment: "",
        version: 2,
      }),
    ).rejects.toMatchObject({
      code: "validation",
      fieldErrors: { "scores.motivation": ["A whole number from 0 to 10."] },
    });
    await expect(
      submitReview(t.db, reviewer, {
        applicationId: id,
        scores: { potential: 7, motivation: 9 },
        comment: "Good",
        version: 2,
      }),
    ).resolves.toMatchObject({ status: "submitted" });
    await expect(
      saveReviewDraft(t.db, reviewer, { applicationId: id, scores: { potential: 1 }, comment: "", version: 3 }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("hides the other reviewer's scores until the reviewer has submitted their own", async () => {
    const [a, b] = f.reviewers.filter((r) => r !== f.reviewers[1]);
    const queueA = (await listMyReviews(t.db, a!, {})).items.map((i) => i.applicationId);
    const queueB = (await listMyReviews(t.db, b!, {})).items.map((i) => i.applicationId);
    const both = queueA.find((id) => queueB.includes(id))!;
    await submitReview(t.db, a!, {
      applicationId: both,
      scores: { potential: 9, motivation: 9 },
      comment: "",
      version: 1,
    });
    expect((await getMyReview(t.db, b!, both))?.others).toEqual([]);
    await submitReview(t.db, b!, {
      applicationId: both,
      scores: { potential: 3, motivation: 4 },
      comment: "",
      version: 1,
    });
    expect((await getMyReview(t.db, b!, both))?.others).toEqual([
      { label: "Reviewer 2", scores: { potential: 9, motivation: 9 }, comment: "" },
    ]);
  });

  it("a declared conflict leaves the queue, and a new assignment fills the place with another reviewer", async () => {
    const reviewer = f.reviewers[2]!;
    const open = (await listMyReviews(t.db, reviewer, { status: "open" })).items;
    const target = open[0]!.applicationId;
    await declareConflict(t.db, reviewer, {
      applicationId: target,
      reason: "We co-authored a report in 2025.",
      version: 1,
    });
    expect((await listMyReviews(t.db, reviewer, {})).items.map((i) => i.applicationId)).not.toContain(target);
    expect(await getMyReview(t.db, reviewer, target)).toBeNull();
    await assignReviewers(t.db, f.manager, { callId: f.callId });
    const onIt = await t.db
      .select({ reviewerId: reviews.reviewerId, status: reviews.status })
      .from(reviews)
      .where(eq(reviews.applicationId, target));
    expect(onIt.filter((r) => r.status !== "conflict").length).toBeLessThanOrEqual(2);
    expect(onIt.find((r) => r.reviewerId === reviewer.userId)?.status).toBe("conflict");
  });

  it("reassigns an open review to a free reviewer, but not to one from the applicant's country", async () => {
    const onApp = async (i: number) => t.db.select().from(reviews).where(eq(reviews.applicationId, f.apps[i]!.id));
    const peruvian = (await onApp(4)).find((r) => r.status === "assigned")!;
    await expect(
      reassignReview(t.db, f.manager, {
        reviewId: peruvian.id,
        reviewerId: f.reviewers[2]!.userId,
        version: peruvian.version,
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    const korean = await onApp(3);
    const open = korean.find((r) => r.status === "assigned")!;
    const free = f.reviewers.find((r) => !korean.some((k) => k.reviewerId === r.userId))!;
    await expect(
      reassignReview(t.db, f.manager, { reviewId: open.id, reviewerId: free.userId, version: open.version }),
    ).resolves.toEqual({ version: open.version + 1 });
    await expect(
      reassignReview(t.db, f.reviewers[0]!, {
        reviewId: open.id,
        reviewerId: open.reviewerId,
        version: open.version + 1,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("ranks the call from the submitted reviews", async () => {
    const call = await getCallContext(t.db, f.callId);
    const ranked = await loadScoredApplications(t.db, call!);
    expect(ranked).toHaveLength(6);
    expect(ranked[0]!.raw).not.toBeNull();
    expect(ranked.filter((r) => r.reviews > 0).length).toBeGreaterThanOrEqual(2);
  });
});
