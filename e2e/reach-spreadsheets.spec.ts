import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { SEED_IDS } from "../db/seed/ids";
import type { AppLocale } from "../lib/i18n/request";
import { STORAGE } from "./fixtures";
import { messagesOf } from "./reach/messages";

/**
 * Spreadsheets speak the reader's language: an import template downloaded by a Korean administrator has Korean
 * column titles and sheet names, and a French administrator's export has French headers. The expected words are
 * read from messages/*.json (`spreadsheet.*`), never written here.
 */
const BASE = `http://localhost:${process.env.E2E_PORT ?? "3100"}`;

type Tree = { [key: string]: string | Tree };
const messages = { en: messagesOf<Tree>("en"), ko: messagesOf<Tree>("ko"), fr: messagesOf<Tree>("fr") };

function m(locale: AppLocale, key: string): string {
  const text = key.split(".").reduce<string | Tree | undefined>((at, part) => (at as Tree)?.[part], messages[locale]);
  expect(typeof text, `${key} in ${locale}`).toBe("string");
  return text as string;
}

async function adminIn(browser: Browser, locale: AppLocale) {
  const context = await browser.newContext({ storageState: STORAGE.admin });
  await context.addCookies([{ name: "locale", value: locale, url: BASE }]);
  return context;
}

/** What a download link gives, as text (a CSV) or bytes. */
async function download(page: Page, name: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  return readFile((await file.path())!);
}

const csvRows = (bytes: Buffer) =>
  Papa.parse<string[]>(bytes.toString("utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
const csvHeader = (bytes: Buffer) => csvRows(bytes)[0]!;

test.describe("spreadsheets in the reader's language @reach", () => {
  test("a Korean administrator downloads the alumni import template with Korean columns and sheets", async ({
    browser,
  }) => {
    const context = await adminIn(browser, "ko");
    const page = await context.newPage();
    await page.goto("/admin/alumni/import");
    const keys = ["name", "email", "country", "gender", "programme", "cohortYear", "field"];
    const columns = keys.map((key) => m("ko", `spreadsheet.columns.${key}`));
    // Korean words, not the English ones left in place.
    keys.forEach((key, i) => expect(columns[i]).not.toBe(m("en", `spreadsheet.columns.${key}`)));

    expect(csvHeader(await download(page, m("ko", "imports.templateCsv")))).toEqual(columns);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(page, m("ko", "imports.templateXlsx"))) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      m("ko", "spreadsheet.sheets.alumni"),
      m("ko", "problems.spreadsheet.howToFillIt"),
    ]);
    expect(workbook.worksheets[0]!.getRow(1).values).toEqual([undefined, ...columns]);
    const notes = workbook.worksheets[1]!;
    expect(notes.getRow(1).values).toEqual([
      undefined,
      m("ko", "spreadsheet.columns.column"),
      m("ko", "problems.common.whatItTakes"),
    ]);
    expect(notes.getRow(2).values).toEqual([undefined, columns[0], m("ko", "spreadsheet.notes.required")]);
    await context.close();
  });

  test("a French administrator exports a call's applications with French headers and words", async ({ browser }) => {
    const context = await adminIn(browser, "fr");
    const page = await context.newPage();
    await page.goto(`/admin/calls/${SEED_IDS.cpi2027Call}/applications`);
    const [header = [], ...rows] = csvRows(await download(page, m("fr", "callAdmin.exportCsv")));
    expect(rows.length).toBeGreaterThan(0);
    expect(header.slice(0, 9)).toEqual(
      ["reference", "status", "name", "email", "nationality", "residence", "gender", "organisation", "field"].map(
        (key) => m("fr", `spreadsheet.columns.${key}`),
      ),
    );
    expect(header).toContain(m("fr", "spreadsheet.columns.trackPreferences"));
    // Each status is in the words the French pages use, never the code.
    const statuses = Object.values(messages.fr.applicationStatus as Tree);
    for (const row of rows) expect(statuses).toContain(row[1]);
    await context.close();
  });
});
