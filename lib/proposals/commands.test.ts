import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cohortParticipantSettings, programmeRoles, proposals, users } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { zodFieldErrors } from "@/lib/auth/action";
import { loadActor } from "@/lib/auth/actor";
import { DEFAULT_COMPLETION_RULE } from "@/lib/participants/completion";
import { NOW, participantFixture, type ParticipantFixture } from "@/lib/participants/testing";
import { addProposalAttachment, saveProposalDraft, submitProposal } from "./commands";
import { attachmentForDownload, getMyProposal, getProposalReview, listMyProposalReviews } from "./queries";
import { assignMentor, markOutstanding, scoreProposal } from "./review-commands";
import { EMPTY_PROPOSAL, saveProposalSchema, type ProposalContentValues } from "./schemas";
import { DEFAULT_PROPOSAL_TEMPLATE } from "./template";

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");
const complete: ProposalContentValues = {
  ...EMPTY_PROPOSAL,
  title: "Street magic for every neighbourhood",
  field: "Performing arts",
  summary: words(40),
  objectives: words(30),
  activities: [{ activity: "Pilot shows", start: "2027-11", end: "2028-02" }],
  budget: [
    { item: "Venue", amount: "1200.50", currency: "USD" },
    { item: "Props", amount: "300", currency: "USD" },
    { item: "Printing", amount: "50000", currency: "KRW" },
  ],
  partners: words(10),
  outcomes: words(10),
  risks: words(10),
  shareWithAlumni: true,
};
const PDF = new TextEncoder().encode("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");

describe("proposal budget validation (the schema the form and the action share)", () => {
  it("rejects negative and non-numeric amounts with field errors on those cells", () => {
    const parsed = saveProposalSchema.safeParse({
      cohortId: "0b7d1c2e-3f40-4a5b-8c6d-7e8f90a1b2c3",
      version: 0,
      content: {
        ...complete,
        budget: [
          { item: "Venue", amount: "-5", currency: "USD" },
          { item: "Props", amount: "abc", currency: "USD" },
          { item: "Fine", amount: "10", currency: "usd" },
        ],
      },
    });
    expect(parsed.success).toBe(false);
    const errors = zodFieldErrors(parsed.error!);
    expect(errors["content.budget.0.amount"]).toEqual(["An amount cannot be negative."]);
    expect(errors["content.budget.1.amount"]).toEqual(["Enter the amount as a number, like 1200 or 1200.50."]);
    expect(errors["content.budget.2.amount"]).toBeUndefined();
  });
});

