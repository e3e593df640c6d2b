// Until lib/spreadsheet lands, the applications module's writer is the one formula-safe CSV/XLSX writer.
import { toCsv, toXlsx, type Table } from "@/lib/applications/spreadsheet";
import { DomainError } from "@/lib/errors";
import { reportExportSchema } from "./schemas";
import { cellValue, type ReportTable } from "./suppress";

/** A report table as a spreadsheet: the same cells the page shows (protected ones included). */
export function reportSheet(table: ReportTable): Table {
  return { headers: table.columns, rows: table.rows.map((row) => row.map(cellValue)) };
}

export type ExportFile = { body: string | Buffer; contentType: string; fileName: string };

export async function exportReportTable(table: ReportTable, format: "csv" | "xlsx", baseName: string): Promise<ExportFile> {
  const sheet = reportSheet(table);
  const name = `${baseName}-${table.id}`.replace(/[^a-z0-9-]+/gi, "-").toLowerCase();
  if (format === "csv") return { body: toCsv(sheet), contentType: "text/csv; charset=utf-8", fileName: `${name}.csv` };
  return { body: await toXlsx(sheet, table.title), contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName: `${name}.xlsx` };
}

/** The response of a report export route: the named table of the report, as an attachment. */
export function exportResponse(file: ExportFile): Response {
  const body = typeof file.body === "string" ? file.body : new Uint8Array(file.body);
  return new Response(body, {
    headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.fileName}"`, "cache-control": "private, no-store", "x-content-type-options": "nosniff" },
  });
}

/** Reads which table and format an export asks for; a bad request is a 400 with a sentence. */
export function parseExportRequest(params: URLSearchParams): { table: string; format: "csv" | "xlsx" } {
  const parsed = reportExportSchema.safeParse({ table: params.get("table"), format: params.get("format") ?? "csv" });
  if (!parsed.success) throw new DomainError("validation", "Choose a table of the report and a format (CSV or XLSX).");
  return parsed.data;
}
