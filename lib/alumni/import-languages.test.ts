import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cohorts, enrolments, profiles, users } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import type { Actor } from "@/lib/auth/roles";
import { LOCALES } from "@/lib/i18n/request";
import { readSpreadsheet } from "@/lib/spreadsheet/read";
import { toCsv, toXlsx } from "@/lib/spreadsheet/write";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import ko from "@/messages/ko.json";
import { alumniImportTemplate, commitImport, planImport } from "./import-commands";
import { makeNetwork } from "./test-fixtures";

const MESSAGES = { en, ko, fr } as const;
const GENDER = { en: "Man", ko: "남성", fr: "Homme" } as const;

// A template downloaded in any language, filled in a spreadsheet and sent back, lands as the English one does.
describe.each(testDrivers())("an alumni template in the reader's language, on %s", (driver) => {
  let t: TestDatabase;
  let admin: Actor;
  let programmeId: string;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    const n = await makeNetwork(t.db);
    programmeId = n.programme.id;
    admin = await n.person({ name: "Admin", alumnusOf: null, isAdmin: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  for (const locale of LOCALES)
    for (const format of ["csv", "xlsx"] as const)
      it(`is written in ${locale} and read back (${format}) @truth`, async () => {
        const { header, notes } = await alumniImportTemplate(t.db, admin, locale);
        const columns = MESSAGES[locale].spreadsheet.columns;
        expect(header).toEqual([
          columns.name,
          columns.email,
          columns.country,
          columns.gender,
          columns.programme,
          columns.cohortYear,
          columns.field,
        ]);
        expect(notes[0]).toEqual([columns.column, MESSAGES[locale].problems.common.whatItTakes]);
        expect(notes[1]).toEqual([columns.name, MESSAGES[locale].spreadsheet.notes.required]);
        expect(notes[2]).toEqual([columns.email, MESSAGES[locale].problems.alumni.requiredOneRowPerPerson]);

        const email = `alumnus-${locale}-${format}@example.org`;
        const row = [`Alumnus ${locale}`, email, "MN", GENDER[locale], "cpi", "2016", "Heritage"];
        const bytes =
          format === "csv"
            ? new TextEncoder().encode(toCsv([header, row]))
            : new Uint8Array(await toXlsx([{ name: "x", rows: [header, row] }]));
        const sheet = await readSpreadsheet(bytes);
        expect(await planImport(t.db, admin, sheet)).toMatchObject({ missingColumns: [], valid: 1, invalid: [] });
        expect(await commitImport(t.db, admin, sheet, { excludeInvalid: false, gendersConfirmed: true })).toMatchObject(
          { imported: 1, newAccounts: 1, enrolled: 1 },
        );
        const [landed] = await t.db
          .select({
            gender: profiles.gender,
            nationality: profiles.nationality,
            field: profiles.field,
            year: cohorts.year,
          })
          .from(users)
          .innerJoin(profiles, eq(profiles.userId, users.id))
          .innerJoin(enrolments, eq(enrolments.userId, users.id))
          .innerJoin(cohorts, and(eq(cohorts.id, enrolments.cohortId), eq(cohorts.programmeId, programmeId)))
          .where(eq(users.email, email));
        expect(landed).toEqual({ gender: "man", nationality: "MN", field: "Heritage", year: 2016 });
      });
});
