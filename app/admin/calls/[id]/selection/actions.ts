"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth";
import { balanceRulesFormSchema, decideRunSchema, shortlistSchema, suggestSchema } from "@/lib/decisions/schemas";
import {
  acceptWayOut,
  analyseRun,
  decideRun,
  runSuggestion,
  saveBalanceRules,
  saveShortlist,
} from "@/lib/decisions/selection-commands";
import { acceptWayOutSchema, analyseRunSchema } from "@/lib/selection/schemas";
import { callScope, runScope } from "@/lib/auth/scope";

const rules = defineAction({
  permission: "selection.run",
  schema: balanceRulesFormSchema,
  scope: (i, db) => callScope(db, i.callId),
  run: ({ db, actor }, i) => saveBalanceRules(db, actor, i),
});
const shortlist = defineAction({
  permission: "selection.run",
  schema: shortlistSchema,
  scope: (i, db) => callScope(db, i.callId),
  run: ({ db, actor }, i) => saveShortlist(db, actor, i),
});
const suggest = defineAction({
  permission: "selection.run",
  schema: suggestSchema,
  scope: (i, db) => callScope(db, i.callId),
  run: ({ db, actor }, i) => runSuggestion(db, actor, i),
});
const decide = defineAction({
  permission: "selection.run",
  schema: decideRunSchema,
  scope: (i, db) => runScope(db, i.runId),
  run: ({ db, actor }, i) => decideRun(db, actor, i),
});

const analyse = defineAction({
  permission: "selection.run",
  schema: analyseRunSchema,
  scope: (i, db) => runScope(db, i.runId),
  run: ({ db, actor }, i) => analyseRun(db, actor, i),
});
const wayOut = defineAction({
  permission: "selection.run",
  schema: acceptWayOutSchema,
  scope: (i, db) => runScope(db, i.runId),
  run: ({ db, actor }, i) => acceptWayOut(db, actor, i),
});

const refresh = <T extends { ok: boolean }>(result: T) => {
  if (result.ok) revalidatePath("/admin/calls/[id]", "layout");
  return result;
};

export async function saveBalanceRulesAction(input: unknown) {
  return refresh(await rules(input));
}
export async function saveShortlistAction(input: unknown) {
  return refresh(await shortlist(input));
}
/** The solve runs in the solver's worker thread; this request only waits for it. */
export async function suggestSelectionAction(input: unknown) {
  return suggest(input);
}
/** Discarding changes nothing the page shows (the panel closes in the browser): only accepting refreshes it. */
export async function decideSuggestionAction(input: unknown) {
  const result = await decide(input);
  return result.ok && result.decision === "accept" ? refresh(result) : result;
}
/** Why the rules conflict and the ways out, or each rule's price: asked for once the suggestion shows. */
export async function analyseSuggestionAction(input: unknown) {
  return analyse(input);
}
export async function acceptWayOutAction(input: unknown) {
  return refresh(await wayOut(input));
}
