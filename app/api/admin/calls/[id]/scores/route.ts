import { z } from "zod";
import { getDb } from "@/db/client";
import { clientIp, getActor } from "@/lib/auth";
import { enforceRateLimit } from "@/lib/auth/throttle";
import { DomainError } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { importScores } from "@/lib/review/import-command";
import { scoreImportSchema } from "@/lib/review/schemas";
import { readSpreadsheet } from "@/lib/spreadsheet/read";
import { readUploadForm } from "@/lib/uploads/sniff";

/** POST a CSV or XLSX file of a jury's scores (multipart: file, dryRun). Dry run first; nothing half-imported. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleRoute("scores.import", async () => {
    const { id: callId } = await params;
    const actor = await getActor();
    if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
    await enforceRateLimit(getDb(), { action: "upload", address: clientIp(request.headers) });
    const { fields, file } = await readUploadForm(request, "spreadsheet");
    const parsed = scoreImportSchema.safeParse({ callId, dryRun: fields.dryRun });
    if (!parsed.success || !z.uuid().safeParse(callId).success)
      throw new DomainError("not_found", "That call does not exist.");
    if (!file) throw new DomainError("validation", "Choose a CSV or XLSX file.");
    const sheet = await readSpreadsheet(file.bytes);
    const result = await importScores(getDb(), actor, {
      callId,
      dryRun: parsed.data.dryRun,
      table: [sheet.header, ...sheet.rows],
      fileName: file.name.slice(0, 200),
    });
    return Response.json({ ok: true, ...result });
  });
}
