import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { enqueueEmails } from "./outbox";
import { sendPendingEmails, type MailTransport } from "./sender";

describe.each(testDrivers())("sending the outbox on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("sends pending messages once, records failures, and marks them skipped without SMTP", async () => {
    await enqueueEmails(t.db, [
      { to: "a@example.org", subject: "One", text: "1", kind: "test" },
      { to: "bounce@example.org", subject: "Two", text: "2", kind: "test" },
    ]);
    const delivered: string[] = [];
    const transport: MailTransport = {
      async sendMail(message) {
        if (message.to.startsWith("bounce")) throw new Error("550 mailbox unavailable");
        delivered.push(`${message.from} → ${message.to}: ${message.subject}`);
      },
    };
    expect(await sendPendingEmails(t.db, transport, { from: "Madang <x@madang.test>" })).toEqual({
      sent: 1,
      failed: 1,
      skipped: 0,
    });
    expect(delivered).toEqual(["Madang <x@madang.test> → a@example.org: One"]);
    expect(await sendPendingEmails(t.db, transport, { from: "x" })).toEqual({ sent: 0, failed: 0, skipped: 0 });
    const [failed] = await t.db
      .select({ error: emailOutbox.error })
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, "bounce@example.org"));
    expect(failed?.error).toBe("550 mailbox unavailable");

    await enqueueEmails(t.db, [{ to: "c@example.org", subject: "Three", text: "3", kind: "test" }]);
    expect(await sendPendingEmails(t.db, null, { from: "x" })).toEqual({ sent: 0, failed: 0, skipped: 1 });
  });
});
