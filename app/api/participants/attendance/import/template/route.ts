import { getActor } from "@/lib/auth";
import { attendanceTemplate } from "@/lib/attendance/csv";
import { can } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { readerLocale } from "@/lib/i18n/reader";
import { sheetTitle } from "@/lib/spreadsheet/columns";
import { formatParam, spreadsheetResponse } from "@/lib/spreadsheet/write";

/**
 * GET the attendance import's template (?format=csv|xlsx) in the reader's language; an online-class report with
 * these columns, in any of the languages, works as it is.
 */
export async function GET(request: Request) {
  return handleRoute("attendance-import-template", async () => {
    const actor = await getActor();
    if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
    if (!can(actor, "attendance.mark")) throw new DomainError("forbidden", "Only programme staff import attendance.");
    const locale = await readerLocale();
    const { header, notes } = attendanceTemplate(locale);
    return spreadsheetResponse([header], {
      format: formatParam(request.url),
      fileName: "attendance-import-template",
      sheetName: sheetTitle(locale, "attendance"),
      notes,
      locale,
    });
  });
}
