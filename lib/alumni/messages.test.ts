import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alumniMessages, emailOutbox, users } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import type { Actor } from "@/lib/auth/roles";
import { MESSAGES_PER_DAY, reportConcern, resolveReport, sendMessage, setBlock } from "./message-commands";
import { getThread, listConversations, listReports } from "./message-queries";
import { makeNetwork } from "./test-fixtures";

describe.each(testDrivers())("messages on %s", (driver) => {
  let t: TestDatabase;
  let a: Actor;
  let b: Actor;
  let c: Actor;
  let applicant: Actor;
  let admin: Actor;

  beforeAll(async () => {
    t = await openTestDatabase(driver);
    const n = await makeNetwork(t.db);
    a = await n.person({ name: "Aigerim", profile: { contactEmail: "aigerim-contact@example.org" } });
    b = await n.person({ name: "Lan", alumnusOf: "other" });
    c = await n.person({ name: "Chen" });
    applicant = await n.person({ name: "Nadia", alumnusOf: null });
    admin = await n.person({ name: "Admin", alumnusOf: null, isAdmin: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("reaches the recipient's outbox with no address of the sender", async () => {
    await sendMessage(t.db, b, { recipientId: a.userId, body: "Hello from Hanoi! Shall we meet at the festival?" });
    const mail = await t.db.select().from(emailOutbox).where(eq(emailOutbox.toUserId, a.userId));
    expect(mail).toHaveLength(1);
    expect(mail[0]?.toAddress).toBe(a.email);
    expect(mail[0]?.bodyText).toContain("Hello from Hanoi!");
    expect(mail[0]?.bodyText).not.toContain(b.email);
    expect(mail[0]?.bodyText).toContain(`/alumni/messages/${b.userId}`);
    const thread = await getThread(t.db, a.userId, b.userId);
    expect(thread?.messages.map((m) => m.body)).toEqual(["Hello from Hanoi! Shall we meet at the festival?"]);
    expect(JSON.stringify(thread)).not.toContain("@example.org");
    expect((await listConversations(t.db, a.userId)).map((c) => c.otherName)).toEqual(["Lan"]);
  });

  it("refuses after a block, both ways, until unblocked", async () => {
    await setBlock(t.db, a, { userId: b.userId, blocked: true });
    await expect(sendMessage(t.db, b, { recipientId: a.userId, body: "Are you there?" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(sendMessage(t.db, a, { recipientId: b.userId, body: "Sorry" })).rejects.toMatchObject({
      code: "forbidden",
    });
    expect((await getThread(t.db, b.userId, a.userId))?.blockedMe).toBe(true);
    await setBlock(t.db, a, { userId: b.userId, blocked: false });
    await expect(sendMessage(t.db, b, { recipientId: a.userId, body: "Are you there?" })).resolves.toHaveProperty(
      "messageId",
    );
  });

  it(`allows ${MESSAGES_PER_DAY} messages a day per sender, then refuses`, async () => {
    const now = new Date("2030-01-01T12:00:00Z");
    for (let i = 0; i < MESSAGES_PER_DAY; i++)
      await sendMessage(t.db, c, { recipientId: a.userId, body: `Message ${i}` }, now);
    await expect(sendMessage(t.db, c, { recipientId: b.userId, body: "One more" }, now)).rejects.toMatchObject({
      code: "rate_limited",
    });
    const tomorrow = new Date(now.getTime() + 24 * 3600_000 + 1000);
    await expect(sendMessage(t.db, c, { recipientId: b.userId, body: "A new day" }, tomorrow)).resolves.toHaveProperty(
      "messageId",
    );
  });

  it("only alumni message, only alumni receive, and nobody messages themself", async () => {
    await expect(sendMessage(t.db, applicant, { recipientId: a.userId, body: "Hi" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(sendMessage(t.db, a, { recipientId: applicant.userId, body: "Hi" })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(sendMessage(t.db, a, { recipientId: a.userId, body: "Hi" })).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("reports a received message to staff, who resolve it once", async () => {
    const [message] = await t.db
      .select({ id: alumniMessages.id })
      .from(alumniMessages)
      .where(eq(alumniMessages.senderId, b.userId))
      .limit(1);
    await expect(reportConcern(t.db, c, { messageId: message!.id, reason: "Not my message" })).rejects.toMatchObject({
      code: "not_found",
    });
    const { reportId } = await reportConcern(t.db, a, { messageId: message!.id, reason: "Unwanted contact" });
    const open = await listReports(t.db, { status: "open" });
    expect(open.map((r) => [r.reportedName, r.reporterName])).toEqual([["Lan", "Aigerim"]]);
    await expect(resolveReport(t.db, a, { reportId })).rejects.toMatchObject({ code: "forbidden" });
    await resolveReport(t.db, admin, { reportId });
    await expect(resolveReport(t.db, admin, { reportId })).rejects.toMatchObject({ code: "stale" });
  });

  it("never selects an address into a conversation", async () => {
    const [row] = await t.db.select({ email: users.email }).from(users).where(eq(users.id, b.userId));
    const conversations = JSON.stringify(await listConversations(t.db, a.userId));
    expect(conversations).not.toContain(row!.email);
  });
});
