import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { subquery } from "@/db/subquery";
import {
  applicationEvents,
  applications,
  calls,
  cohorts,
  enrolments,
  letterTemplates,
  programmes,
  selectionRuns,
} from "@/db/schema";
import { callSeed, type CallContext } from "@/lib/review/call";
import { loadScoredApplications, toCandidate, type ScoredApplication } from "@/lib/review/ranking";
import { evaluateRules, orderWaitlist, proposeReplacement, type BalanceRules, type RuleState } from "@/lib/selection";
import { notFound } from "@/lib/errors";
import { defaultLetter, LETTER_KINDS, type LetterSetting, type StoredLetter } from "./letter-texts";
import { now as clockNow } from "@/lib/time/clock";

/** The seed of the accepted suggestion, so waitlist ties fall the way the selection's did. */
async function selectionSeed(db: Executor, callId: string): Promise<number> {
  const [run] = await db
    .select({ seed: selectionRuns.seed })
    .from(selectionRuns)
    .where(and(eq(selectionRuns.callId, callId), eq(selectionRuns.status, "accepted")))
    .orderBy(desc(selectionRuns.decidedAt))
    .limit(1);
  return run?.seed ?? callSeed(callId);
}

/**
 * A call's three letters (each as written, or Madang's own in the main language: version 0) and what fills
 * them in every language, in one statement.
 */
export async function loadLetters(
  db: Executor,
  callId: string,
): Promise<{ setting: LetterSetting; letters: StoredLetter[] }> {
  const rows = await db
    .select({
      mainLanguage: programmes.mainLanguage,
      callTitle: calls.title,
      callTranslations: calls.translations,
      cohortTitle: cohorts.title,
      cohortTranslations: cohorts.translations,
      timeZone: cohorts.timeZone,
      kind: letterTemplates.kind,
      subject: letterTemplates.subject,
      body: letterTemplates.body,
      translations: letterTemplates.translations,
      version: letterTemplates.version,
    })
    .from(calls)
    .innerJoin(cohorts, eq(cohorts.id, calls.cohortId))
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .leftJoin(letterTemplates, eq(letterTemplates.callId, calls.id))
    .where(eq(calls.id, callId));
  const first = rows[0];
  if (!first) throw notFound("That call does not exist.");
  const mainLanguage = first.mainLanguage;
  const setting: LetterSetting = {
    mainLanguage,
    callTitle: first.callTitle,
    callTranslations: first.callTranslations,
    cohortTitle: first.cohortTitle,
    cohortTranslations: first.cohortTranslations,
    timeZone: first.timeZone,
  };
  const letters = LETTER_KINDS.map((kind): StoredLetter => {
    const row = rows.find((r) => r.kind === kind);
    return row?.subject != null && row.body != null && row.version != null
      ? { kind, subject: row.subject, body: row.body, translations: row.translations ?? {}, version: row.version }
      : { ...defaultLetter(kind, mainLanguage), translations: {}, version: 0 };
  });
  return { setting, letters };
}

type Replacement = {
  declined: ScoredApplication;
  replacement: ScoredApplication | null;
  reason: string;
  rules: RuleState[];
};

/**
 * The seats of a call without balance rules: the offers its decisions made. Every offer that was not a
 * replacement (waitlisted → offered) took a seat of its own; a replacement took a freed one.
 */
async function offeredSeats(db: Executor, callId: string): Promise<number> {
  const [row] = await db
    .select({
      offers: sql<number>`count(distinct ${enrolments.applicationId})::int`,
      replacements: subquery<number>`(select count(*)::int from ${applicationEvents} e join ${applications} a on a.id = e.application_id
        where a.call_id = ${callId} and e.from_status = 'waitlisted' and e.to_status = 'offered')`,
    })
    .from(enrolments)
    .innerJoin(applications, eq(applications.id, enrolments.applicationId))
    .where(
      and(
        eq(applications.callId, callId),
        inArray(enrolments.status, ["offered", "confirmed", "declined", "completed", "not_completed"]),
      ),
    );
  return Math.max(0, (row?.offers ?? 0) - (row?.replacements ?? 0));
}

