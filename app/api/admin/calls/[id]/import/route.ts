import { z } from "zod";
import { getDb } from "@/db/client";
import { dryRunImport, importApplications } from "@/lib/applications/import";
import { IMPORT_FIELDS, suggestMapping, type ImportTarget } from "@/lib/applications/import-rows";
import { parseCsv, parseXlsx } from "@/lib/applications/spreadsheet";
import { getActor } from "@/lib/auth";
import { getCallForAdmin } from "@/lib/calls/admin-queries";
import { assertInScope, callScope } from "@/lib/auth/scope";
import { DomainError, notFound } from "@/lib/errors";
import { errorResponse, handleRoute } from "@/lib/http";

type Params = { params: Promise<{ id: string }> };
const MAX_FILE_BYTES = 5 * 1024 * 1024;

const mappingSchema = z.array(z.union([z.enum(IMPORT_FIELDS), z.string().regex(/^answer:[a-z][a-z0-9_]{0,59}$/), z.literal("")])).max(200);

/** A spreadsheet's rows: .xlsx recognised by its zip signature, anything else read as UTF-8 CSV. */
async function readSpreadsheet(file: File): Promise<string[][]> {
  if (file.size > MAX_FILE_BYTES) throw new DomainError("too_large", "The file is larger than 5 MB; split it.");
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    try {
      return await parseXlsx(bytes);
    } catch {
      throw new DomainError("validation", "This .xlsx file could not be read. Save it again from your spreadsheet program, or as CSV.");
    }
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (text.includes("\u0000")) throw new DomainError("validation", "This is neither a CSV nor an .xlsx file.");
  return parseCsv(text);
}

/**
 * One endpoint for the three steps of an import: "preview" (headers and a suggested mapping), "check"
 * (the dry run: every row's errors, nothing written) and "import" (all or nothing, with progress streamed
 * as one JSON object per line).
 */
export async function POST(request: Request, { params }: Params) {
  return handleRoute("applications.import", async () => {
    const { id } = await params;
    const actor = await getActor();
    const db = getDb();
    assertInScope(actor, "application.import", await callScope(db, id), "We could not find that call.");
    const call = await getCallForAdmin(db, actor, id);
    if (!call) throw notFound("We could not find that call.");
    if (Number(request.headers.get("content-length") ?? 0) > MAX_FILE_BYTES + 100_000) throw new DomainError("too_large", "The file is larger than 5 MB; split it.");
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    if (!form || !file || typeof file === "string") throw new DomainError("validation", "Choose a CSV or .xlsx file.");
    const mode = String(form.get("mode") ?? "preview");
    const [headers = [], ...rows] = await readSpreadsheet(file);
    if (headers.length === 0) throw new DomainError("validation", "The file is empty.");

    if (mode === "preview") {
      return Response.json({ ok: true, headers, sample: rows.slice(0, 5), rowCount: rows.length, mapping: suggestMapping(headers, call.form) });
    }
    let mapping: ImportTarget[];
    try {
      mapping = mappingSchema.parse(JSON.parse(String(form.get("mapping") ?? "[]"))) as ImportTarget[];
    } catch {
      throw new DomainError("validation", "The column mapping could not be read.");
    }
    if (mode === "check") {
      return Response.json({ ok: true, rowCount: rows.length, ...(await dryRunImport(db, actor, { callId: call.id, rows, mapping })) });
    }
    if (mode !== "import") throw new DomainError("validation", "Unknown step.");

    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (value: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
        try {
          const result = await importApplications(db, actor, { callId: call.id, fileName: file.name.slice(0, 200), rows, mapping }, (done, total) => send({ type: "progress", done, total }));
          send({ type: "done", ...result });
        } catch (error) {
          if (error instanceof DomainError) send({ type: "error", ...(await errorResponse(error).json()) });
          else {
            console.error("[route applications.import]", error);
            send({ type: "error", formError: "Something went wrong on our side. Nothing was imported; please try again." });
          }
        }
        controller.close();
      },
    });
    return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
  });
}
