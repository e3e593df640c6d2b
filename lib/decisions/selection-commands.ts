import { randomInt } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database, Executor } from "@/db/client";
import { applications, calls, selectionRuns } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, notFound, stale } from "@/lib/errors";
import { assertInScope, callScope } from "@/lib/auth/scope";
import { getCallContext, SELECTABLE } from "@/lib/review/call";
import { loadSelectionPool } from "@/lib/review/ranking";
import { loadWorkbenchPeople } from "./queries";
import { listCountryGroups } from "@/lib/geo/country-groups";
import {
  explainSelection,
  priceSelectionRules,
  runFigures,
  suggestSelection,
  type Explanation,
  type RulePrice,
} from "@/lib/selection";
import type { acceptWayOutSchema, analyseRunSchema } from "@/lib/selection/schemas";
import { groupRulesFromRows, refreshGroupRules } from "@/lib/selection/group-rules";
import type { BalanceRules } from "@/lib/selection/types";
import { moveApplications } from "@/lib/applications/state";
import {
  balanceRulesFormSchema,
  decideRunSchema,
  rulesFromForm,
  shortlistSchema,
  splitList,
  suggestSchema,
} from "./schemas";
import { now } from "@/lib/time/clock";

async function allowed(
  db: Executor,
  actor: Actor | null,
  callId: string,
  permission: "selection.run" | "selection.decide" = "selection.run",
) {
  assertInScope(actor, permission, await callScope(db, callId), "That call does not exist.");
  return actor;
}

/**
 * The permission on a call already read, without reading its scope again: a call that does not exist is in
 * no programme (only an administrator passes, and then meets "does not exist"), as in lib/auth/scope.ts.
 */
function allowedOn(actor: Actor | null, call: { programmeId: string } | null): Actor {
  assertInScope(actor, "selection.run", { programmeId: call?.programmeId ?? "" }, "That call does not exist.");
  return actor;
}

/** The rules with each group rule's countries as its group holds them now (read only when there are group rules). */
async function currentRules(db: Executor, rules: BalanceRules): Promise<BalanceRules> {
  return rules.groups?.length ? refreshGroupRules(rules, await listCountryGroups(db)) : rules;
}

/** Turns references typed in the editor into the call's application ids; unknown ones are field errors. */
async function resolveReferences(tx: Executor, callId: string, text: string, field: string): Promise<string[]> {
  const refs = [...new Set(splitList(text.toUpperCase()))];
  if (!refs.length) return [];
  const found = await tx
    .select({ id: applications.id, reference: applications.reference })
    .from(applications)
    .where(and(eq(applications.callId, callId), inArray(sql`upper(${applications.reference})`, refs)));
  const known = new Map(found.map((f) => [f.reference.toUpperCase(), f.id]));
  const missing = refs.filter((r) => !known.has(r));
  if (missing.length)
    throw new DomainError("validation", "Some references are not applications to this call.", {
      [field]: [`Unknown: ${missing.join(", ")}.`],
    });
  return refs.map((r) => known.get(r)!);
}

/** Stores the call's balance rules (a BalanceRules object in calls.balance_rules), guarded by the call's version. */
export async function saveBalanceRules(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof balanceRulesFormSchema>,
) {
  const who = await allowed(db, actor, input.callId);
  return db.transaction(async (tx) => {
    const pinnedIn = await resolveReferences(tx, input.callId, input.pinnedIn, "pinnedIn");
    const pinnedOut = await resolveReferences(tx, input.callId, input.pinnedOut, "pinnedOut");
    const both = pinnedIn.filter((id) => pinnedOut.includes(id));
    if (both.length)
      throw new DomainError("validation", "An applicant cannot be pinned in and out at once.", {
        pinnedOut: ["Also pinned in."],
      });
    // Group rules are resolved to their countries here, from the built-in groupings and the office's own.
    const groups = groupRulesFromRows(input.groupRules ?? [], await listCountryGroups(tx));
    const rules = rulesFromForm(input, { pinnedIn, pinnedOut, groups });
    const [updated] = await tx
      .update(calls)
      .set({ balanceRules: rules as unknown as Record<string, unknown>, version: sql`${calls.version} + 1` })
      .where(and(eq(calls.id, input.callId), eq(calls.version, input.callVersion)))
      .returning({ version: calls.version });
    if (!updated) throw stale("Someone else changed this call since you opened it. Reload and try again.");
    await writeAudit(tx, {
      actorId: who.userId,
      action: "selection.saveRules",
      entityType: "call",
      entityId: input.callId,
      data: { rules },
    });
    return { callVersion: updated.version };
  });
}

/**
 * Makes exactly `chosenIds` the call's shortlist: the newly chosen move to shortlisted, those taken
 * off go back to under review; each move is an event with the reason.
 */
