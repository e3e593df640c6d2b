import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { proposalAttachments, proposals } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { raceBehindLocks } from "@/db/testing/locks";
import { NOW, participantFixture } from "@/lib/participants/testing";
import { addProposalAttachment, MAX_ATTACHMENTS, saveProposalDraft } from "./commands";
import { EMPTY_PROPOSAL } from "./schemas";

const PDF = new TextEncoder().encode("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");

describe.each(testDrivers())("proposal attachments on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("@truth takes attachments up to the limit, then refuses the next with a sentence", async () => {
    const f = await participantFixture(t.db);
    const p1 = await f.actor("p1");
    const { proposalId } = await saveProposalDraft(
      t.db,
      p1,
      { cohortId: f.cohortId, version: 0, content: { ...EMPTY_PROPOSAL, title: "Draft" } },
      NOW,
    );
    for (let i = 0; i < MAX_ATTACHMENTS; i++)
      await addProposalAttachment(t.db, p1, { cohortId: f.cohortId, fileName: `part-${i}.pdf`, bytes: PDF });
    await expect(
      addProposalAttachment(t.db, p1, { cohortId: f.cohortId, fileName: "one-more.pdf", bytes: PDF }),
    ).rejects.toMatchObject({
      code: "conflict",
      message: `A proposal can have at most ${MAX_ATTACHMENTS} attachments. Remove one first.`,
    });
    expect(await t.db.$count(proposalAttachments, eq(proposalAttachments.proposalId, proposalId))).toBe(
      MAX_ATTACHMENTS,
    );
  });
});

// Real concurrency needs the Postgres server (PGlite runs one transaction at a time).
describe.each(testDrivers().filter((d) => d === "postgres"))(
  "proposal attachments under concurrency on %s",
  (driver) => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await openTestDatabase(driver);
    });
    afterAll(async () => {
      await t?.close();
    });

    it("@truth two attachments racing for the last place: one lands, the other is refused with the limit", async () => {
      const f = await participantFixture(t.db);
      const p1 = await f.actor("p1");
      const { proposalId } = await saveProposalDraft(
        t.db,
        p1,
        { cohortId: f.cohortId, version: 0, content: { ...EMPTY_PROPOSAL, title: "Draft" } },
        NOW,
      );
      for (let i = 1; i < MAX_ATTACHMENTS; i++)
        await addProposalAttachment(t.db, p1, { cohortId: f.cohortId, fileName: `part-${i}.pdf`, bytes: PDF });
      const { outcomes, waitedTogether } = await raceBehindLocks(
        t.db,
        (tx) => tx.select({ id: proposals.id }).from(proposals).where(eq(proposals.id, proposalId)).for("update"),
        () =>
          ["a.pdf", "b.pdf"].map((fileName) =>
            addProposalAttachment(t.db, p1, { cohortId: f.cohortId, fileName, bytes: PDF }),
          ),
      );
      expect(waitedTogether).toBe(2);
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({
        reason: { code: "conflict", message: expect.stringContaining(`at most ${MAX_ATTACHMENTS} attachments`) },
      });
      expect(await t.db.$count(proposalAttachments, eq(proposalAttachments.proposalId, proposalId))).toBe(
        MAX_ATTACHMENTS,
      );
    });
  },
);