describe.each(testDrivers())("proposals on %s", (driver) => {
  let t: TestDatabase;
  let f: ParticipantFixture;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    f = await participantFixture(t.db);
    await t.db.insert(cohortParticipantSettings).values({
      cohortId: f.cohortId,
      completionRule: DEFAULT_COMPLETION_RULE,
      proposalTemplate: DEFAULT_PROPOSAL_TEMPLATE,
      proposalDeadline: new Date(NOW.getTime() + 86_400_000),
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("keeps drafts across saves, computes totals on the server and refuses a stale save", async () => {
    const p1 = await f.actor("p1");
    const first = await saveProposalDraft(
      t.db,
      p1,
      { cohortId: f.cohortId, version: 0, content: { ...EMPTY_PROPOSAL, title: "Draft title" } },
      NOW,
    );
    expect(first).toMatchObject({ version: 1, status: "draft", totals: [] });
    const second = await saveProposalDraft(t.db, p1, { cohortId: f.cohortId, version: 1, content: complete }, NOW);
    expect(second.version).toBe(2);
    expect(second.totals.map((x) => [x.currency, x.minor])).toEqual([
      ["USD", 150050],
      ["KRW", 5000000],
    ]);
    await expect(
      saveProposalDraft(
        t.db,
        p1,
        { cohortId: f.cohortId, version: 1, content: { ...complete, title: "Old tab" } },
        NOW,
      ),
    ).rejects.toMatchObject({ code: "stale" });
    const mine = await getMyProposal(t.db, p1.userId, f.cohortId);
    expect(mine?.content.title).toBe(complete.title);
    expect(mine?.totals.map((x) => x.formatted)).toEqual(["$1,500.50", "₩50,000.00"]);
  });

  it("refuses an incomplete submission with field errors and a late one", async () => {
    const p2 = await f.actor("p2");
    await saveProposalDraft(
      t.db,
      p2,
      {
        cohortId: f.cohortId,
        version: 0,
        content: { ...complete, summary: words(301), budget: [{ item: "", amount: "5", currency: "USD" }] },
      },
      NOW,
    );
    const error = await submitProposal(
      t.db,
      p2,
      {
        cohortId: f.cohortId,
        version: 1,
        content: { ...complete, summary: words(301), budget: [{ item: "", amount: "5", currency: "USD" }] },
      },
      NOW,
    ).catch((e) => e);
    expect(error).toMatchObject({
      code: "validation",
      fieldErrors: {
        summary: ["301 words: the limit is 300. Shorten it before you submit."],
        "budget.0.item": ["Name the item."],
      },
    });
    await expect(
      submitProposal(
        t.db,
        p2,
        { cohortId: f.cohortId, version: 1, content: complete },
        new Date(NOW.getTime() + 2 * 86_400_000),
      ),
    ).rejects.toMatchObject({ code: "deadline" });
  });

  it("lets only confirmed participants write, each only their own", async () => {
    await expect(
      saveProposalDraft(t.db, await f.actor("w1"), { cohortId: f.cohortId, version: 0, content: complete }, NOW),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("submits, then shows the proposal to its assigned mentor only, scores it with the rubric and marks it outstanding", async () => {
    const p1 = await f.actor("p1");
    await addProposalAttachment(t.db, p1, { cohortId: f.cohortId, fileName: "plan.pdf", bytes: PDF });
    await expect(
      addProposalAttachment(t.db, p1, {
        cohortId: f.cohortId,
        fileName: "fake.pdf",
        bytes: new TextEncoder().encode("<html>not a pdf</html>"),
      }),
    ).rejects.toMatchObject({ code: "validation" });
    const submitted = await submitProposal(t.db, p1, { cohortId: f.cohortId, version: 2, content: complete }, NOW);
    expect(submitted.status).toBe("submitted");
    await expect(
      saveProposalDraft(t.db, p1, { cohortId: f.cohortId, version: 3, content: complete }, NOW),
    ).rejects.toMatchObject({ code: "conflict" });

    // A second mentor exists in the programme but is not assigned.
    const [other] = await t.db.insert(users).values({ email: "mentor2@example.org", name: "MENTOR2" }).returning();
    await t.db.insert(programmeRoles).values({ programmeId: f.programmeId, userId: other!.id, role: "mentor" });
    const manager = await f.actor("manager");
    await expect(
      assignMentor(t.db, manager, { proposalId: submitted.proposalId, mentorId: f.userId("p2") }),
    ).rejects.toMatchObject({ fieldErrors: { mentorId: expect.any(Array) } });
    const { reviewId } = await assignMentor(t.db, manager, {
      proposalId: submitted.proposalId,
      mentorId: f.userId("mentor"),
    });

    const mentor = await f.actor("mentor");
    const otherMentor = (await loadActor(t.db, other!.id))!;
    expect((await listMyProposalReviews(t.db, mentor.userId)).map((r) => r.reviewId)).toEqual([reviewId]);
    expect(await listMyProposalReviews(t.db, otherMentor.userId)).toEqual([]);
    expect(await getProposalReview(t.db, otherMentor.userId, reviewId)).toBeNull();
    await expect(
      scoreProposal(t.db, otherMentor, { reviewId, version: 1, submit: true, comment: "x", scores: {} }, NOW),
    ).rejects.toMatchObject({ code: "not_found" });

    const review = await getProposalReview(t.db, mentor.userId, reviewId);
    expect(review?.attachments).toHaveLength(1);
    // Attachments: the author, the assigned mentor and staff; not another participant nor an unassigned mentor.
    const attachmentId = review!.attachments[0]!.id;
    await expect(attachmentForDownload(t.db, mentor, attachmentId)).resolves.toMatchObject({ fileName: "plan.pdf" });
    await expect(attachmentForDownload(t.db, manager, attachmentId)).resolves.toMatchObject({
      mimeType: "application/pdf",
    });
    await expect(attachmentForDownload(t.db, await f.actor("p2"), attachmentId)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(attachmentForDownload(t.db, otherMentor, attachmentId)).rejects.toMatchObject({ code: "not_found" });

    await expect(
      scoreProposal(
        t.db,
        mentor,
        { reviewId, version: 1, submit: true, comment: "", scores: { relevance: "11", feasibility: "x" } },
        NOW,
      ),
    ).rejects.toMatchObject({
      fieldErrors: {
        "scores.relevance": ["A whole number from 0 to 10."],
        "scores.feasibility": ["A whole number from 0 to 10."],
        "scores.impact": [expect.stringMatching(/^Score Expected outcomes.* before you submit\.$/)],
        comment: expect.any(Array),
      },
    });
    await scoreProposal(
      t.db,
      mentor,
      {
        reviewId,
        version: 1,
        submit: true,
        comment: "Clear and feasible.",
        scores: { relevance: "8", feasibility: "9", impact: "7" },
      },
      NOW,
    );
    const [afterReview] = await t.db
      .select({ status: proposals.status })
      .from(proposals)
      .where(eq(proposals.id, submitted.proposalId));
    expect(afterReview?.status).toBe("reviewed");
    expect((await getMyProposal(t.db, p1.userId, f.cohortId))?.feedback).toEqual([
      { comment: "Clear and feasible.", score: 8.1 },
    ]);

    await expect(
      markOutstanding(t.db, mentor, {
        proposalId: submitted.proposalId,
        outstanding: true,
        presentationSessionId: f.sessions.forum,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      markOutstanding(t.db, manager, {
        proposalId: submitted.proposalId,
        outstanding: true,
        presentationSessionId: null,
      }),
    ).rejects.toMatchObject({ code: "validation" });
    await markOutstanding(t.db, manager, {
      proposalId: submitted.proposalId,
      outstanding: true,
      presentationSessionId: f.sessions.forum,
    });
    const [marked] = await t.db
      .select({ isOutstanding: proposals.isOutstanding, session: proposals.presentationSessionId })
      .from(proposals)
      .where(eq(proposals.id, submitted.proposalId));
    expect(marked).toEqual({ isOutstanding: true, session: f.sessions.forum });
  });
});
