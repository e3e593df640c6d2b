import { and, eq, inArray, lt, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database, Executor } from "@/db/client";
import { applications, enrolments, letterTemplates, type LetterKind } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, forbidden, notFound, stale } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { enqueueEmails, type OutgoingEmail } from "@/lib/mail/outbox";
import { callScope, getCallContext, type CallContext } from "@/lib/review/call";
import type { ScoredApplication } from "@/lib/review/ranking";
import { loadDecisionState, loadTemplates } from "./decision-state";
import { renderLetter } from "./letters";
import type { declineSchema, letterTemplatesSchema, offerReplacementSchema, sendDecisionsSchema } from "./schemas";
import { moveApplications, type Move } from "./state-machine";
import { now as clockNow } from "@/lib/time/clock";

async function decider(db: Executor, actor: Actor | null, callId: string) {
  if (!can(actor, "selection.decide", await callScope(db, callId))) throw forbidden();
  const call = await getCallContext(db, callId);
  if (!call) throw notFound("That call does not exist.");
  return { who: actor!, call };
}

/** Saves the three letters, each guarded by the version the editor loaded (0: never saved). */
export async function saveLetterTemplates(db: Database, actor: Actor | null, input: z.output<typeof letterTemplatesSchema>) {
  const { who } = await decider(db, actor, input.callId);
  return db.transaction(async (tx) => {
    const versions: Partial<Record<LetterKind, number>> = {};
    for (const t of input.templates) {
      const values = { subject: t.subject, body: t.body, updatedBy: who.userId, updatedAt: clockNow() };
      const [row] =
        t.version === 0
          ? await tx.insert(letterTemplates).values({ callId: input.callId, kind: t.kind, ...values }).onConflictDoNothing().returning({ version: letterTemplates.version })
          : await tx
              .update(letterTemplates)
              .set({ ...values, version: sql`${letterTemplates.version} + 1` })
              .where(and(eq(letterTemplates.callId, input.callId), eq(letterTemplates.kind, t.kind), eq(letterTemplates.version, t.version)))
              .returning({ version: letterTemplates.version });
      if (!row) throw stale(`Someone else changed the ${t.kind} letter since you opened it. Reload and try again.`);
      versions[t.kind] = row.version;
    }
    await writeAudit(tx, { actorId: who.userId, action: "decisions.saveTemplates", entityType: "call", entityId: input.callId });
    return { versions };
  });
}

function letterFor(call: CallContext, template: { subject: string; body: string }, kind: LetterKind, a: ScoredApplication, expiresAt: Date | null): OutgoingEmail {
  const { subject, text } = renderLetter(template, {
    name: a.name,
    reference: a.reference,
    call: call.title,
    cohort: call.cohortTitle,
    expiresAt: expiresAt ? formatDateTime(expiresAt, call.timeZone) : "",
  });
  return { to: a.email, toUserId: a.applicantId, subject, text, kind: `decision.${kind}`, entityType: "application", entityId: a.id };
}

async function offerSeats(tx: Executor, call: CallContext, seats: readonly ScoredApplication[], expiresAt: Date) {
  if (!seats.length) return;
  const withTracks = call.tracks.length > 0;
  await tx
    .insert(enrolments)
    .values(seats.map((a) => ({ cohortId: call.cohortId, userId: a.applicantId, applicationId: a.id, trackId: withTracks ? a.trackId : null, status: "offered" as const, offerExpiresAt: expiresAt })))
    .onConflictDoUpdate({
      target: [enrolments.cohortId, enrolments.userId],
      set: { applicationId: sql`excluded.application_id`, trackId: sql`excluded.track_id`, status: "offered", offerExpiresAt: sql`excluded.offer_expires_at`, version: sql`${enrolments.version} + 1` },
      setWhere: sql`${enrolments.status} = 'declined'`,
    });
}

/**
 * Sends every decision of the call in one batch, after a person approved it: offers to the shortlist
 * (each with an enrolment that expires), the first `waitlistSize` of the rest on the waiting list in
 * the order that keeps the rules met, and letters to everyone else saying no. Applications, events,
 * enrolments and every letter in the outbox land together or not at all.
 */
export async function sendDecisions(db: Database, actor: Actor | null, input: z.output<typeof sendDecisionsSchema>) {
  const { who, call } = await decider(db, actor, input.callId);
  const [state, templates] = await Promise.all([loadDecisionState(db, call), loadTemplates(db, call.id)]);
  if (state.sent) throw new DomainError("conflict", "The decisions of this call have already been sent. Use the waiting list to fill free seats.");
  if (state.seated.length === 0) throw new DomainError("conflict", "Nobody is shortlisted yet: choose the selection first.");
  if (state.seated.length !== input.expectedOffers) throw stale(`The shortlist changed: it now has ${state.seated.length} people, not ${input.expectedOffers}. Check it again before sending.`);
  const waitlist = state.waitlist.slice(0, input.waitlistSize);
  const rejected = state.waitlist.slice(input.waitlistSize);
  const now = clockNow();
  const expiresAt = new Date(now.getTime() + call.settings.offerDays * 86_400_000);
  const template = (kind: LetterKind) => templates.find((t) => t.kind === kind)!;

  return db.transaction(async (tx) => {
    const moves: Move[] = [
      ...state.seated.map((a) => ({ applicationId: a.id, from: a.status, to: "offered" as const, reason: "Offered a seat (decision batch)" })),
      ...waitlist.map((a, i) => ({ applicationId: a.id, from: a.status, to: "waitlisted" as const, reason: `Waiting list, place ${i + 1} (decision batch)` })),
      ...rejected.map((a) => ({ applicationId: a.id, from: a.status, to: "rejected" as const, reason: "Not selected (decision batch)" })),
    ];
    await moveApplications(tx, who.userId, moves, { callId: call.id });
    await offerSeats(tx, call, state.seated, expiresAt);
    const letters = [
      ...state.seated.map((a) => letterFor(call, template("offer"), "offer", a, expiresAt)),
      ...waitlist.map((a) => letterFor(call, template("waitlist"), "waitlist", a, null)),
      ...rejected.map((a) => letterFor(call, template("reject"), "reject", a, null)),
    ];
    await enqueueEmails(tx, letters);
    const summary = { offered: state.seated.length, waitlisted: waitlist.length, rejected: rejected.length, letters: letters.length };
    await writeAudit(tx, { actorId: who.userId, action: "decisions.send", entityType: "call", entityId: call.id, data: { ...summary, offerExpiresAt: expiresAt.toISOString() } });
    return summary;
  });
}

