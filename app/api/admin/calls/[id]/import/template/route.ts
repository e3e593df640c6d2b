import { z } from "zod";
import { getDb } from "@/db/client";
import { applicationImportTemplate } from "@/lib/applications/import";
import { getActor } from "@/lib/auth";
import { DomainError, notFound } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { formatParam, spreadsheetResponse } from "@/lib/spreadsheet/write";

/** GET the applications import's template for this call (?format=csv|xlsx): the call's own columns. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleRoute("applications.importTemplate", async () => {
    const { id } = await params;
    if (!z.uuid().safeParse(id).success) throw notFound("We could not find that call.");
    const actor = await getActor();
    if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
    const { header, notes } = await applicationImportTemplate(getDb(), actor, id);
    return spreadsheetResponse([header], { format: formatParam(request.url), fileName: "applications-import-template", sheetName: "Applications", notes });
  });
}
