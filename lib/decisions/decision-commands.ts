import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database } from "@/db/client";
import { calls, cohorts, letterTemplates, programmes, type LetterKind } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { moveApplications, type Move } from "@/lib/applications/state";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, stale } from "@/lib/errors";
import { enqueueEmails, recipientLocales } from "@/lib/mail/outbox";
import { letterFor, lockCallSeats, offerSeats, requireDecider } from "@/lib/offers/commands";
import { loadDecisionState, loadLetters } from "@/lib/offers/seats";
import type { ScoredApplication } from "@/lib/review/ranking";
import { now as clockNow } from "@/lib/time/clock";
import { mergeTranslations, unknownFields } from "@/lib/i18n/content";
import { LETTER_FIELDS } from "@/lib/offers/letter-texts";
import type { letterTemplatesSchema, sendDecisionsSchema, translateLetterSchema } from "./schemas";

// One sentence per letter: a stored code inside a sentence would stay English in every language.
const LETTER_CHANGED: Record<LetterKind, string> = {
  offer: "Someone else changed the offer letter since you opened it. Reload and try again.",
  waitlist: "Someone else changed the waiting-list letter since you opened it. Reload and try again.",
  reject: "Someone else changed the letter for those not selected since you opened it. Reload and try again.",
};

/** Saves the three letters, each guarded by the version the editor loaded (0: never saved). */
export async function saveLetterTemplates(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof letterTemplatesSchema>,
) {
  const { who } = await requireDecider(db, actor, input.callId);
  return db.transaction(async (tx) => {
    const versions: Partial<Record<LetterKind, number>> = {};
    for (const t of input.templates) {
      const values = { subject: t.subject, body: t.body, updatedBy: who.userId, updatedAt: clockNow() };
      const [row] =
        t.version === 0
          ? await tx
              .insert(letterTemplates)
              .values({ callId: input.callId, kind: t.kind, ...values })
              .onConflictDoNothing()
              .returning({ version: letterTemplates.version })
          : await tx
              .update(letterTemplates)
              .set({ ...values, version: sql`${letterTemplates.version} + 1` })
              .where(
                and(
                  eq(letterTemplates.callId, input.callId),
                  eq(letterTemplates.kind, t.kind),
                  eq(letterTemplates.version, t.version),
                ),
              )
              .returning({ version: letterTemplates.version });
      if (!row) throw stale(LETTER_CHANGED[t.kind]);
      versions[t.kind] = row.version;
    }
    await writeAudit(tx, {
      actorId: who.userId,
      action: "decisions.saveTemplates",
      entityType: "call",
      entityId: input.callId,
    });
    return { versions };
  });
}

/**
 * Writes one language's subject and body of one of the call's letters (blank clears one), under the version the
 * editor loaded. A letter must be saved in the main language first; the main language itself, a field a letter
 * does not have and a stale version are refused, and nothing is written.
 */
export async function translateLetterTemplate(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof translateLetterSchema>,
): Promise<{ version: number }> {
  const { who } = await requireDecider(db, actor, input.callId);
  const unknown = unknownFields(input.fields, LETTER_FIELDS);
  if (unknown.length) throw new DomainError("validation", `A letter has no text called "${unknown[0]}".`);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        id: letterTemplates.id,
        translations: letterTemplates.translations,
        mainLanguage: programmes.mainLanguage,
      })
      .from(letterTemplates)
      .innerJoin(calls, eq(calls.id, letterTemplates.callId))
      .innerJoin(cohorts, eq(cohorts.id, calls.cohortId))
      .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
      .where(and(eq(letterTemplates.callId, input.callId), eq(letterTemplates.kind, input.kind)));
    if (!row)
      throw new DomainError("conflict", "Save the letters in the main language first; then they can be translated.");
    if (row.mainLanguage === input.language)
      throw new DomainError("validation", "This is the programme's main language: edit the letter itself instead.");
    const [saved] = await tx
      .update(letterTemplates)
      .set({
        translations: mergeTranslations(row.translations, input.language, input.fields),
        version: sql`${letterTemplates.version} + 1`,
        updatedBy: who.userId,
        updatedAt: clockNow(),
      })
      .where(and(eq(letterTemplates.id, row.id), eq(letterTemplates.version, input.version)))
      .returning({ version: letterTemplates.version });
    if (!saved) throw stale(LETTER_CHANGED[input.kind]);
    await writeAudit(tx, {
      actorId: who.userId,
      action: "decisions.translateTemplate",
      entityType: "call",
      entityId: input.callId,
      data: { kind: input.kind, language: input.language, fields: Object.keys(input.fields) },
    });
    return { version: saved.version };
  });
}

