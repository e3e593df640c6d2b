import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { announcements, cohorts, emailOutbox, programmes, users } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { saveCohortTranslations } from "@/lib/cohorts/commands";
import { saveCohortTranslationsSchema } from "@/lib/cohorts/schemas";
import { localText } from "@/lib/i18n/content";
import { participantFixture, type ParticipantFixture } from "./testing";
import { getAnnouncementTranslations } from "./staff-queries";
import { announcementSchema, saveAnnouncementTranslationsSchema } from "./schemas";
import { postAnnouncement, saveAnnouncementTranslations } from "./space-commands";

describe.each(testDrivers())("edition and announcement translations on %s", (driver) => {
  let t: TestDatabase;
  let f: ParticipantFixture;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    f = await participantFixture(t.db);
    // P1 reads Korean; P2 has no saved language (English).
    await t.db
      .update(users)
      .set({ locale: "ko" })
      .where(eq(users.id, f.userId("p1")));
  });
  afterAll(async () => {
    await t?.close();
  });

  const edition = async () => (await t.db.select().from(cohorts).where(eq(cohorts.id, f.cohortId)))[0]!;

  it("writes an edition's title and location per language under its version, and refuses a stale tab", async () => {
    const manager = await f.actor("manager");
    const save = (version: number, language: "en" | "ko" | "fr", fields: Record<string, string>) =>
      saveCohortTranslations(
        t.db,
        manager,
        saveCohortTranslationsSchema.parse({ cohortId: f.cohortId, version, language, fields }),
      );
    const start = (await edition()).version;

    await expect(save(start, "ko", { title: " 2027 CPI ", location: "서울" })).resolves.toEqual({
      version: start + 1,
    });
    await expect(save(start + 1, "fr", { title: "CPI 2027 (fr)" })).resolves.toEqual({ version: start + 2 });
    await expect(save(start + 2, "fr", { title: "" })).resolves.toEqual({ version: start + 3 });
    const row = await edition();
    expect(row.translations).toEqual({ ko: { title: "2027 CPI", location: "서울" } });

    // The tab opened before the last save is refused and nothing is written.
    await expect(save(start + 2, "ko", { title: "낡은 제목" })).rejects.toMatchObject({ code: "stale" });
    expect((await edition()).translations).toEqual(row.translations);
    // English is the programme's main language: its text is the edition's own columns.
    await expect(save(start + 3, "en", { title: "x" })).rejects.toMatchObject({ code: "validation" });
    // An edition has no such field.
    await expect(save(start + 3, "ko", { summary: "x" })).rejects.toMatchObject({ code: "validation" });
    expect((await edition()).version).toBe(start + 3);
  });

  it("refuses a participant, a mentor and a manager of another programme", async () => {
    const { version } = await edition();
    for (const who of ["p1", "mentor", "other-manager"]) {
      await expect(
        saveCohortTranslations(t.db, await f.actor(who), {
          cohortId: f.cohortId,
          version,
          language: "ko",
          fields: { title: "x" },
        }),
      ).rejects.toMatchObject({ code: "not_found" });
    }
    await expect(
      saveCohortTranslations(t.db, null, { cohortId: f.cohortId, version, language: "ko", fields: { title: "x" } }),
    ).rejects.toMatchObject({ code: "unauthenticated" });
    expect((await edition()).version).toBe(version);
  });

  it("falls back to the main language where a field is not translated", async () => {
    const row = await edition();
    expect(localText(row.title, row.translations, "title", "en", "ko")).toEqual({
      text: "2027 CPI",
      lang: "ko",
      untranslated: false,
    });
    expect(localText(row.title, row.translations, "title", "en", "fr")).toEqual({
      text: "CPI 2027",
      lang: "en",
      untranslated: true,
    });
  });

  it("sends an announcement written with its translations to each participant in their saved language", async () => {
    const input = announcementSchema.parse({
      cohortId: f.cohortId,
      title: "Welcome",
      body: "See you in Seoul.",
      translations: { ko: { title: "환영합니다", body: "서울에서 뵙겠습니다." }, fr: { title: "Bienvenue" } },
    });
    const { id } = await postAnnouncement(t.db, await f.actor("manager"), input);
    const mail = await t.db
      .select({ to: emailOutbox.toAddress, subject: emailOutbox.subject, text: emailOutbox.bodyText })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.entityType, "announcement"), eq(emailOutbox.entityId, id)));
    const to = (who: string) => mail.find((m) => m.to === `${who}@example.org`)!;
    expect(mail).toHaveLength(2);
    // In Korean: the announcement and the edition's title as translated.
    expect(to("p1").subject).toContain("환영합니다");
    expect(to("p1").text).toContain("서울에서 뵙겠습니다.");
    expect(to("p1").subject).toContain("2027 CPI");
    // No saved language: English, the main language.
    expect(to("p2").subject).toContain("Welcome");
    expect(to("p2").text).toContain("See you in Seoul.");
  });

  it("falls back to the main language in an email when the recipient's language is not written", async () => {
    await t.db
      .update(users)
      .set({ locale: "fr" })
      .where(eq(users.id, f.userId("p2")));
    const { id } = await postAnnouncement(
      t.db,
      await f.actor("manager"),
      announcementSchema.parse({
        cohortId: f.cohortId,
        title: "Agenda",
        body: "The agenda is online.",
        translations: { fr: { title: "Programme" } },
      }),
    );
    const [mail] = await t.db
      .select({ subject: emailOutbox.subject, text: emailOutbox.bodyText })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.entityId, id), eq(emailOutbox.toAddress, "p2@example.org")));
    expect(mail!.subject).toContain("Programme");
    expect(mail!.text).toContain("The agenda is online.");
  });

  it("refuses an announcement whose translations name an unknown field or the main language", async () => {
    const manager = await f.actor("manager");
    const post = (translations: Record<string, Record<string, string>>) =>
      postAnnouncement(
        t.db,
        manager,
        announcementSchema.parse({ cohortId: f.cohortId, title: "T", body: "B", translations }),
      );
    const before = await t.db.select({ id: announcements.id }).from(announcements);
    await expect(post({ ko: { summary: "x" } })).rejects.toMatchObject({ code: "validation" });
    await expect(post({ en: { title: "x" } })).rejects.toMatchObject({ code: "validation" });
    expect(
      announcementSchema.safeParse({ cohortId: f.cohortId, title: "T", body: "B", translations: { de: {} } }).success,
    ).toBe(false);
    expect(await t.db.select({ id: announcements.id }).from(announcements)).toHaveLength(before.length);
  });

  it("writes an announcement's translations under a version counted from its saves, refusing a stale tab", async () => {
    const manager = await f.actor("manager");
    const { id } = await postAnnouncement(
      t.db,
      manager,
      announcementSchema.parse({ cohortId: f.cohortId, title: "Dress code", body: "Formal on day one." }),
    );
    const opened = await getAnnouncementTranslations(t.db, f.cohortId, id);
    expect(opened).toMatchObject({ title: "Dress code", translations: {}, version: 1 });
    const save = (version: number, language: string, fields: Record<string, string>) =>
      saveAnnouncementTranslations(
        t.db,
        manager,
        saveAnnouncementTranslationsSchema.parse({ announcementId: id, version, language, fields }),
      );

    await expect(save(1, "ko", { title: "복장 규정", body: "첫날은 정장입니다." })).resolves.toEqual({ version: 2 });
    // A second tab still at version 1 is refused, and its text is not written.
    await expect(save(1, "ko", { title: "다른 제목" })).rejects.toMatchObject({ code: "stale" });
    await expect(save(2, "fr", { title: "Tenue" })).resolves.toEqual({ version: 3 });
    await expect(save(3, "en", { title: "x" })).rejects.toMatchObject({ code: "validation" });
    await expect(save(3, "ko", { location: "x" })).rejects.toMatchObject({ code: "validation" });
    for (const who of ["p1", "other-manager"])
      await expect(
        saveAnnouncementTranslations(t.db, await f.actor(who), {
          announcementId: id,
          version: 3,
          language: "ko",
          fields: { title: "x" },
        }),
      ).rejects.toMatchObject({ code: "not_found" });
    // An announcement of another cohort is not found through this one.
    expect(await getAnnouncementTranslations(t.db, f.programmeId, id)).toBeNull();

    const now = await getAnnouncementTranslations(t.db, f.cohortId, id);
    expect(now).toMatchObject({
      version: 3,
      translations: { ko: { title: "복장 규정", body: "첫날은 정장입니다." }, fr: { title: "Tenue" } },
    });
    // French readers see the French title and the English body, marked as not yet translated.
    expect(localText(now!.body, now!.translations, "body", "en", "fr")).toMatchObject({
      lang: "en",
      untranslated: true,
    });
  });

  it("keeps an edition's translations to the programme's main language when it changes", async () => {
    // A Korean programme: English is now a language to translate into, and Korean is refused.
    await t.db.update(programmes).set({ mainLanguage: "ko" }).where(eq(programmes.id, f.programmeId));
    const { version } = await edition();
    await expect(
      saveCohortTranslations(t.db, await f.actor("manager"), {
        cohortId: f.cohortId,
        version,
        language: "ko",
        fields: { title: "x" },
      }),
    ).rejects.toMatchObject({ code: "validation" });
    await expect(
      saveCohortTranslations(t.db, await f.actor("manager"), {
        cohortId: f.cohortId,
        version,
        language: "en",
        fields: { title: "CPI 2027 (en)" },
      }),
    ).resolves.toEqual({ version: version + 1 });
  });
});
