import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, emailOutbox, letterTemplates, reviews, users } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { buildFixture, type Fixture } from "@/lib/review/test-fixture";
import { saveLetterTemplates, sendDecisions, translateLetterTemplate } from "./decision-commands";
import { saveShortlist } from "./selection-commands";

const POOL: [string, "woman" | "man"][] = [
  ["SN", "woman"],
  ["GB", "man"],
  ["KR", "woman"],
  ["FR", "man"],
];

async function scoredFixture(t: TestDatabase, locales: (string | null)[]): Promise<Fixture> {
  const f = await buildFixture(t.db, POOL, "under_review");
  await t.db.insert(reviews).values(
    f.apps.map((a, i) => ({
      reviewerId: f.reviewers[0]!.userId,
      applicationId: a.id,
      status: "submitted" as const,
      scores: { potential: 10 - i, motivation: 10 - i },
      submittedAt: new Date(),
    })),
  );
  for (const [i, locale] of locales.entries())
    await t.db.update(users).set({ locale }).where(eq(users.id, f.applicants[i]!.id));
  // The best two are offered a seat, the third waits, the fourth is told no.
  await saveShortlist(t.db, f.manager, { callId: f.callId, chosenIds: [f.apps[0]!.id, f.apps[1]!.id] });
  return f;
}

async function lettersTo(t: TestDatabase, f: Fixture) {
  const rows = await t.db
    .select({
      to: emailOutbox.toUserId,
      kind: emailOutbox.kind,
      subject: emailOutbox.subject,
      body: emailOutbox.bodyText,
    })
    .from(emailOutbox)
    .where(
      inArray(
        emailOutbox.toUserId,
        f.applicants.map((a) => a.id),
      ),
    );
  return f.applicants.map((a) => rows.find((r) => r.to === a.id)!);
}

const ENGLISH = {
  offer: { subject: "{{cohort}}: a place for {{name}}", body: "Dear {{name}}, answer by {{expiresAt}}. ({{call}})" },
  waitlist: { subject: "{{cohort}}: waiting list", body: "Dear {{name}}, you are on the waiting list." },
  reject: { subject: "{{cohort}}: result", body: "Dear {{name}}, we are sorry." },
};

