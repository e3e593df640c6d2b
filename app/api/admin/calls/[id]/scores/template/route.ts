import { z } from "zod";
import { getDb } from "@/db/client";
import { getActor } from "@/lib/auth";
import { DomainError, notFound } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { scoreImportTemplate } from "@/lib/review/import-command";
import { formatParam, spreadsheetResponse } from "@/lib/spreadsheet/write";

/** GET the score import's template for this call (?format=csv|xlsx): its criteria, one row per application under review. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleRoute("scores.importTemplate", async () => {
    const { id } = await params;
    if (!z.uuid().safeParse(id).success) throw notFound("That call does not exist.");
    const actor = await getActor();
    if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
    const { rows, notes } = await scoreImportTemplate(getDb(), actor, id);
    return spreadsheetResponse(rows, { format: formatParam(request.url), fileName: "scores-import-template", sheetName: "Scores", notes });
  });
}
