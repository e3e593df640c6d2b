import ExcelJS from "exceljs";
import Papa from "papaparse";
import { DomainError } from "@/lib/errors";
import { IMPORT_MAX_ROWS, type RawSheet } from "./import";

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** What the bytes are, by content rather than by name: an XLSX is a ZIP; anything else must be UTF-8 text. */
export function sniffSpreadsheet(bytes: Uint8Array): "xlsx" | "csv" | null {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return "xlsx";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
  } catch {
    return null;
  }
  return bytes.includes(0) ? null : "csv";
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("text" in value && typeof value.text === "string") return value.text; // hyperlink
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue); // formula
    return "";
  }
  return String(value);
}

/** Reads the first sheet of an XLSX or a CSV into a header and rows of text. */
export async function readSpreadsheet(bytes: Uint8Array): Promise<RawSheet> {
  if (bytes.length > IMPORT_MAX_BYTES) throw new DomainError("too_large", "The file is larger than 5 MB. Split it into smaller files.");
  const kind = sniffSpreadsheet(bytes);
  if (!kind) throw new DomainError("validation", "This file is neither a CSV nor an Excel (.xlsx) workbook.");
  let table: string[][];
  if (kind === "csv") {
    const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: "greedy" });
    table = parsed.data.map((row) => row.map((c) => String(c ?? "")));
  } else {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    } catch {
      throw new DomainError("validation", "This Excel file could not be read. Save it again as .xlsx or CSV.");
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new DomainError("validation", "The workbook has no sheet.");
    table = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const values = row.values as ExcelJS.CellValue[];
      // ExcelJS rows are 1-based: values[0] is always empty.
      table[rowNumber - 1] = values.slice(1).map(cellText);
    });
    table = Array.from(table, (r) => r ?? []);
  }
  const [header, ...rows] = table;
  if (!header) throw new DomainError("validation", "The file is empty.");
  if (rows.length > IMPORT_MAX_ROWS) throw new DomainError("too_large", `A file can hold at most ${IMPORT_MAX_ROWS} alumni. Split it into smaller files.`);
  return { header, rows };
}
