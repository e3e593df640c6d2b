import { and, eq, gt, inArray, lte, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database, Transaction } from "@/db/client";
import { cohorts, emailOutbox, enrolments, programmes, tracks, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { DomainError, forbidden, notFound } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { enqueueEmails } from "@/lib/mail/outbox";
import { moveApplication } from "./application-status";
import { proposeSeatReplacement, type ProposedReplacement } from "./replacement";
import type { declineOfferSchema, offerRemindersSchema, onboardingSchema } from "./schemas";
import { now as clockNow } from "@/lib/time/clock";

const DAY_MS = 24 * 3600_000;

async function loadOwnOffer(tx: Transaction, actor: Actor, enrolmentId: string) {
  const [row] = await tx
    .select({
      id: enrolments.id,
      userId: enrolments.userId,
      cohortId: enrolments.cohortId,
      applicationId: enrolments.applicationId,
      status: enrolments.status,
      offerExpiresAt: enrolments.offerExpiresAt,
      cohortTitle: cohorts.title,
      timeZone: cohorts.timeZone,
      programmeTitle: programmes.title,
    })
    .from(enrolments)
    .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .where(eq(enrolments.id, enrolmentId));
  // Someone else's offer reads as no offer at all: its existence is nobody else's business.
  if (!row || row.userId !== actor.userId) throw notFound("We could not find that offer.");
  return row;
}

function refusal(row: { status: string; offerExpiresAt: Date | null; timeZone: string }, now: Date): DomainError {
  if (row.status === "offered" && row.offerExpiresAt && row.offerExpiresAt <= now) {
    return new DomainError("deadline", `This offer expired on ${formatDateTime(row.offerExpiresAt, row.timeZone)}. Please contact the programme staff.`);
  }
  return new DomainError("conflict", "You have already answered this offer.");
}

/**
 * Accepts an offer with the onboarding answers, before its deadline, and enrols the person in a track of
 * the cohort. The update is guarded by the offer's state and deadline, so a double click, a second tab
 * or a lapse at the same moment cannot confirm twice or confirm late.
 */
export async function confirmOffer(db: Database, actor: Actor | null, input: z.output<typeof onboardingSchema>, now = clockNow()) {
  if (!actor) throw forbidden();
  return db.transaction(async (tx) => {
    const offer = await loadOwnOffer(tx, actor, input.enrolmentId);
    const [track] = await tx.select({ id: tracks.id, title: tracks.title, capacity: tracks.capacity }).from(tracks).where(and(eq(tracks.id, input.trackId), eq(tracks.cohortId, offer.cohortId)));
    if (!track) throw new DomainError("validation", "Please correct the highlighted fields.", { trackId: ["Choose one of this cohort's tracks."] });
    if (track.capacity !== null) {
      const [{ taken } = { taken: 0 }] = await tx
        .select({ taken: sql<number>`count(*)::int` })
        .from(enrolments)
        .where(and(eq(enrolments.trackId, track.id), inArray(enrolments.status, ["confirmed", "completed"])));
      if (taken >= track.capacity) throw new DomainError("validation", "Please correct the highlighted fields.", { trackId: [`${track.title} is full. Choose another track.`] });
    }
    const { enrolmentId, trackId, sharing, ...answers } = input;
    const updated = await tx
      .update(enrolments)
      .set({ status: "confirmed", trackId, onboarding: { ...answers, submittedAt: now.toISOString() }, sharing, version: sql`${enrolments.version} + 1` })
      .where(and(eq(enrolments.id, enrolmentId), eq(enrolments.userId, actor.userId), eq(enrolments.status, "offered"), gt(enrolments.offerExpiresAt, now)))
      .returning({ id: enrolments.id });
    if (updated.length === 0) throw refusal(offer, now);
    if (offer.applicationId) {
      await moveApplication(tx, { applicationId: offer.applicationId, from: "offered", to: "confirmed", actorId: actor.userId, reason: "Offer confirmed by the participant", at: now });
    }
    await writeAudit(tx, { actorId: actor.userId, action: "offer.confirm", entityType: "enrolment", entityId: enrolmentId, data: { trackId } });
    await enqueueEmails(tx, [
      {
        to: actor.email,
        toUserId: actor.userId,
        subject: `Welcome to ${offer.cohortTitle}`,
        text: `Dear ${actor.name},\n\nThank you for confirming your place in ${offer.programmeTitle} — ${offer.cohortTitle}, ${track.title}.\nYour cohort space, with the timetable and your calendar link, is at ${env().APP_URL}/me/cohorts/${offer.cohortId}.\n\nThe programme team`,
        kind: "offer.confirmed",
        entityType: "enrolment",
        entityId: enrolmentId,
      },
    ]);
    return { cohortId: offer.cohortId };
  });
}

/** Turns an offer down before its deadline; the seat is freed and a replacement proposed to staff. */
export async function declineOffer(db: Database, actor: Actor | null, input: z.output<typeof declineOfferSchema>, now = clockNow()) {
  if (!actor) throw forbidden();
  return db.transaction(async (tx) => {
    const offer = await loadOwnOffer(tx, actor, input.enrolmentId);
    const updated = await tx
      .update(enrolments)
      .set({ status: "declined", version: sql`${enrolments.version} + 1` })
      .where(and(eq(enrolments.id, offer.id), eq(enrolments.userId, actor.userId), eq(enrolments.status, "offered"), gt(enrolments.offerExpiresAt, now)))
      .returning({ id: enrolments.id });
    if (updated.length === 0) throw refusal(offer, now);
    const reason = input.reason ? `Declined by the participant: ${input.reason}` : "Declined by the participant";
    if (offer.applicationId) await moveApplication(tx, { applicationId: offer.applicationId, from: "offered", to: "declined", actorId: actor.userId, reason, at: now });
    await writeAudit(tx, { actorId: actor.userId, action: "offer.decline", entityType: "enrolment", entityId: offer.id, data: { reason: input.reason } });
    await proposeSeatReplacement(tx, { enrolmentId: offer.id, cohortId: offer.cohortId, applicationId: offer.applicationId }, actor.userId, now);
    return {};
  });
}

async function cohortProgramme(db: Database, cohortId: string) {
  const [row] = await db.select({ programmeId: cohorts.programmeId, title: cohorts.title, timeZone: cohorts.timeZone }).from(cohorts).where(eq(cohorts.id, cohortId));
  if (!row) throw notFound("That cohort does not exist.");
  return row;
}

/**
 * Writes a reminder to everyone whose offer in the cohort lapses within `withinDays`, at most one per
 * offer per day of the database's clock (when emails really go), so pressing the button twice does not send two.
 */
export async function sendOfferReminders(db: Database, actor: Actor | null, input: z.output<typeof offerRemindersSchema>, now = clockNow()) {
  const cohort = await cohortProgramme(db, input.cohortId);
  if (!can(actor, "selection.decide", { programmeId: cohort.programmeId })) throw forbidden();
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: enrolments.id, userId: users.id, email: users.email, name: users.name, expiresAt: enrolments.offerExpiresAt })
      .from(enrolments)
      .innerJoin(users, eq(users.id, enrolments.userId))
      .where(
        and(
          eq(enrolments.cohortId, input.cohortId),
          eq(enrolments.status, "offered"),
          gt(enrolments.offerExpiresAt, now),
          lte(enrolments.offerExpiresAt, new Date(now.getTime() + input.withinDays * DAY_MS)),
        ),
      );
    const recent = due.length
      ? await tx
          .select({ entityId: emailOutbox.entityId })
          .from(emailOutbox)
          .where(and(eq(emailOutbox.kind, "offer.reminder"), inArray(emailOutbox.entityId, due.map((d) => d.id)), gt(emailOutbox.createdAt, sql`now() - interval '1 day'`) /* both sides on the database clock: outbox rows take created_at from it */))
      : [];
    const skip = new Set(recent.map((r) => r.entityId));
    const send = due.filter((d) => !skip.has(d.id));
    await enqueueEmails(
      tx,
      send.map((d) => ({
        to: d.email,
        toUserId: d.userId,
        subject: `Reminder: please answer your offer for ${cohort.title}`,
        text: `Dear ${d.name},\n\nYour offer of a place in ${cohort.title} is open until ${formatDateTime(d.expiresAt as Date, cohort.timeZone)}. Please confirm or decline it in your space: ${env().APP_URL}/me\n\nThe programme team`,
        kind: "offer.reminder",
        entityType: "enrolment",
        entityId: d.id,
      })),
    );
    await writeAudit(tx, { actorId: actor!.userId, action: "offer.remind", entityType: "cohort", entityId: input.cohortId, data: { withinDays: input.withinDays, sent: send.length, skipped: skip.size } });
    return { sent: send.length, skipped: due.length - send.length };
  });
}

