import { getDb } from "@/db/client";
import { parseFilters } from "@/lib/applications/admin-filters";
import { exportCallApplications } from "@/lib/applications/admin-queries";
import { buildApplicationsTable } from "@/lib/applications/export";
import { getActor } from "@/lib/auth";
import { getCallForAdmin } from "@/lib/calls/admin-queries";
import { assertInScope, callScope } from "@/lib/auth/scope";
import { notFound } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { readerLocale } from "@/lib/i18n/reader";
import { sheetTitle } from "@/lib/spreadsheet/columns";
import { formatParam, spreadsheetResponse } from "@/lib/spreadsheet/write";
import { now } from "@/lib/time/clock";

type Params = { params: Promise<{ id: string }> };

/**
 * CSV or XLSX of a call's applications with the list's filters, in the reader's language; every text cell is safe
 * against formula injection.
 */
export async function GET(request: Request, { params }: Params) {
  return handleRoute("applications.export", async () => {
    const { id } = await params;
    const actor = await getActor();
    const db = getDb();
    assertInScope(actor, "application.export", await callScope(db, id), "We could not find that call.");
    const call = await getCallForAdmin(db, actor, id);
    if (!call) throw notFound("We could not find that call.");
    const url = new URL(request.url);
    const filters = parseFilters(url.searchParams);
    const { rows, files } = await exportCallApplications(db, call.id, call.eligibility, filters);
    const locale = await readerLocale();
    const table = buildApplicationsTable({
      locale,
      form: call.form,
      tracks: call.cohortTracks,
      rows,
      files,
      timeZone: call.timeZone,
    });
    const stamp = now().toISOString().slice(0, 10);
    return spreadsheetResponse([table.headers, ...table.rows], {
      format: formatParam(url),
      fileName: `applications-${call.id.slice(0, 8)}-${stamp}`,
      sheetName: sheetTitle(locale, "applications"),
    });
  });
}
