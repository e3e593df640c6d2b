import { DomainError } from "@/lib/errors";
import { spreadsheetResponse, type Cell } from "@/lib/spreadsheet/write";
import { reportExportSchema } from "./schemas";
import { cellValue, type ReportTable } from "./suppress";

/**
 * A report table as spreadsheet rows: the same cells the page shows (protected ones included), header first. The
 * header and the words are the report's language (the reader's: the table was shaped in it), numbers stay numbers.
 */
function reportRows(table: ReportTable, locale: string): Cell[][] {
  return [table.columns, ...table.rows.map((row) => row.map((cell) => cellValue(cell, locale)))];
}

/** The named table of a report as a CSV or XLSX attachment, through the one formula-safe writer. */
export function exportReportTable(
  table: ReportTable,
  format: "csv" | "xlsx",
  baseName: string,
  locale: string,
): Promise<Response> {
  const fileName = `${baseName}-${table.id}`.replace(/[^a-z0-9-]+/gi, "-").toLowerCase();
  return spreadsheetResponse(reportRows(table, locale), { format, fileName, sheetName: table.title });
}

/** Reads which table and format an export asks for; a bad request is a 400 with a sentence. */
export function parseExportRequest(params: URLSearchParams): { table: string; format: "csv" | "xlsx" } {
  const parsed = reportExportSchema.safeParse({ table: params.get("table"), format: params.get("format") ?? "csv" });
  if (!parsed.success) throw new DomainError("validation", "Choose a table of the report and a format (CSV or XLSX).");
  return parsed.data;
}