/** Records that an offer was declined, or let expire: the seat is free and a replacement can be proposed. */
export async function recordDecline(db: Database, actor: Actor | null, input: z.output<typeof declineSchema>) {
  const [app] = await db.select({ id: applications.id, callId: applications.callId, status: applications.status }).from(applications).where(eq(applications.id, input.applicationId)).limit(1);
  if (!app) throw notFound("That application does not exist.");
  const { who } = await decider(db, actor, app.callId);
  return db.transaction(async (tx) => {
    const [enrolment] = await tx.select({ offerExpiresAt: enrolments.offerExpiresAt }).from(enrolments).where(and(eq(enrolments.applicationId, app.id), eq(enrolments.status, "offered"))).limit(1);
    const reason =
      input.kind === "expired"
        ? `The offer expired${enrolment?.offerExpiresAt ? ` on ${enrolment.offerExpiresAt.toISOString().slice(0, 10)}` : ""} without an answer${input.reason ? `: ${input.reason}` : ""}`
        : `Declined the offer${input.reason ? `: ${input.reason}` : ""}`;
    await moveApplications(tx, who.userId, [{ applicationId: app.id, from: "offered", to: "declined", reason }]);
    await tx.update(enrolments).set({ status: "declined", version: sql`${enrolments.version} + 1` }).where(and(eq(enrolments.applicationId, app.id), eq(enrolments.status, "offered")));
    await writeAudit(tx, { actorId: who.userId, action: "decisions.recordDecline", entityType: "application", entityId: app.id, data: { kind: input.kind, reason } });
    return { declined: 1 };
  });
}

/** Closes every offer of the call whose answer time has passed. */
export async function expireOffers(db: Database, actor: Actor | null, input: { callId: string }) {
  const { who } = await decider(db, actor, input.callId);
  return db.transaction(async (tx) => {
    const now = clockNow();
    const due = await tx
      .select({ applicationId: applications.id, expiresAt: enrolments.offerExpiresAt })
      .from(enrolments)
      .innerJoin(applications, eq(applications.id, enrolments.applicationId))
      .where(and(eq(applications.callId, input.callId), eq(applications.status, "offered"), eq(enrolments.status, "offered"), lt(enrolments.offerExpiresAt, now)));
    await moveApplications(tx, who.userId, due.map((d) => ({ applicationId: d.applicationId, from: "offered" as const, to: "declined" as const, reason: `The offer expired on ${d.expiresAt!.toISOString().slice(0, 10)} without an answer` })));
    if (due.length) await tx.update(enrolments).set({ status: "declined", version: sql`${enrolments.version} + 1` }).where(and(inArray(enrolments.applicationId, due.map((d) => d.applicationId)), eq(enrolments.status, "offered")));
    await writeAudit(tx, { actorId: who.userId, action: "decisions.expireOffers", entityType: "call", entityId: input.callId, data: { expired: due.length } });
    return { expired: due.length };
  });
}

/** Offers the free seat of a declined applicant to someone on the waiting list, with the offer letter. */
export async function offerReplacement(db: Database, actor: Actor | null, input: z.output<typeof offerReplacementSchema>) {
  const { who, call } = await decider(db, actor, input.callId);
  const [state, templates] = await Promise.all([loadDecisionState(db, call), loadTemplates(db, call.id)]);
  const candidate = state.waitlist.find((a) => a.id === input.applicationId);
  if (!candidate) throw new DomainError("conflict", "That applicant is not on this call's waiting list (any more). Reload the page.");
  const free = state.replacements.find((r) => r.declined.id === input.replacesId);
  if (!free) throw new DomainError("conflict", "That seat is not free (any more). Reload the page.");
  const proposed = free.replacement?.id === candidate.id;
  const now = clockNow();
  const expiresAt = new Date(now.getTime() + call.settings.offerDays * 86_400_000);
  return db.transaction(async (tx) => {
    const reason = `Offered the seat ${free.declined.reference} declined${proposed ? `: ${free.reason}` : " (chosen by staff instead of the proposed replacement)"}`;
    await moveApplications(tx, who.userId, [{ applicationId: candidate.id, from: "waitlisted", to: "offered", reason }], { callId: call.id });
    await offerSeats(tx, call, [candidate], expiresAt);
    await enqueueEmails(tx, [letterFor(call, templates.find((t) => t.kind === "offer")!, "offer", candidate, expiresAt)]);
    await writeAudit(tx, { actorId: who.userId, action: "decisions.offerReplacement", entityType: "application", entityId: candidate.id, data: { replaces: free.declined.id, proposed } });
    return { offered: candidate.reference };
  });
}
