import { z } from "zod";
import { getDb } from "@/db/client";
import { applicationImportTemplate } from "@/lib/applications/import";
import { getActor } from "@/lib/auth";
import { DomainError, notFound } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { readerLocale } from "@/lib/i18n/reader";
import { sheetTitle } from "@/lib/spreadsheet/columns";
import { scoreImportTemplate } from "@/lib/review/import-command";
import { formatParam, spreadsheetResponse } from "@/lib/spreadsheet/write";

const paramsSchema = z.object({ id: z.uuid(), kind: z.enum(["applications", "scores"]) });

/**
 * GET a call's import template (?format=csv|xlsx) in the reader's language: "applications" has the call's applicant fields and
 * questions; "scores" its criteria and one row per application under review. Each command checks who may.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; kind: string }> }) {
  return handleRoute("calls.importTemplate", async () => {
    const parsed = paramsSchema.safeParse(await params);
    if (!parsed.success) throw notFound("We could not find that template.");
    const actor = await getActor();
    if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
    const { id, kind } = parsed.data;
    const locale = await readerLocale();
    const template =
      kind === "applications"
        ? await applicationImportTemplate(getDb(), actor, id, locale).then(({ header, notes }) => ({
            rows: [header],
            notes,
          }))
        : await scoreImportTemplate(getDb(), actor, id, locale);
    return spreadsheetResponse(template.rows, {
      format: formatParam(request.url),
      fileName: `${kind}-import-template`,
      sheetName: sheetTitle(locale, kind),
      notes: template.notes,
      locale,
    });
  });
}
