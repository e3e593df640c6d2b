import { z } from "zod";
import { getDb } from "@/db/client";
import { getActor } from "@/lib/auth";
import { assertInScope, callScope } from "@/lib/auth/scope";
import { rankingRows, selectionRows } from "@/lib/decisions/export";
import { notFound } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { loadDecisionState } from "@/lib/offers/seats";
import { getCallContext } from "@/lib/review/call";
import { loadScoredApplications } from "@/lib/review/ranking";
import { formatParam, spreadsheetResponse } from "@/lib/spreadsheet/write";

/** GET ranking or selection as CSV, or XLSX with ?format=xlsx (formula-injection safe), for an office to check by hand. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; kind: string }> }) {
  return handleRoute("selection.export", async () => {
    const { id: callId, kind } = await params;
    if (!z.uuid().safeParse(callId).success || !["ranking", "selection"].includes(kind)) throw notFound();
    const actor = await getActor();
    const db = getDb();
    assertInScope(actor, "application.export", await callScope(db, callId), "That call does not exist.");
    const call = await getCallContext(db, callId);
    if (!call) throw notFound("That call does not exist.");
    let rows;
    if (kind === "ranking") {
      rows = rankingRows(call, await loadScoredApplications(db, call));
    } else {
      const state = await loadDecisionState(db, call);
      rows = selectionRows(call, state.seated, state.rules, {
        seed: state.seed,
        stage: state.sent ? "offers sent" : "shortlist",
      });
    }
    const fileName = `${kind}-${call.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .slice(0, 40)}`;
    return spreadsheetResponse(rows, {
      format: formatParam(request.url),
      fileName,
      sheetName: kind === "ranking" ? "Ranking" : "Selection",
    });
  });
}
