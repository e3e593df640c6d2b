import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import Papa from "papaparse";
import { DomainError } from "@/lib/errors";
import { checkUpload } from "@/lib/uploads/sniff";
import { formatBytes } from "@/lib/format";
import { UPLOAD_KINDS } from "@/lib/uploads/types";

/**
 * Reading the spreadsheets people send: CSV in any of the usual delimiters (, ; tab |) and encodings
 * (UTF-8 with or without BOM, UTF-16 LE/BE with BOM, else Windows-1252), and the first sheet of an
 * .xlsx workbook. One policy for every import: the type decided by content (lib/uploads), at most
 * SPREADSHEET_LIMITS.maxBytes and SPREADSHEET_LIMITS.maxRows filled rows.
 */
export const SPREADSHEET_LIMITS = { maxBytes: UPLOAD_KINDS.spreadsheet.maxBytes, maxRows: 5000 } as const;

/**
 * A sheet as rows of text. Rows keep their place (a blank row stays, as cells of ""), so that row
 * `rows[i]` is the spreadsheet's row i + 2 and a message can name the row a person sees.
 */
export type Sheet = { header: string[]; rows: string[][]; format: "csv" | "xlsx" };

/**
 * What is wrong with an import, in one sentence per wording: "Row 3 has a problem: …" or "Rows 3, 7, 9 have problems;
 * row 3: …" (the first `shown` rows, as the spreadsheet numbers them, then "…"), with the first row's problem.
 */
export function rowProblems(lines: readonly number[], first: string, shown = 10): string {
  if (lines.length === 1) return `Row ${lines[0]} has a problem: ${first}`;
  const list = lines.length > shown ? `${lines.slice(0, shown).join(", ")}, …` : lines.join(", ");
  return `Rows ${list} have problems; row ${lines[0]}: ${first}`;
}

export function isBlankRow(cells: readonly (string | null | undefined)[]): boolean {
  return cells.every((c) => !c?.trim());
}

/** Bytes to text: a byte-order mark decides; else UTF-8 if the bytes are valid UTF-8, else Windows-1252 (Excel's "CSV" on Windows). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // iconv-lite, not TextDecoder: Node 20's "windows-1252" decodes as ISO-8859-1, losing € ’ œ (0x80–0x9F).
    return iconv.decode(Buffer.from(bytes), "windows-1252");
  }
}

const DELIMITERS = [",", ";", "\t", "|"] as const;

/**
 * The delimiter of a CSV text, from its first records read as RFC 4180 does: a delimiter inside a quoted field
 * does not count (papaparse's own guess counts it, and read `a,b` / `,";;"` as split on ";"). The one the header
 * holds and every record holds as often wins, the first of DELIMITERS on a tie; else the one the header holds
 * most; else ",".
 */
function guessDelimiter(text: string, records = 50): string {
  const counts: Record<string, number>[] = [];
  let current: Record<string, number> = {};
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length && counts.length < records; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') i++;
      else if (c === '"') quoted = false;
      continue;
    }
    if (c === '"' && fieldStart) {
      quoted = true;
      continue;
    }
    if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      counts.push(current);
      current = {};
      fieldStart = true;
      continue;
    }
    fieldStart = (DELIMITERS as readonly string[]).includes(c);
    if (fieldStart) current[c] = (current[c] ?? 0) + 1;
  }
  if (Object.keys(current).length || counts.length === 0) counts.push(current);
  const [header, ...rest] = counts;
  const held = DELIMITERS.filter((d) => (header![d] ?? 0) > 0);
  const steady = held.find((d) => rest.every((row) => Object.keys(row).length === 0 || row[d] === header![d]));
  if (steady) return steady;
  return held.sort((a, b) => header![b]! - header![a]!)[0] ?? ",";
}

/** RFC 4180 CSV through papaparse, with the delimiter guessed by `guessDelimiter`. Trailing blank rows are dropped. */
export function parseCsvText(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(body, { delimiter: guessDelimiter(body), skipEmptyLines: false });
  const rows = parsed.data.map((row) => row.map((cell) => String(cell ?? "")));
  while (rows.length && isBlankRow(rows[rows.length - 1]!)) rows.pop();
  return rows;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    // Excel keeps dates without a zone; exceljs reads them as UTC. A date without a time is a date.
    const iso = value.toISOString();
    return iso.slice(11, 16) === "00:00" ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  }
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value)
      return "result" in value ? cellText(value.result as ExcelJS.CellValue) : "";
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return typeof value.text === "string" ? value.text : cellText(value.text as ExcelJS.CellValue); // hyperlink
    return ""; // an error value such as #N/A
  }
  return String(value);
}

/** The first sheet of an .xlsx workbook: every row up to the last filled one, each as wide as the sheet. */
export async function parseXlsxBytes(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const width = sheet.columnCount;
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let col = 1; col <= width; col++) cells.push(cellText(row.getCell(col).value));
    rows[rowNumber - 1] = cells;
  });
  const filled = Array.from(rows, (r) => r ?? new Array<string>(width).fill(""));
  while (filled.length && isBlankRow(filled[filled.length - 1]!)) filled.pop();
  return filled;
}

/**
 * The one way an import reads a file: the policy's size, the type by content, then the first row as
 * the header. Every refusal is a sentence a person can act on.
 */
export async function readSpreadsheet(bytes: Uint8Array): Promise<Sheet> {
  if (bytes.length > SPREADSHEET_LIMITS.maxBytes)
    throw new DomainError(
      "too_large",
      `The file is larger than ${formatBytes(SPREADSHEET_LIMITS.maxBytes, "en")}. Split it into smaller files.`,
      { file: [`At most ${formatBytes(SPREADSHEET_LIMITS.maxBytes, "en")}.`] },
    );
  let format: Sheet["format"];
  try {
    const { mimeType } = await checkUpload("spreadsheet", bytes);
    format = mimeType === "text/csv" ? "csv" : "xlsx";
  } catch (error) {
    if (error instanceof DomainError && error.message === "The file is empty.") throw error;
    throw new DomainError(
      "validation",
      "This file is neither a CSV nor an Excel (.xlsx) workbook. Save it as one of them and try again.",
      { file: ["Choose a CSV or .xlsx file."] },
    );
  }
  let table: string[][];
  if (format === "csv") table = parseCsvText(decodeText(bytes));
  else {
    try {
      table = await parseXlsxBytes(bytes);
    } catch {
      throw new DomainError("validation", "This Excel file could not be read. Save it again as .xlsx or CSV.", {
        file: ["The workbook could not be read."],
      });
    }
  }
  const [header, ...rows] = table;
  if (!header || isBlankRow(header))
    throw new DomainError("validation", "The file is empty, or its first row (the column names) is blank.", {
      file: ["The first row must name the columns."],
    });
  const filled = rows.filter((r) => !isBlankRow(r)).length;
  if (filled > SPREADSHEET_LIMITS.maxRows)
    throw new DomainError(
      "too_large",
      `A file can hold at most ${SPREADSHEET_LIMITS.maxRows} rows; this one has ${filled}. Split it into smaller files.`,
      { file: [`At most ${SPREADSHEET_LIMITS.maxRows} rows.`] },
    );
  return { header: header.map((h) => h.trim()), rows, format };
}
