import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import en from "../../messages/en.json";
import fr from "../../messages/fr.json";
import ko from "../../messages/ko.json";
import { bodyForStaff, enqueueEmails, momentIn, redactSecrets } from "./outbox";
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

  it("writes a templated email in the language given for a recipient without an account, dated in the given zone", async () => {
    const until = momentIn(new Date("2027-09-03T05:00:00Z"), "Asia/Seoul");
    const values = { name: "Ji-woo", cohort: "CPI 2027", until, link: "/me" };
    await enqueueEmails(t.db, [
      { to: "ko@example.org", template: "offerReminder", values, locale: "ko", kind: "test" },
      { to: "fr@example.org", template: "offerReminder", values, locale: "fr", kind: "test" },
      { to: "en@example.org", template: "offerReminder", values, kind: "test" },
    ]);
    const rows = await t.db
      .select({ to: emailOutbox.toAddress, subject: emailOutbox.subject, body: emailOutbox.bodyText })
      .from(emailOutbox)
      .where(eq(emailOutbox.kind, "test"));
    const by = new Map(rows.map((r) => [r.to, r]));
    expect(by.get("ko@example.org")?.subject).toBe("알림: CPI 2027 참가 제안에 답변해 주십시오");
    expect(by.get("ko@example.org")?.body).toContain("2027년 9월 3일 14:00");
    expect(by.get("fr@example.org")?.subject).toBe("Rappel : veuillez répondre à votre offre pour CPI 2027");
    expect(by.get("fr@example.org")?.body).toContain("3 sept. 2027");
    expect(by.get("en@example.org")?.subject).toBe("Reminder: please answer your offer for CPI 2027");
    expect(by.get("en@example.org")?.body).toContain("Sep 3, 2027, 14:00 GMT+9");
  });

  // Each language's translator is made once and kept (lib/i18n/messages.ts): the receipt a submission writes reads
  // word for word as it did when every email made its own, the first time and every later time.
  it("writes a submission's receipt word for word in en, ko and fr, however many were written before", async () => {
    const at = new Date("2027-03-14T06:30:00Z");
    const receipt = (locale: "en" | "ko" | "fr", to: string) => ({
      to,
      locale,
      template: "applicationReceived",
      values: {
        name: "Ama Mensah",
        reference: "CPI-2027-0042",
        callTitle: "Cultural Policy Institute 2027",
        submittedAt: momentIn(at, "Asia/Seoul"),
        confirmation: "\n\nWe will write by 30 April.",
      },
      kind: "receipt-test",
    });
    for (const round of [1, 2])
      await enqueueEmails(
        t.db,
        (["en", "ko", "fr"] as const).map((locale) => receipt(locale, `${locale}-${round}@example.org`)),
      );
    const rows = await t.db
      .select({ to: emailOutbox.toAddress, subject: emailOutbox.subject, body: emailOutbox.bodyText })
      .from(emailOutbox)
      .where(eq(emailOutbox.kind, "receipt-test"));
    const expected = {
      en: {
        subject: "Application received: Cultural Policy Institute 2027",
        body: 'Dear Ama Mensah,\n\nWe received your application CPI-2027-0042 to "Cultural Policy Institute 2027" on Mar 14, 2027, 15:30 GMT+9.\n\nWe will write by 30 April.\n\nYou can read it, and withdraw it if you need to, in My space.',
      },
      ko: {
        subject: "지원서가 접수되었습니다: Cultural Policy Institute 2027",
        body: "Ama Mensah님께\n\n2027년 3월 14일 15:30 GMT+9에 「Cultural Policy Institute 2027」 지원서(CPI-2027-0042)가 접수되었습니다.\n\nWe will write by 30 April.\n\n제출하신 지원서는 「내 공간」에서 확인하실 수 있으며, 필요하시면 철회하실 수도 있습니다.",
      },
      fr: {
        subject: "Candidature reçue : Cultural Policy Institute 2027",
        body: "Bonjour Ama Mensah,\n\nNous avons bien reçu votre candidature CPI-2027-0042 à « Cultural Policy Institute 2027 » le 14 mars 2027, 15:30 UTC+9.\n\nWe will write by 30 April.\n\nVous pouvez la consulter, et la retirer si nécessaire, depuis Mon espace.",
      },
    };
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      const locale = row.to.slice(0, 2) as keyof typeof expected;
      expect({ subject: row.subject, body: row.body }).toEqual(expected[locale]);
    }
    // A kept translator still refuses a missing argument rather than mailing a message with a hole in it.
    const { confirmation: _left, ...missing } = receipt("fr", "hole@example.org").values;
    await expect(enqueueEmails(t.db, [{ ...receipt("fr", "hole@example.org"), values: missing }])).rejects.toThrow();
    // …and renders the next one whole.
    await enqueueEmails(t.db, [receipt("fr", "after@example.org")]);
    const [after] = await t.db
      .select({ subject: emailOutbox.subject, body: emailOutbox.bodyText })
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, "after@example.org"));
    expect(after).toEqual(expected.fr);
  });
});

describe("email templates", () => {
  // The arguments each language uses are compared for every message in lib/i18n/messages.test.ts; here, that
  // every template has both halves in every language, and nothing else.
  it.each([
    ["en", en],
    ["ko", ko],
    ["fr", fr],
  ] as const)("has a subject and a body for every template in %s", (_locale, messages) => {
    const shapes = Object.entries(messages.email).map(([template, parts]) => [template, Object.keys(parts).sort()]);
    expect(shapes).toEqual(Object.keys(en.email).map((template) => [template, ["body", "subject"]]));
  });
});
