import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { UNESCO_REGIONS } from "../lib/geo/regions";
import { FUNNEL_STEPS } from "../lib/reports/steps";
import type { AppLocale } from "../lib/i18n/request";
import { messagesOf } from "./reach/messages";
import { checkPage, checkVisit, contextFor, languageChecks, readUserContent } from "./reach/visit";
import { expect, test } from "./security/fixture";
import { fillRoute } from "./security/matrix";
import { ROUTES } from "./security/routes";
import type { Persona } from "./security/world";

/**
 * The reports in Korean and French on a phone, as the @reach sweep (e2e/reach.spec.ts) checks every page: each
 * report page as the role it is for, axe finds nothing, no sideways scroll, no raw key and no English outside
 * people's own text, with the map's table opened too. And a report's download in French: its header row is the
 * French messages, as is a hidden figure's "fewer than 3".
 */
const LANGUAGES: AppLocale[] = ["ko", "fr"];
const VISITS: { route: string; persona: Persona }[] = [
  { route: "/admin/reports", persona: "admin" },
  { route: "/admin/reports/programmes/[id]", persona: "admin" },
  { route: "/admin/reports/editions/[id]", persona: "admin" },
  { route: "/admin/reports/calls/[id]", persona: "admin" },
  { route: "/admin/reports/programmes/[id]/summary", persona: "admin" },
  { route: "/partner/reports", persona: "partner" },
];

type ReportMessages = { reports: Record<string, string> };
const fr = messagesOf<ReportMessages>("fr").reports;
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => values[name]!);

/** Clicks a download link found by its accessible name and reads the file back as rows of text. */
async function download(page: Page, name: string): Promise<string[][]> {
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name, exact: true }).click();
  const file = await readFile((await (await downloading).path())!);
  if (!name.endsWith("XLSX"))
    return Papa.parse<string[]>(file.toString("utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
  // lib/spreadsheet/read.ts reads the same, but its module brings the messages' JSON, which Playwright's loader refuses.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => {
    rows.push((row.values as ExcelJS.CellValue[]).slice(1).map((value) => String(value ?? "")));
  });
  return rows;
}

test.describe("the reports in Korean and French on a phone @reach", () => {
  test("every report page as its reader in ko and fr: axe, no sideways scroll, no English or raw key, the map's table too", async ({
    suite,
    browser,
  }) => {
    test.setTimeout(300_000);
    await suite.signInAgain();
    const checks = languageChecks(await readUserContent(suite));
    const failures: string[] = [];
    for (const locale of LANGUAGES)
      for (const persona of new Set(VISITS.map((v) => v.persona))) {
        const context = await contextFor(browser, suite, persona, locale);
        try {
          for (const { route } of VISITS.filter((v) => v.persona === persona)) {
            const page = await context.newPage();
            const where = `${route} as ${persona} in ${locale}`;
            try {
              const url = fillRoute(route, ROUTES[route]!, suite.world);
              failures.push(...(await checkVisit(page, url, { where, locale, checks })));
              // What a disclosure keeps closed (the map's figures as a table) is read once open.
              const closed = page.locator("details:not([open]) > summary");
              const count = await closed.count();
              for (let i = 0; i < count; i++) await closed.first().click();
              if (count) failures.push(...(await checkPage(page, { where: `${where}, opened`, locale, checks })));
            } finally {
              await page.close();
            }
          }
        } finally {
          await context.close();
        }
      }
    expect(failures).toEqual([]);
  });

  test("a report downloaded in French has the French messages for its header row and its hidden figures", async ({
    suite,
    browser,
  }) => {
    test.setTimeout(120_000);
    await suite.signInAgain();
    const admin = await contextFor(browser, suite, "admin", "fr");
    try {
      const page = await admin.newPage();
      await page.goto("/admin/reports");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(fill(fr.heading!, { title: fr.organisation! }));
      const funnel = await download(page, fill(fr.downloadLabel!, { table: fr.funnelTitle!, format: "CSV" }));
      expect(funnel[0]).toEqual([fr.step, fr.people, fr.conversion]);
      expect(funnel.slice(1).map((row) => row[0])).toEqual(FUNNEL_STEPS.map((step) => fr[`step_${step}`]));
      const regions = await download(page, fill(fr.downloadLabel!, { table: fr.regionsTitle!, format: "XLSX" }));
      expect(regions[0]![0]).toBe(fr.region);
      expect(regions.slice(1, 1 + UNESCO_REGIONS.length).map((row) => row[0])).toEqual(
        UNESCO_REGIONS.map((region) => region.name.fr),
      );
    } finally {
      await admin.close();
    }
    const partner = await contextFor(browser, suite, "partner", "fr");
    try {
      const page = await partner.newPage();
      await page.goto("/partner/reports");
      const gender = await download(page, fill(fr.downloadLabel!, { table: fr.genderTitle!, format: "CSV" }));
      expect(gender[0]).toEqual([fr.gender, ...FUNNEL_STEPS.map((step) => fr[`step_${step}`])]);
      // A partner's small groups are hidden, in French words.
      const cells = gender.slice(1).flatMap((row) => row.slice(1));
      expect(cells).toContain(fr.fewerThan);
      expect(cells.filter((cell) => !/^\d+$/.test(cell) && cell !== fr.fewerThan)).toEqual([]);
    } finally {
      await partner.close();
    }
  });
});
