import ExcelJS from "exceljs";
import { say } from "@/lib/i18n/problems";
import type { AppLocale } from "@/lib/i18n/request";

/**
 * The one formula-safe writer, for CSV and XLSX alike. The rule, in full:
 * 1. A text cell whose first character is = + - @ tab or carriage return gets a leading apostrophe, so no
 *    spreadsheet runs it as a formula (OWASP "CSV injection"). Numbers stay numbers (-5 is written -5).
 * 2. CSV: UTF-8 with a BOM (so Excel reads names right), CRLF line ends; a field is quoted, its quotes
 *    doubled, when it holds a quote, a comma, a semicolon, a tab or a line break: every delimiter the
 *    reader (lib/spreadsheet/read.ts) may guess, so what this writes reads back the same.
 * 3. XLSX: the same neutralised values, numbers as numbers; the first row bold and frozen when it is a header.
 */
export type Cell = string | number | null | undefined;
type Rows = readonly (readonly Cell[])[];

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: Cell): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function csvField(value: Cell): string {
  const safe = neutraliseCell(value);
  if (safe === null) return "";
  const text = String(safe);
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: Rows): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/** A workbook of one or more sheets; each sheet's first row is its header unless `header: false`. */
export async function toXlsx(sheets: readonly { name: string; rows: Rows; header?: boolean }[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const s of sheets) {
    const sheet = workbook.addWorksheet(s.name.replace(/[\\/?*[\]:]/g, " ").slice(0, 31));
    for (const row of s.rows) sheet.addRow(row.map(neutraliseCell));
    if (s.header !== false && s.rows.length) {
      sheet.getRow(1).font = { bold: true };
      sheet.views = [{ state: "frozen", ySplit: 1 }];
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

type SpreadsheetFormat = "csv" | "xlsx";

export function formatParam(url: string | URL): SpreadsheetFormat {
  return new URL(url).searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
}

/**
 * A download of rows as CSV or XLSX (`notes`, if any, become a second sheet in XLSX only, named in `locale`: the
 * reader's language, as the rows and sheet name the caller gives already are).
 */
export async function spreadsheetResponse(
  rows: Rows,
  options: { format: SpreadsheetFormat; fileName: string; sheetName?: string; notes?: Rows; locale?: AppLocale },
): Promise<Response> {
  const name = `${options.fileName.replace(/[^A-Za-z0-9._-]+/g, "-")}.${options.format}`;
  const headers = {
    "content-disposition": `attachment; filename="${name}"`,
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  };
  if (options.format === "csv")
    return new Response(toCsv(rows), { headers: { ...headers, "content-type": "text/csv; charset=utf-8" } });
  const sheets = [
    { name: options.sheetName ?? "Sheet1", rows },
    ...(options.notes?.length ? [{ name: say(options.locale ?? "en", "How to fill it"), rows: options.notes }] : []),
  ];
  return new Response(new Uint8Array(await toXlsx(sheets)), {
    headers: { ...headers, "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  });
}
