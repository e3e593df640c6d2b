import { z } from "zod";
import { getDb } from "@/db/client";
import { clientIp, getActor } from "@/lib/auth";
import { enforceRateLimit } from "@/lib/auth/throttle";
import { DomainError } from "@/lib/errors";
import { handleRoute, readMultipart } from "@/lib/http";
import { IMPORT_MAX_BYTES, readCsvBytes, readXlsx } from "@/lib/review/import";
import { importScores } from "@/lib/review/import-command";
import { scoreImportSchema } from "@/lib/review/schemas";

/** POST a CSV or XLSX file of a jury's scores (multipart: file, dryRun). Dry run first; nothing half-imported. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleRoute("scores.import", async () => {
    const { id: callId } = await params;
    const actor = await getActor();
    if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
    await enforceRateLimit(getDb(), { action: "upload", address: clientIp(request.headers) });
    const form = await readMultipart(request, IMPORT_MAX_BYTES + 64_000);
    const parsed = scoreImportSchema.safeParse({ callId, dryRun: form.get("dryRun") });
    if (!parsed.success || !z.uuid().safeParse(callId).success) throw new DomainError("not_found", "That call does not exist.");
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) throw new DomainError("validation", "Choose a CSV or XLSX file.");
    if (file.size > IMPORT_MAX_BYTES) throw new DomainError("too_large", "The file is larger than 2 MB.");
    const bytes = await file.arrayBuffer();
    // Decide by content, not by name: an XLSX file is a zip (PK\x03\x04).
    const head = new Uint8Array(bytes.slice(0, 4));
    const isZip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
    let table: string[][];
    try {
      table = isZip ? await readXlsx(bytes) : readCsvBytes(bytes);
    } catch {
      throw new DomainError("validation", "The file could not be read. Save it as CSV (UTF-8) or XLSX and try again.");
    }
    const result = await importScores(getDb(), actor, { callId, dryRun: parsed.data.dryRun, table, fileName: file.name.slice(0, 200) });
    return Response.json({ ok: true, ...result });
  });
}
