import { z } from "zod";
import { getDb } from "@/db/client";
import { dryRunImport, importApplications } from "@/lib/applications/import";
import { IMPORT_FIELDS, suggestMapping, type ImportTarget } from "@/lib/applications/import-rows";
import { clientIp, getActor } from "@/lib/auth";
import { assertInScope, callScope } from "@/lib/auth/scope";
import { enforceRateLimit } from "@/lib/auth/throttle";
import { getCallForAdmin } from "@/lib/calls/admin-queries";
import { DomainError, notFound } from "@/lib/errors";
import { errorResponse, handleRoute } from "@/lib/http";
import { readerLocale } from "@/lib/i18n/reader";
import { isBlankRow, readSpreadsheet } from "@/lib/spreadsheet/read";
import { readUploadForm } from "@/lib/uploads/sniff";

type Params = { params: Promise<{ id: string }> };

const mappingSchema = z
  .array(z.union([z.enum(IMPORT_FIELDS), z.string().regex(/^answer:[a-z][a-z0-9_]{0,59}$/), z.literal("")]))
  .max(200);

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
    await enforceRateLimit(getDb(), { action: "upload", address: clientIp(request.headers) });
    const { fields, file } = await readUploadForm(request, "spreadsheet");
    if (!file) throw new DomainError("validation", "Choose a CSV or .xlsx file.");
    const mode = fields.mode ?? "preview";
    const { header: headers, rows } = await readSpreadsheet(file.bytes);
    const filled = rows.filter((r) => !isBlankRow(r));

    if (mode === "preview") {
      return Response.json({
        ok: true,
        headers,
        sample: filled.slice(0, 5),
        rowCount: filled.length,
        mapping: suggestMapping(headers, call.form),
      });
    }
    let mapping: ImportTarget[];
    try {
      mapping = mappingSchema.parse(JSON.parse(fields.mapping ?? "[]")) as ImportTarget[];
    } catch {
      throw new DomainError("validation", "The column mapping could not be read.");
    }
    if (mode === "check") {
      return Response.json({
        ok: true,
        rowCount: filled.length,
        ...(await dryRunImport(db, actor, { callId: call.id, rows, mapping })),
      });
    }
    if (mode !== "import") throw new DomainError("validation", "Unknown step.");

    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (value: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
        try {
          const result = await importApplications(
            db,
            actor,
            {
              callId: call.id,
              fileName: file.name.slice(0, 200),
              rows,
              mapping,
              gendersConfirmed: fields.gendersConfirmed === "true",
            },
            (done, total) => send({ type: "progress", done, total }),
          );
          send({ type: "done", ...result });
        } catch (error) {
          if (error instanceof DomainError)
            send({ type: "error", ...(await errorResponse(error, await readerLocale()).json()) });
          else {
            console.error("[route applications.import]", error);
            // The last resort only: every failure the check can foresee is a DomainError naming its rows.
            send({
              type: "error",
              formError: "The import stopped on an error of ours, and we have logged it. Please try again.",
            });
          }
        }
        controller.close();
      },
    });
    return new Response(stream, {
      headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" },
    });
  });
}
