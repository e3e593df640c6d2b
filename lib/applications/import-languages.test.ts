import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applications, calls, profiles, users, type CallForm } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import ko from "@/messages/ko.json";
import { LOCALES } from "@/lib/i18n/request";
import { readSpreadsheet } from "@/lib/spreadsheet/read";
import { toCsv, toXlsx } from "@/lib/spreadsheet/write";
import { applicationImportTemplate, importApplications } from "./import";
import { suggestMapping } from "./import-rows";
import { makeManager, makeProgrammeWithCall, TEST_FORM } from "./test-fixtures";

const MESSAGES = { en, ko, fr } as const;
const BIO = { en: "Bio", ko: "자기소개", fr: "Biographie" } as const;
const FORM: CallForm = {
  ...TEST_FORM,
  questions: TEST_FORM.questions.map((q) =>
    q.id === "bio" ? { ...q, translations: { ko: { label: BIO.ko }, fr: { label: BIO.fr } } } : q,
  ),
};
const GENDER = { en: "Woman", ko: "여성", fr: "Femme" } as const;

// A template downloaded in any language, filled in a spreadsheet and sent back, lands as the English one does.
describe.each(testDrivers())("an application template in the reader's language, on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  for (const locale of LOCALES)
    for (const format of ["csv", "xlsx"] as const)
      it(`is written in ${locale} and read back (${format}) @truth`, async () => {
        const call = await makeProgrammeWithCall(t.db);
        // The first question is written in Korean and French too; the second in English only.
        await t.db.update(calls).set({ form: FORM }).where(eq(calls.id, call.callId));
        const manager = await makeManager(t.db, call.programmeId);
        const { header, notes } = await applicationImportTemplate(t.db, manager, call.callId, locale);
        const columns = MESSAGES[locale].spreadsheet.columns;
        expect(header).toEqual([
          columns.email,
          columns.name,
          columns.nationality,
          columns.residence,
          columns.gender,
          columns.organisation,
          columns.field,
          columns.status,
          columns.submittedAt,
          columns.reference,
          columns.track,
          BIO[locale],
          "Idea",
        ]);
        expect(notes[0]).toEqual([columns.column, MESSAGES[locale].problems.common.whatItTakes]);
        expect(notes[1]).toEqual([
          columns.email,
          MESSAGES[locale].problems.applications.requiredOneApplicationPerEmail,
        ]);
        // The question's own words, and its type in the form builder's words in Korean and French.
        expect(notes.at(-2)![0]).toBe(BIO[locale]);
        if (locale !== "en") expect(notes.at(-2)![1]).toContain(MESSAGES[locale].callAdmin.builder.types.long_text);

        const email = `${locale}-${format}-${Date.now()}@example.org`;
        const row = [
          email,
          "Kim Minji",
          "PE",
          "KE",
          GENDER[locale],
          "Museum",
          "Music",
          // The status in the reader's words, as the pages show it.
          MESSAGES[locale].applicationStatus.under_review,
          "2026-03-01",
          "",
          "Track A",
          "Puppets",
          "Bridges",
        ];
        const bytes =
          format === "csv"
            ? new TextEncoder().encode(toCsv([header, row]))
            : new Uint8Array(await toXlsx([{ name: "x", rows: [header, row] }]));
        const sheet = await readSpreadsheet(bytes);
        const mapping = suggestMapping(sheet.header, FORM);
        expect(mapping).toEqual(
          suggestMapping((await applicationImportTemplate(t.db, manager, call.callId)).header, FORM),
        );
        expect(mapping).not.toContain("");

        expect(
          await importApplications(t.db, manager, {
            callId: call.callId,
            fileName: `template.${format}`,
            rows: sheet.rows,
            mapping,
            gendersConfirmed: true,
          }),
        ).toEqual({ imported: 1, newAccounts: 1 });
        const [landed] = await t.db
          .select({
            status: applications.status,
            answers: applications.answers,
            trackPreferences: applications.trackPreferences,
            nationality: profiles.nationality,
            residence: profiles.residence,
            gender: profiles.gender,
            organisation: profiles.organisation,
          })
          .from(applications)
          .innerJoin(users, eq(users.id, applications.applicantId))
          .innerJoin(profiles, eq(profiles.userId, users.id))
          .where(eq(users.email, email));
        expect(landed).toEqual({
          status: "under_review",
          answers: { bio: "Puppets", idea: "Bridges" },
          trackPreferences: [call.trackId],
          nationality: "PE",
          residence: "KE",
          gender: "woman",
          organisation: "Museum",
        });
      });
});
