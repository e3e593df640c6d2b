import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reviews } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { LOCALES } from "@/lib/i18n/request";
import { readSpreadsheet } from "@/lib/spreadsheet/read";
import { toCsv, toXlsx } from "@/lib/spreadsheet/write";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import ko from "@/messages/ko.json";
import { importScores, scoreImportTemplate } from "./import-command";
import { buildFixture } from "./test-fixture";

const MESSAGES = { en, ko, fr } as const;

// A score template downloaded in any language, filled in a spreadsheet and sent back, lands as the English one does.
describe.each(testDrivers())("a score template in the reader's language, on %s", (driver) => {
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
        const f = await buildFixture(t.db, [
          ["KR", "woman"],
          ["VN", "man"],
        ]);
        const { rows, notes } = await scoreImportTemplate(t.db, f.manager, f.callId, locale);
        const columns = MESSAGES[locale].spreadsheet.columns;
        expect(rows[0]).toEqual([columns.reference, columns.reviewer, "Potential", "Motivation", columns.comment]);
        expect(rows.slice(1).map((r) => r[0])).toEqual(f.apps.map((a) => a.reference).sort());
        expect(notes[0]).toEqual([columns.column, MESSAGES[locale].problems.common.whatItTakes]);
        expect(notes[2]).toEqual([columns.reviewer, MESSAGES[locale].problems.review.optionalTheReviewerSAccount]);
        expect(notes.at(-1)).toEqual([columns.comment, MESSAGES[locale].spreadsheet.notes.optional]);

        const reviewer = f.reviewers[0]!;
        const filled = [rows[0]!, [rows[1]![0]!, reviewer.email, "7", "8", "Strong"], [rows[2]![0]!, "", "4", "6", ""]];
        const bytes =
          format === "csv"
            ? new TextEncoder().encode(toCsv(filled))
            : new Uint8Array(await toXlsx([{ name: "x", rows: filled }]));
        const sheet = await readSpreadsheet(bytes);
        const result = await importScores(t.db, f.manager, {
          callId: f.callId,
          dryRun: false,
          table: [sheet.header, ...sheet.rows],
          fileName: `scores.${format}`,
        });
        expect(result).toMatchObject({ headerErrors: [], valid: 2, invalid: 0, imported: 2 });
        const byApp = new Map(f.apps.map((a) => [a.reference, a.id]));
        const saved = await t.db
          .select({ applicationId: reviews.applicationId, reviewerId: reviews.reviewerId, scores: reviews.scores })
          .from(reviews)
          .where(eq(reviews.status, "submitted"));
        expect(saved).toEqual(
          expect.arrayContaining([
            {
              applicationId: byApp.get(rows[1]![0]!),
              reviewerId: reviewer.userId,
              scores: { potential: 7, motivation: 8 },
            },
            {
              applicationId: byApp.get(rows[2]![0]!),
              reviewerId: f.manager.userId,
              scores: { potential: 4, motivation: 6 },
            },
          ]),
        );
      });
});
