import { getDb } from "@/db/client";
import { parseFilters } from "@/lib/applications/admin-filters";
import { exportCallApplications } from "@/lib/applications/admin-queries";
import { buildApplicationsTable } from "@/lib/applications/export";
import { toCsv, toXlsx } from "@/lib/applications/spreadsheet";
import { getActor } from "@/lib/auth";
import { getCallForAdmin } from "@/lib/calls/admin-queries";
import { assertInScope, callScope } from "@/lib/auth/scope";
import { notFound } from "@/lib/errors";
import { handleRoute } from "@/lib/http";

type Params = { params: Promise<{ id: string }> };

/** CSV or XLSX of a call's applications with the list's filters; every text cell is safe against formula injection. */
export async function GET(request: Request, { params }: Params) {
  return handleRoute("applications.export", async () => {
    const { id } = await params;
    const actor = await getActor();
    const db = getDb();
    assertInScope(actor, "application.export", await callScope(db, id), "We could not find that call.");
    const call = await getCallForAdmin(db, actor, id);
    if (!call) throw notFound("We could not find that call.");
    const url = new URL(request.url);
    const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
    const filters = parseFilters(url.searchParams);
    const { rows, files } = await exportCallApplications(db, call.id, call.eligibility, filters);
    const table = buildApplicationsTable({ form: call.form, tracks: call.cohortTracks, rows, files, timeZone: call.timeZone });
    const stamp = new Date().toISOString().slice(0, 10);
    const name = `applications-${call.id.slice(0, 8)}-${stamp}.${format}`;
    const headers = { "content-disposition": `attachment; filename="${name}"`, "cache-control": "private, no-store", "x-content-type-options": "nosniff" };
    if (format === "xlsx") {
      return new Response(new Uint8Array(await toXlsx(table)), { headers: { ...headers, "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } });
    }
    return new Response(toCsv(table), { headers: { ...headers, "content-type": "text/csv; charset=utf-8" } });
  });
}