async function applyShortlist(
  tx: Executor,
  actorId: string,
  callId: string,
  chosenIds: readonly string[],
  reason: string,
) {
  const pool = await tx
    .select({ id: applications.id, status: applications.status })
    .from(applications)
    .where(and(eq(applications.callId, callId), inArray(applications.status, SELECTABLE)));
  const byId = new Map(pool.map((p) => [p.id, p.status]));
  const chosen = new Set(chosenIds);
  const outside = [...chosen].filter((id) => !byId.has(id));
  if (outside.length)
    throw stale(
      "Some of the chosen applications are no longer open for selection (decided or withdrawn). Reload and try again.",
    );
  const moves = [
    ...pool
      .filter((p) => chosen.has(p.id) && p.status !== "shortlisted")
      .map((p) => ({ applicationId: p.id, from: p.status, to: "shortlisted" as const, reason })),
    ...pool
      .filter((p) => !chosen.has(p.id) && p.status === "shortlisted")
      .map((p) => ({
        applicationId: p.id,
        from: p.status,
        to: "under_review" as const,
        reason: `Taken off the shortlist: ${reason}`,
      })),
  ];
  const moved = await moveApplications(tx, actorId, moves, { callId });
  return { shortlisted: chosen.size, moved: moved.length };
}

/** Saves the workbench's hand-made choice as the shortlist. */
export async function saveShortlist(db: Database, actor: Actor | null, input: z.output<typeof shortlistSchema>) {
  const who = await allowed(db, actor, input.callId);
  return db.transaction(async (tx) => {
    let reason = input.reason || "Chosen by hand on the shortlisting workbench";
    if (input.fromRunId) {
      const [run] = await tx
        .update(selectionRuns)
        .set({ status: "accepted", decidedBy: who.userId, decidedAt: now() })
        .where(
          and(
            eq(selectionRuns.id, input.fromRunId),
            eq(selectionRuns.callId, input.callId),
            eq(selectionRuns.status, "suggested"),
          ),
        )
        .returning({ seed: selectionRuns.seed });
      if (run) reason = `Edited from the suggestion with seed ${run.seed}`;
    }
    const result = await applyShortlist(tx, who.userId, input.callId, input.chosenIds, reason);
    await writeAudit(tx, {
      actorId: who.userId,
      action: "selection.saveShortlist",
      entityType: "call",
      entityId: input.callId,
      data: { ...result },
    });
    return result;
  });
}

/**
 * Asks the solver for the selection that maximises the score under every rule and pin, and records
 * it with its seed (a new random one unless given) so the same suggestion can be made again. Nothing
 * changes in the applications until someone accepts it. The solve runs outside any transaction.
 */
export async function runSuggestion(db: Database, actor: Actor | null, input: z.output<typeof suggestSchema>) {
  // One read of the call serves the permission (its programme) and the solve (rubric, settings, rules).
  const call = await getCallContext(db, input.callId);
  const who = allowedOn(actor, call);
  if (!call) throw notFound("That call does not exist.");
  if (!call.rules)
    throw new DomainError(
      "conflict",
      "Set this call's balance rules (at least the number of seats) before asking for a suggestion.",
    );
  const [rules, pool] = await Promise.all([currentRules(db, call.rules), loadSelectionPool(db, call)]);
  if (pool.length === 0) throw new DomainError("conflict", "No applications are open for selection in this call.");
  const seed = input.seed ?? randomInt(0, 2_147_483_647);
  const suggestion = await suggestSelection(pool, rules, { seed });
  const [run] = await db
    .insert(selectionRuns)
    .values({
      callId: call.id,
      seed,
      rules: rules as unknown as Record<string, unknown>,
      ...runFigures(suggestion),
      candidates: pool.length,
      createdBy: who.userId,
    })
    .returning({ id: selectionRuns.id, createdAt: selectionRuns.createdAt });
  await writeAudit(db, {
    actorId: who.userId,
    action: "selection.suggest",
    entityType: "call",
    entityId: call.id,
    data: { runId: run!.id, seed, feasible: suggestion.feasible, chosen: suggestion.chosenIds.length },
  });
  // The workbench lists one page of the pool: it learns who the suggestion chooses from here.
  const people = await loadWorkbenchPeople(db, call.id, suggestion.chosenIds);
  return { runId: run!.id, createdAt: run!.createdAt.toISOString(), candidates: pool.length, ...suggestion, people };
}

/** Accepts a suggestion (its chosen list becomes the shortlist, with events) or discards it. */
export async function decideRun(db: Database, actor: Actor | null, input: z.output<typeof decideRunSchema>) {
  const [run] = await db
    .select({
      id: selectionRuns.id,
      callId: selectionRuns.callId,
      seed: selectionRuns.seed,
      chosenIds: selectionRuns.chosenIds,
    })
    .from(selectionRuns)
    .where(eq(selectionRuns.id, input.runId))
    .limit(1);
  if (!run) throw notFound("That suggestion does not exist.");
  const who = await allowed(db, actor, run.callId);
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(selectionRuns)
      .set({ status: input.decision === "accept" ? "accepted" : "discarded", decidedBy: who.userId, decidedAt: now() })
      .where(and(eq(selectionRuns.id, run.id), eq(selectionRuns.status, "suggested")))
      .returning({ id: selectionRuns.id });
    if (!updated)
      throw stale("This suggestion was already accepted or discarded. Reload to see the current shortlist.");
    let result = { shortlisted: 0, moved: 0 };
    if (input.decision === "accept")
      result = await applyShortlist(
        tx,
        who.userId,
        run.callId,
        run.chosenIds,
        `Accepted the suggestion with seed ${run.seed}`,
      );
    await writeAudit(tx, {
      actorId: who.userId,
      action: `selection.${input.decision}Suggestion`,
      entityType: "selection_run",
      entityId: run.id,
      data: { callId: run.callId, ...result },
    });
    return { decision: input.decision, ...result };
  });
}

