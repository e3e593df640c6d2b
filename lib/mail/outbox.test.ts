import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { bodyForStaff, enqueueEmails, redactSecrets } from "./outbox";
import { sendPendingEmails } from "./sender";

const TOKEN = "q2Xf8bYwV0kT3nR5mL7pA9sD1gH4jK6zC8vB0nM2xQ4";

describe("token links in the outbox", () => {
  it("hides every token of a link and nothing else", () => {
    const text = `Open http://localhost:3000/reset-password?token=${TOKEN} now.\nOr /claim?lang=en&token=${TOKEN}.\nReference CPI-2027-0042, /calls/abc?page=2`;
    const redacted = redactSecrets(text);
    expect(redacted).not.toContain(TOKEN);
    expect(redacted).toBe(
      "Open http://localhost:3000/reset-password?token=[hidden] now.\nOr /claim?lang=en&token=[hidden].\nReference CPI-2027-0042, /calls/abc?page=2",
    );
  });

  it("shows staff the link only for an unsent message on a machine with the development inbox", () => {
    const body = `/verify-email?token=${TOKEN}`;
    expect(bodyForStaff({ bodyText: body, status: "pending" }, false)).not.toContain(TOKEN);
    expect(bodyForStaff({ bodyText: body, status: "sent" }, true)).not.toContain(TOKEN);
    expect(bodyForStaff({ bodyText: body, status: "pending" }, true)).toContain(TOKEN);
  });
});

describe.each(testDrivers())("the outbox after sending on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("keeps no readable token once a message is sent, while the recipient got the whole link", async () => {
    await enqueueEmails(t.db, [
      {
        to: "reader@example.org",
        subject: "Reset",
        text: `https://madang.example/reset-password?token=${TOKEN}`,
        kind: "account.reset_password",
      },
    ]);
    const delivered: string[] = [];
    await sendPendingEmails(t.db, { sendMail: async (m) => delivered.push(m.text) }, { from: "x" });
    expect(delivered).toEqual([`https://madang.example/reset-password?token=${TOKEN}`]);
    const [row] = await t.db
      .select({ body: emailOutbox.bodyText })
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, "reader@example.org"));
    expect(row?.body).toBe("https://madang.example/reset-password?token=[hidden]");
  });
});