describe.each(testDrivers())("decision letters in several languages on %s", (driver) => {
  let t: TestDatabase;
  let f: Fixture;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    f = await scoredFixture(t, ["fr", null, "ko", "fr"]);
  });
  afterAll(async () => {
    await t?.close();
  });

  const translate = (over: Partial<Parameters<typeof translateLetterTemplate>[2]> = {}) =>
    translateLetterTemplate(t.db, f.manager, {
      callId: f.callId,
      kind: "offer",
      version: 1,
      language: "fr",
      fields: {
        subject: "{{cohort}} : une place pour {{name}}",
        body: "Bonjour {{name}}, répondez avant le {{expiresAt}}.",
      },
      ...over,
    });

  it("refuses to translate a letter not yet saved in the main language", async () => {
    await expect(translate()).rejects.toMatchObject({ code: "conflict" });
  });

  it("translates one letter into one language under its version, and refuses a stale version without writing", async () => {
    await saveLetterTemplates(t.db, f.manager, {
      callId: f.callId,
      templates: (["offer", "waitlist", "reject"] as const).map((kind) => ({ kind, ...ENGLISH[kind], version: 0 })),
    });
    await expect(translate()).resolves.toEqual({ version: 2 });
    await expect(translate({ fields: { subject: "Écrasé" } })).rejects.toMatchObject({ code: "stale" });
    const [offer] = await t.db
      .select({ translations: letterTemplates.translations, subject: letterTemplates.subject })
      .from(letterTemplates)
      .where(eq(letterTemplates.callId, f.callId))
      .orderBy(letterTemplates.kind);
    expect(offer!.subject).toBe(ENGLISH.offer.subject);
    expect(offer!.translations).toEqual({
      fr: {
        subject: "{{cohort}} : une place pour {{name}}",
        body: "Bonjour {{name}}, répondez avant le {{expiresAt}}.",
      },
    });
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, "decisions.translateTemplate"));
    expect(audit).toHaveLength(1);
    // Saving the main-language letters again keeps their translations.
    await saveLetterTemplates(t.db, f.manager, {
      callId: f.callId,
      templates: (["offer", "waitlist", "reject"] as const).map((kind) => ({
        kind,
        ...ENGLISH[kind],
        version: kind === "offer" ? 2 : 1,
      })),
    });
    await expect(
      translateLetterTemplate(t.db, f.manager, {
        callId: f.callId,
        kind: "waitlist",
        version: 2,
        language: "ko",
        fields: { subject: "{{cohort}}: 대기자 명단", body: "{{name}}님께, 대기자 명단에 오르셨습니다." },
      }),
    ).resolves.toEqual({ version: 3 });
  });

  it("refuses a reviewer, another programme's staff, the main language and a text a letter does not have", async () => {
    await expect(
      translateLetterTemplate(t.db, f.reviewers[0]!, {
        callId: f.callId,
        kind: "offer",
        version: 3,
        language: "fr",
        fields: { subject: "x" },
      }),
    ).rejects.toMatchObject({ code: expect.stringMatching(/^(forbidden|not_found)$/) });
    await expect(
      translateLetterTemplate(t.db, f.outsider, {
        callId: f.callId,
        kind: "offer",
        version: 3,
        language: "fr",
        fields: { subject: "x" },
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(translate({ version: 3, language: "en" })).rejects.toMatchObject({ code: "validation" });
    await expect(translate({ version: 3, fields: { greeting: "Salut" } })).rejects.toMatchObject({
      code: "validation",
    });
    const [offer] = await t.db
      .select({ version: letterTemplates.version })
      .from(letterTemplates)
      .where(eq(letterTemplates.callId, f.callId))
      .orderBy(letterTemplates.kind);
    expect(offer!.version).toBe(3);
  });

  it("sends each applicant the letter in their saved language where written, else in the main language", async () => {
    await expect(
      sendDecisions(t.db, f.manager, { callId: f.callId, waitlistSize: 1, expectedOffers: 2, approved: true }),
    ).resolves.toMatchObject({ offered: 2, waitlisted: 1, rejected: 1 });
    const [fr, none, ko, frRejected] = await lettersTo(t, f);
    expect(fr).toMatchObject({
      kind: "decision.offer",
      subject: `Cohort 2027 : une place pour ${f.applicants[0]!.name}`,
    });
    // The answer-by moment in French, in the edition's zone.
    expect(fr!.body).toMatch(/^Bonjour .+, répondez avant le \d{1,2} \S+ 20\d\d, \d\d:\d\d UTC\+9\.$/);
    expect(none).toMatchObject({
      kind: "decision.offer",
      subject: `Cohort 2027: a place for ${f.applicants[1]!.name}`,
    });
    expect(none!.body).toContain("(Call)");
    expect(ko).toMatchObject({ kind: "decision.waitlist", subject: "Cohort 2027: 대기자 명단" });
    expect(ko!.body).toBe(`${f.applicants[2]!.name}님께, 대기자 명단에 오르셨습니다.`);
    // No French "not selected" letter was written: the main language's.
    expect(frRejected).toMatchObject({ kind: "decision.reject", subject: "Cohort 2027: result" });
  });

  it("sends Madang's own letters in each applicant's language when the call wrote none", async () => {
    const g = await scoredFixture(t, ["ko", "fr", null, "en"]);
    await sendDecisions(t.db, g.manager, { callId: g.callId, waitlistSize: 1, expectedOffers: 2, approved: true });
    const [ko, fr, none, en] = await lettersTo(t, g);
    expect(ko!.subject).toBe("Cohort 2027: 참가 자격을 드립니다");
    expect(ko!.body).toContain(`${g.applicants[0]!.name}님께`);
    expect(fr!.subject).toBe("Cohort 2027 : une place vous est offerte");
    expect(none!.subject).toBe("Cohort 2027: you are on the waiting list");
    expect(en!.subject).toBe("Cohort 2027: the result of your application");
  });
});