/**
 * Sends every decision of the call in one batch, after a person approved it: offers to the shortlist
 * (each with an enrolment that expires), the first `waitlistSize` of the rest on the waiting list in
 * the order that keeps the rules met, and letters to everyone else saying no. Applications, events,
 * enrolments and every letter in the outbox land together or not at all.
 */
export async function sendDecisions(db: Database, actor: Actor | null, input: z.output<typeof sendDecisionsSchema>) {
  const { who, call } = await requireDecider(db, actor, input.callId);
  const { setting, letters: written } = await loadLetters(db, call.id);
  const now = clockNow();
  const expiresAt = new Date(now.getTime() + call.settings.offerDays * 86_400_000);
  const letter = (kind: LetterKind) => written.find((t) => t.kind === kind)!;

  return db.transaction(async (tx) => {
    await lockCallSeats(tx, call.id);
    const state = await loadDecisionState(tx, call);
    if (state.sent)
      throw new DomainError(
        "conflict",
        "The decisions of this call have already been sent. Use the waiting list to fill free seats.",
      );
    if (state.seated.length === 0)
      throw new DomainError("conflict", "Nobody is shortlisted yet: choose the selection first.");
    if (state.seated.length !== input.expectedOffers)
      throw stale(
        `The shortlist changed: it now has ${state.seated.length} people, not ${input.expectedOffers}. Check it again before sending.`,
      );
    const waitlist = state.waitlist.slice(0, input.waitlistSize);
    const rejected = state.waitlist.slice(input.waitlistSize);
    const moves: Move[] = [
      ...state.seated.map((a) => ({
        applicationId: a.id,
        from: a.status,
        to: "offered" as const,
        reason: "Offered a seat (decision batch)",
      })),
      ...waitlist.map((a, i) => ({
        applicationId: a.id,
        from: a.status,
        to: "waitlisted" as const,
        reason: `Waiting list, place ${i + 1} (decision batch)`,
      })),
      ...rejected.map((a) => ({
        applicationId: a.id,
        from: a.status,
        to: "rejected" as const,
        reason: "Not selected (decision batch)",
      })),
    ];
    await moveApplications(tx, who.userId, moves, { callId: call.id });
    await offerSeats(tx, call, state.seated, expiresAt);
    // Each letter in its recipient's saved language where the call's letter is written in it.
    const locales = await recipientLocales(
      tx,
      [...state.seated, ...state.waitlist].map((a) => a.applicantId),
    );
    const to = (a: ScoredApplication) => locales.get(a.applicantId);
    const letters = [
      ...state.seated.map((a) => letterFor(setting, letter("offer"), a, expiresAt, to(a))),
      ...waitlist.map((a) => letterFor(setting, letter("waitlist"), a, null, to(a))),
      ...rejected.map((a) => letterFor(setting, letter("reject"), a, null, to(a))),
    ];
    await enqueueEmails(tx, letters);
    const summary = {
      offered: state.seated.length,
      waitlisted: waitlist.length,
      rejected: rejected.length,
      letters: letters.length,
    };
    await writeAudit(tx, {
      actorId: who.userId,
      action: "decisions.send",
      entityType: "call",
      entityId: call.id,
      data: { ...summary, offerExpiresAt: expiresAt.toISOString() },
    });
    return summary;
  });
}