/*
 * After a suggestion is shown: why its rules conflict and the ways out (lib/selection/conflicts.ts), or,
 * when every rule holds, what each rule costs. Computed once per run, on the run's own rules and seed,
 * and kept with it; a second request reads the stored answer.
 */
export async function analyseRun(db: Database, actor: Actor | null, input: z.output<typeof analyseRunSchema>) {
  const [run] = await db
    .select({
      id: selectionRuns.id,
      callId: selectionRuns.callId,
      seed: selectionRuns.seed,
      rules: selectionRuns.rules,
      chosenIds: selectionRuns.chosenIds,
      objective: selectionRuns.objective,
      feasible: selectionRuns.feasible,
      explanation: selectionRuns.explanation,
      rulePrices: selectionRuns.rulePrices,
    })
    .from(selectionRuns)
    .where(eq(selectionRuns.id, input.runId))
    .limit(1);
  if (!run) throw notFound("That suggestion does not exist.");
  if (run.explanation || run.rulePrices) {
    await allowed(db, actor, run.callId);
    const explanation = run.explanation as Explanation | null;
    const prices = run.rulePrices as RulePrice[] | null;
    return { explanation, prices, people: await loadWorkbenchPeople(db, run.callId, namedIn(explanation, prices)) };
  }
  const [call, [timing]] = await Promise.all([
    getCallContext(db, run.callId),
    db.select({ closesAt: calls.closesAt }).from(calls).where(eq(calls.id, run.callId)),
  ]);
  allowedOn(actor, call);
  if (!call) throw notFound("That call does not exist.");
  const candidates = await loadSelectionPool(db, call);
  const rules = run.rules as unknown as BalanceRules;
  const explanation = run.feasible
    ? null
    : await explainSelection(candidates, rules, run.chosenIds, {
        seed: run.seed,
        callOpen: call.status === "open" && (timing?.closesAt.getTime() ?? 0) > now().getTime(),
      });
  const prices = run.feasible ? await priceSelectionRules(candidates, rules, run, { seed: run.seed }) : null;
  await db
    .update(selectionRuns)
    .set({
      explanation: explanation as unknown as Record<string, unknown> | null,
      rulePrices: prices as unknown as Record<string, unknown>[] | null,
    })
    .where(eq(selectionRuns.id, run.id));
  return { explanation, prices, people: await loadWorkbenchPeople(db, call.id, namedIn(explanation, prices)) };
}

/** The applicants an analysis names (who a way out or a rule's price brings in or keeps out). */
const namedIn = (explanation: Explanation | null, prices: RulePrice[] | null) => [
  ...(explanation?.waysOut.flatMap((w) => [...w.joins, ...w.leaves]) ?? []),
  ...(prices?.flatMap((p) => [...p.bringsIn, ...p.keepsOut]) ?? []),
];

/** Accepts one way out of a conflict as the shortlist; the choice and its reason stay with the run. */
export async function acceptWayOut(db: Database, actor: Actor | null, input: z.output<typeof acceptWayOutSchema>) {
  const [run] = await db
    .select({
      id: selectionRuns.id,
      callId: selectionRuns.callId,
      seed: selectionRuns.seed,
      explanation: selectionRuns.explanation,
    })
    .from(selectionRuns)
    .where(eq(selectionRuns.id, input.runId))
    .limit(1);
  if (!run) throw notFound("That suggestion does not exist.");
  const who = await allowed(db, actor, run.callId);
  const way = (run.explanation as Explanation | null)?.waysOut.find((w) => w.key === input.wayOut);
  if (!way)
    throw new DomainError("validation", "That way out is not one of this suggestion's.", {
      wayOut: ["Choose one of the ways out shown."],
    });
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(selectionRuns)
      .set({ status: "accepted", wayOut: way.key, wayOutReason: input.reason, decidedBy: who.userId, decidedAt: now() })
      .where(and(eq(selectionRuns.id, run.id), eq(selectionRuns.status, "suggested")))
      .returning({ id: selectionRuns.id });
    if (!updated)
      throw stale("This suggestion was already accepted or discarded. Reload to see the current shortlist.");
    const result = await applyShortlist(
      tx,
      who.userId,
      run.callId,
      way.chosenIds,
      `${way.title} (suggestion with seed ${run.seed}): ${input.reason}`,
    );
    await writeAudit(tx, {
      actorId: who.userId,
      action: "selection.acceptWayOut",
      entityType: "selection_run",
      entityId: run.id,
      data: { callId: run.callId, wayOut: way.key, reason: input.reason, ...result },
    });
    return { decision: "accept", wayOut: way.key, chosenIds: way.chosenIds, ...result };
  });
}
