import { getDb } from "@/db/client";
import { alumniImportTemplate } from "@/lib/alumni/import-commands";
import { getActor } from "@/lib/auth";
import { DomainError } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { readerLocale } from "@/lib/i18n/reader";
import { sheetTitle } from "@/lib/spreadsheet/columns";
import { formatParam, spreadsheetResponse } from "@/lib/spreadsheet/write";

/** GET the alumni import's template (?format=csv|xlsx) in the reader's language. */
export async function GET(request: Request) {
  return handleRoute("alumni-import-template", async () => {
    const actor = await getActor();
    if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
    const locale = await readerLocale();
    const { header, notes } = await alumniImportTemplate(getDb(), actor, locale);
    return spreadsheetResponse([header], {
      format: formatParam(request.url),
      fileName: "alumni-import-template",
      sheetName: sheetTitle(locale, "alumni"),
      notes,
      locale,
    });
  });
}