export type ExpiredOffer = { enrolmentId: string; name: string; replacement: ProposedReplacement };

/**
 * Declines every offer in the cohort whose deadline has passed, frees the seats and proposes a
 * replacement for each from the call's waitlist. Each lapse is its own guarded update, so an offer
 * confirmed a moment before is left alone.
 */
export async function expireOffers(db: Database, actor: Actor | null, input: { cohortId: string }, now = clockNow()) {
  const cohort = await cohortProgramme(db, input.cohortId);
  if (!can(actor, "selection.decide", { programmeId: cohort.programmeId })) throw forbidden();
  return db.transaction(async (tx) => {
    const lapsed = await tx
      .update(enrolments)
      .set({ status: "declined", version: sql`${enrolments.version} + 1` })
      .where(and(eq(enrolments.cohortId, input.cohortId), eq(enrolments.status, "offered"), lte(enrolments.offerExpiresAt, now)))
      .returning({ id: enrolments.id, userId: enrolments.userId, applicationId: enrolments.applicationId, cohortId: enrolments.cohortId });
    const names = lapsed.length ? await tx.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, lapsed.map((l) => l.userId))) : [];
    const byId = new Map(names.map((n) => [n.id, n]));
    const expired: ExpiredOffer[] = [];
    for (const offer of lapsed) {
      if (offer.applicationId) await moveApplication(tx, { applicationId: offer.applicationId, from: "offered", to: "declined", actorId: actor!.userId, reason: "The offer expired without an answer", at: now });
      await writeAudit(tx, { actorId: actor!.userId, action: "offer.expire", entityType: "enrolment", entityId: offer.id });
      const replacement = await proposeSeatReplacement(tx, { enrolmentId: offer.id, cohortId: offer.cohortId, applicationId: offer.applicationId }, actor!.userId, now);
      const person = byId.get(offer.userId);
      expired.push({ enrolmentId: offer.id, name: person?.name ?? "", replacement });
      if (person) {
        await enqueueEmails(tx, [
          {
            to: person.email,
            toUserId: offer.userId,
            subject: `Your offer for ${cohort.title} has expired`,
            text: `Dear ${person.name},\n\nWe did not hear from you before the deadline, so your place in ${cohort.title} has been released. If you think this is a mistake, please reply to the programme team.\n\nThe programme team`,
            kind: "offer.expired",
            entityType: "enrolment",
            entityId: offer.id,
          },
        ]);
      }
    }
    return { expired };
  });
}
