import { z } from "zod";
import { getDb } from "@/db/client";
import { getActor } from "@/lib/auth";
import { assertInScope, callScope } from "@/lib/auth/scope";
import { rankingRows, selectionRows } from "@/lib/decisions/export";
import { notFound } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { readerLocale } from "@/lib/i18n/reader";
import { loadDecisionState } from "@/lib/offers/seats";
import { getCallContext } from "@/lib/review/call";
import { loadScoredApplications } from "@/lib/review/ranking";
import { sheetTitle } from "@/lib/spreadsheet/columns";
import { formatParam, spreadsheetResponse } from "@/lib/spreadsheet/write";

/**
 * GET ranking or selection as CSV, or XLSX with ?format=xlsx (formula-injection safe), for an office to check by
 * hand, in the reader's language.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; kind: string }> }) {
  return handleRoute("selection.export", async () => {
    const { id: callId, kind } = await params;
    if (!z.uuid().safeParse(callId).success || !["ranking", "selection"].includes(kind)) throw notFound();
    const actor = await getActor();
    const db = getDb();
    assertInScope(actor, "application.export", await callScope(db, callId), "That call does not exist.");
    const call = await getCallContext(db, callId);
    if (!call) throw notFound("That call does not exist.");
    const locale = await readerLocale();
    let rows;
    if (kind === "ranking") {
      rows = rankingRows(call, await loadScoredApplications(db, call), locale);
    } else {
      const state = await loadDecisionState(db, call);
      rows = selectionRows(call, state.seated, state.rules, { seed: state.seed, offersSent: state.sent }, locale);
    }
    const fileName = `${kind}-${call.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .slice(0, 40)}`;
    return spreadsheetResponse(rows, {
      format: formatParam(request.url),
      fileName,
      sheetName: sheetTitle(locale, kind === "ranking" ? "ranking" : "selection"),
    });
  });
}