/**
 * Where a call's decisions stand, and the one answer to "who takes a freed seat": the call's ranking
 * (normalised when the call says so) and the waitlist in the order that keeps the balance rules met
 * (lib/selection/waitlist.ts). Before the letters go out: the shortlist gets offers, and the rest
 * of the pool is ordered for the waiting list. After: who holds a seat (offered or confirmed), the
 * waiting list in the order that keeps the rules met, and for each free seat left by a decline the
 * proposed replacement.
 */
export async function loadDecisionState(db: Executor, call: CallContext) {
  const [scored, seed, offers] = await Promise.all([
    loadScoredApplications(db, call),
    selectionSeed(db, call.id),
    db
      .select({
        applicationId: enrolments.applicationId,
        offerExpiresAt: enrolments.offerExpiresAt,
        status: enrolments.status,
      })
      .from(enrolments)
      .innerJoin(applications, eq(applications.id, enrolments.applicationId))
      .where(and(eq(applications.callId, call.id), inArray(enrolments.status, ["offered", "confirmed", "declined"])))
      .orderBy(asc(enrolments.createdAt)),
  ]);
  const candidates = scored.map(toCandidate);
  const by = (...statuses: ScoredApplication["status"][]) => scored.filter((a) => statuses.includes(a.status));
  const sent = scored.some((a) => ["offered", "confirmed", "declined"].includes(a.status));
  const rules = call.rules;
  // A call without balance rules still has seats to refill: the offers it made.
  const seatRules: BalanceRules | null = rules ?? (sent ? { seats: await offeredSeats(db, call.id) } : null);
  const expiry = new Map(offers.map((o) => [o.applicationId, o.offerExpiresAt]));

  const seated = sent ? by("offered", "confirmed") : by("shortlisted");
  const seatedIds = seated.map((a) => a.id);
  const waitingPool = sent ? by("waitlisted") : by("submitted", "under_review");
  const poolIds = new Set(waitingPool.map((a) => a.id));
  const scope = candidates.filter((c) => poolIds.has(c.id) || seatedIds.includes(c.id));
  // orderWaitlist leaves out the pinned-out; they stay at the end, so a decision still reaches them.
  const ordered = rules ? orderWaitlist(scope, rules, seatedIds, seed).filter((id) => poolIds.has(id)) : [];
  const order = [...ordered, ...waitingPool.map((a) => a.id).filter((id) => !ordered.includes(id))];
  const byId = new Map(scored.map((a) => [a.id, a]));
  const waitlist = order.map((id) => byId.get(id)!);
  const ruleStates: RuleState[] = rules ? evaluateRules(candidates, rules, seatedIds) : [];

  const replacements: Replacement[] = [];
  if (sent && seatRules) {
    const declined = by("declined").reverse();
    let openSeats = seatRules.seats - seated.length;
    const taken = [...seatedIds];
    let queue = order;
    for (const d of declined) {
      if (openSeats <= 0) break;
      const proposal = proposeReplacement(
        candidates.filter((c) => c.id === d.id || poolIds.has(c.id) || taken.includes(c.id)),
        seatRules,
        taken,
        d.id,
        queue,
      );
      replacements.push({
        declined: d,
        replacement: proposal.replacementId ? byId.get(proposal.replacementId)! : null,
        reason: proposal.reason,
        rules: proposal.rules,
      });
      if (proposal.replacementId) {
        taken.push(proposal.replacementId);
        queue = queue.filter((id) => id !== proposal.replacementId);
      }
      openSeats--;
    }
  }

  const now = clockNow();
  return {
    now,
    /** Offers past their answer time and still open. */
    expiredOffers: offers.filter((o) => o.status === "offered" && o.offerExpiresAt && o.offerExpiresAt < now).length,
    sent,
    seed,
    candidates,
    scored,
    seated: seated.map((a) => ({ ...a, offerExpiresAt: expiry.get(a.id) ?? null })),
    waitlist,
    declined: by("declined"),
    rejected: by("rejected"),
    rules: ruleStates,
    replacements,
  };
}
