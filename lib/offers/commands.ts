import { and, eq, gt, inArray, lte, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database, Executor } from "@/db/client";
import {
  applications,
  calls,
  cohorts,
  emailOutbox,
  enrolments,
  programmes,
  seatReplacements,
  tracks,
  users,
} from "@/db/schema";
import { moveApplications } from "@/lib/applications/state";
import { writeAudit } from "@/lib/audit/commands";
import type { Actor } from "@/lib/auth/roles";
import { assertInScope, callScope, cohortScope } from "@/lib/auth/scope";
import { env } from "@/lib/env";
import { DomainError, forbidden, notFound } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { enqueueEmails, momentIn, recipientLocales, type OutgoingEmail } from "@/lib/mail/outbox";
import { now as clockNow } from "@/lib/time/clock";
import { getCallContext, type CallContext } from "@/lib/review/call";
import type { ScoredApplication } from "@/lib/review/ranking";
import type { AppLocale } from "@/lib/i18n/request";
import { writeLetter, type LetterSetting, type StoredLetter } from "./letter-texts";
import { loadDecisionState, loadLetters } from "./seats";
import type {
  declineOfferSchema,
  expireOffersSchema,
  offerRemindersSchema,
  offerReplacementSchema,
  onboardingSchema,
  recordDeclineSchema,
} from "./schemas";

const DAY_MS = 24 * 3600_000;

/**
 * Seat decisions of one call run one at a time: each takes this lock, then reads who holds a seat,
 * so two replacement offers (or an offer and a decline) can never both count the same free seat.
 */
export async function lockCallSeats(tx: Executor, callId: string): Promise<void> {
  await tx.select({ id: calls.id }).from(calls).where(eq(calls.id, callId)).for("update");
}

/**
 * The letter of one decision, in its recipient's saved language where the call's letter is written in it (else
 * the main language's), filled in (lib/offers/letter-texts.ts).
 */
export function letterFor(
  setting: LetterSetting,
  letter: StoredLetter,
  a: ScoredApplication,
  expiresAt: Date | null,
  reader: AppLocale | undefined,
): OutgoingEmail {
  const { subject, text } = writeLetter(setting, letter, reader ?? setting.mainLanguage, a, expiresAt);
  return {
    to: a.email,
    toUserId: a.applicantId,
    subject,
    text,
    kind: `decision.${letter.kind}`,
    entityType: "application",
    entityId: a.id,
  };
}

/** Enrolments in the offered state for `seats`, answering by `expiresAt`; a declined enrolment is offered again. */
export async function offerSeats(
  tx: Executor,
  call: CallContext,
  seats: readonly ScoredApplication[],
  expiresAt: Date,
) {
  if (!seats.length) return;
  const withTracks = call.tracks.length > 0;
  await tx
    .insert(enrolments)
    .values(
      seats.map((a) => ({
        cohortId: call.cohortId,
        userId: a.applicantId,
        applicationId: a.id,
        trackId: withTracks ? a.trackId : null,
        status: "offered" as const,
        offerExpiresAt: expiresAt,
      })),
    )
    .onConflictDoUpdate({
      target: [enrolments.cohortId, enrolments.userId],
      set: {
        applicationId: sql`excluded.application_id`,
        trackId: sql`excluded.track_id`,
        status: "offered",
        offerExpiresAt: sql`excluded.offer_expires_at`,
        version: sql`${enrolments.version} + 1`,
      },
      setWhere: sql`${enrolments.status} = 'declined'`,
    });
}

export type ProposedReplacement = {
  applicationId: string | null;
  reference: string | null;
  name: string | null;
  reason: string;
};
type FreedSeat = { enrolmentId: string; cohortId: string; applicationId: string | null };

/**
 * Asks the call's seats (lib/offers/seats.ts) who should take each freed seat, and keeps the answer for
 * staff (seat_replacements) with an audit row. Nobody is offered anything here: staff decide from it.
 * Call after the seats were freed, inside the same transaction.
 */
async function recordReplacements(
  tx: Executor,
  freed: readonly FreedSeat[],
  actorId: string | null,
  at: Date,
): Promise<Map<string, ProposedReplacement>> {
  const out = new Map<string, ProposedReplacement>();
  const record = async (seat: FreedSeat, callId: string | null, proposal: ProposedReplacement, rules: unknown[]) => {
    out.set(seat.enrolmentId, proposal);
    await tx
      .insert(seatReplacements)
      .values({
        cohortId: seat.cohortId,
        freedEnrolmentId: seat.enrolmentId,
        callId,
        proposedApplicationId: proposal.applicationId,
        reason: proposal.reason,
        rules,
        createdAt: at,
      })
      .onConflictDoNothing();
    await writeAudit(tx, {
      actorId,
      action: "offer.replacementProposed",
      entityType: "enrolment",
      entityId: seat.enrolmentId,
      data: { proposedApplicationId: proposal.applicationId, reason: proposal.reason },
    });
  };
  const fromCalls = freed.filter((f) => f.applicationId);
  for (const seat of freed.filter((f) => !f.applicationId)) {
    await record(
      seat,
      null,
      {
        applicationId: null,
        reference: null,
        name: null,
        reason: "This place was not filled from a call, so there is no waitlist to propose from.",
      },
      [],
    );
  }
  if (!fromCalls.length) return out;
  const callOf = await tx
    .select({ id: applications.id, callId: applications.callId })
    .from(applications)
    .where(
      inArray(
        applications.id,
        fromCalls.map((f) => f.applicationId!),
      ),
    );
  for (const callId of new Set(callOf.map((c) => c.callId))) {
    const call = await getCallContext(tx, callId);
    const state = call ? await loadDecisionState(tx, call) : null;
    for (const seat of fromCalls.filter((f) => callOf.some((c) => c.id === f.applicationId && c.callId === callId))) {
      const found = state?.replacements.find((r) => r.declined.id === seat.applicationId);
      const who = found?.replacement;
      const reason = found?.reason ?? "Every seat of the call is taken, so nobody is proposed for this one.";
      await record(
        seat,
        callId,
        { applicationId: who?.id ?? null, reference: who?.reference ?? null, name: who?.name ?? null, reason },
        found?.rules ?? [],
      );
    }
  }
  return out;
}

async function loadOwnOffer(tx: Executor, actor: Actor, enrolmentId: string) {
  const [row] = await tx
    .select({
      id: enrolments.id,
      userId: enrolments.userId,
      cohortId: enrolments.cohortId,
      applicationId: enrolments.applicationId,
      callId: applications.callId,
      status: enrolments.status,
      offerExpiresAt: enrolments.offerExpiresAt,
      cohortTitle: cohorts.title,
      timeZone: cohorts.timeZone,
      programmeTitle: programmes.title,
    })
    .from(enrolments)
    .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .leftJoin(applications, eq(applications.id, enrolments.applicationId))
    .where(eq(enrolments.id, enrolmentId));
  // Someone else's offer reads as no offer at all: its existence is nobody else's business.
  if (!row || row.userId !== actor.userId) throw notFound("We could not find that offer.");
  return row;
}

function refusal(row: { status: string; offerExpiresAt: Date | null; timeZone: string }, now: Date): DomainError {
  if (row.status === "offered" && row.offerExpiresAt && row.offerExpiresAt <= now) {
    return new DomainError(
      "deadline",
      `This offer expired on ${formatDateTime(row.offerExpiresAt, row.timeZone)}. Please contact the programme staff.`,
    );
  }
  return new DomainError("conflict", "You have already answered this offer.");
}

/**
 * Accepts an offer with the onboarding answers, before its deadline, and enrols the person in a track of
 * the cohort. The track's row is locked while its places are counted, so two people cannot take its
 * last place at once; the update is guarded by the offer's state and deadline, so a double click, a
 * second tab or a lapse at the same moment cannot confirm twice or confirm late.
 */
export async function confirmOffer(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof onboardingSchema>,
  now = clockNow(),
) {
  if (!actor) throw forbidden();
  return db.transaction(async (tx) => {
    const offer = await loadOwnOffer(tx, actor, input.enrolmentId);
    const [track] = await tx
      .select({ id: tracks.id, title: tracks.title, capacity: tracks.capacity })
      .from(tracks)
      .where(and(eq(tracks.id, input.trackId), eq(tracks.cohortId, offer.cohortId)))
      .for("update");
    if (!track)
      throw new DomainError("validation", "Please correct the highlighted fields.", {
        trackId: ["Choose one of this cohort's tracks."],
      });
    if (track.capacity !== null) {
      const taken = await tx.$count(
        enrolments,
        and(eq(enrolments.trackId, track.id), inArray(enrolments.status, ["confirmed", "completed"])),
      );
      if (taken >= track.capacity) {
        throw new DomainError("validation", "Please correct the highlighted fields.", {
          trackId: [`${track.title} is full (its last place was just taken). Choose another track.`],
        });
      }
    }
    const { enrolmentId, trackId, sharing, ...answers } = input;
    const updated = await tx
      .update(enrolments)
      .set({
        status: "confirmed",
        trackId,
        onboarding: { ...answers, submittedAt: now.toISOString() },
        sharing,
        version: sql`${enrolments.version} + 1`,
      })
      .where(
        and(
          eq(enrolments.id, enrolmentId),
          eq(enrolments.userId, actor.userId),
          eq(enrolments.status, "offered"),
          gt(enrolments.offerExpiresAt, now),
        ),
      )
      .returning({ id: enrolments.id });
    if (updated.length === 0) throw refusal(offer, now);
    if (offer.applicationId) {
      await moveApplications(
        tx,
        actor.userId,
        [
          {
            applicationId: offer.applicationId,
            from: "offered",
            to: "confirmed",
            reason: "Offer confirmed by the participant",
          },
        ],
        { at: now },
      );
    }
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "offer.confirm",
      entityType: "enrolment",
      entityId: enrolmentId,
      data: { trackId },
      before: { status: "offered" },
      after: { status: "confirmed" },
    });
    await enqueueEmails(tx, [
      {
        to: actor.email,
        toUserId: actor.userId,
        template: "offerConfirmed",
        values: {
          name: actor.name,
          programme: offer.programmeTitle,
          cohort: offer.cohortTitle,
          track: track.title,
          link: `${env().APP_URL}/me/cohorts/${offer.cohortId}`,
        },
        kind: "offer.confirmed",
        entityType: "enrolment",
        entityId: enrolmentId,
      },
    ]);
    return { cohortId: offer.cohortId };
  });
}

/** The person turns their offer down before its deadline; the seat is freed and a replacement proposed to staff. */
export async function declineOffer(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof declineOfferSchema>,
  now = clockNow(),
) {
  if (!actor) throw forbidden();
  return db.transaction(async (tx) => {
    const offer = await loadOwnOffer(tx, actor, input.enrolmentId);
    if (offer.callId) await lockCallSeats(tx, offer.callId);
    const updated = await tx
      .update(enrolments)
      .set({ status: "declined", version: sql`${enrolments.version} + 1` })
      .where(
        and(
          eq(enrolments.id, offer.id),
          eq(enrolments.userId, actor.userId),
          eq(enrolments.status, "offered"),
          gt(enrolments.offerExpiresAt, now),
        ),
      )
      .returning({ id: enrolments.id });
    if (updated.length === 0) throw refusal(offer, now);
    const reason = input.reason ? `Declined by the participant: ${input.reason}` : "Declined by the participant";
    if (offer.applicationId)
      await moveApplications(
        tx,
        actor.userId,
        [{ applicationId: offer.applicationId, from: "offered", to: "declined", reason }],
        { at: now },
      );
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "offer.decline",
      entityType: "enrolment",
      entityId: offer.id,
      data: { reason: input.reason },
      before: { status: "offered" },
      after: { status: "declined" },
    });
    await recordReplacements(
      tx,
      [{ enrolmentId: offer.id, cohortId: offer.cohortId, applicationId: offer.applicationId }],
      actor.userId,
      now,
    );
    return {};
  });
}

/** The call, for someone who may decide its seats; 404 for anyone else, as for a call that does not exist. */
export async function requireDecider(db: Executor, actor: Actor | null, callId: string) {
  assertInScope(actor, "selection.decide", await callScope(db, callId), "That call does not exist.");
  const call = await getCallContext(db, callId);
  if (!call) throw notFound("That call does not exist.");
  return { who: actor, call };
}

/**
 * The scheduled jobs (lib/jobs) act as "system": no permission check, and no person is named in the
 * history or the audit log (their actor is null).
 */
const SYSTEM = { userId: null };

async function systemDecider(db: Executor, callId: string) {
  const call = await getCallContext(db, callId);
  if (!call) throw notFound("That call does not exist.");
  return { who: SYSTEM, call };
}

/** Staff record that an offer was declined (by letter, by phone) or let expire: the seat is freed and a replacement proposed. */
export async function recordDecline(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof recordDeclineSchema>,
  now = clockNow(),
) {
  const [app] = await db
    .select({ id: applications.id, callId: applications.callId })
    .from(applications)
    .where(eq(applications.id, input.applicationId))
    .limit(1);
  if (!app) throw notFound("That application does not exist.");
  const { who } = await requireDecider(db, actor, app.callId);
  return db.transaction(async (tx) => {
    await lockCallSeats(tx, app.callId);
    const [enrolment] = await tx
      .update(enrolments)
      .set({ status: "declined", version: sql`${enrolments.version} + 1` })
      .where(and(eq(enrolments.applicationId, app.id), eq(enrolments.status, "offered")))
      .returning({ id: enrolments.id, cohortId: enrolments.cohortId, offerExpiresAt: enrolments.offerExpiresAt });
    // One wording per case, so each is a message of its own (lib/i18n/problems.ts).
    const on = enrolment?.offerExpiresAt?.toISOString().slice(0, 10);
    const reason =
      input.kind === "expired"
        ? on
          ? input.reason
            ? `The offer expired on ${on} without an answer: ${input.reason}`
            : `The offer expired on ${on} without an answer`
          : input.reason
            ? `The offer expired without an answer: ${input.reason}`
            : "The offer expired without an answer"
        : input.reason
          ? `Declined the offer: ${input.reason}`
          : "Declined the offer";
    await moveApplications(tx, who.userId, [{ applicationId: app.id, from: "offered", to: "declined", reason }], {
      at: now,
    });
    await writeAudit(tx, {
      actorId: who.userId,
      action: "offer.recordDecline",
      entityType: "application",
      entityId: app.id,
      data: { kind: input.kind, reason },
    });
    if (enrolment)
      await recordReplacements(
        tx,
        [{ enrolmentId: enrolment.id, cohortId: enrolment.cohortId, applicationId: app.id }],
        who.userId,
        now,
      );
    return { declined: 1 };
  });
}

/** Expiry runs for a cohort or for a call: the programme of whichever it names. */
export const expiryScope = (db: Executor, input: z.output<typeof expireOffersSchema>) =>
  "callId" in input ? callScope(db, input.callId) : cohortScope(db, input.cohortId);

export type ExpiredOffer = { enrolmentId: string; name: string; replacement: ProposedReplacement };

/**
 * Declines every offer of the cohort (or of the call) whose deadline has passed, frees the seats,
 * writes to each person that their place was released, and proposes a replacement for each seat from
 * the call's ranking and balanced waitlist. The update is guarded by the offer's state, so an offer
 * confirmed a moment before is left alone.
 */
export async function expireOffers(
  db: Database,
  by: Actor | null | "system",
  input: z.output<typeof expireOffersSchema>,
  now = clockNow(),
) {
  const byCall = "callId" in input;
  if (by !== "system")
    assertInScope(
      by,
      "selection.decide",
      await expiryScope(db, input),
      byCall ? "That call does not exist." : "That cohort does not exist.",
    );
  const actor = by === "system" ? SYSTEM : by;
  return db.transaction(async (tx) => {
    const inCall = byCall
      ? inArray(
          enrolments.applicationId,
          tx.select({ id: applications.id }).from(applications).where(eq(applications.callId, input.callId)),
        )
      : undefined;
    const callIds = byCall
      ? [input.callId]
      : (await tx.select({ id: calls.id }).from(calls).where(eq(calls.cohortId, input.cohortId))).map((c) => c.id);
    for (const id of callIds) await lockCallSeats(tx, id);
    const lapsed = await tx
      .update(enrolments)
      .set({ status: "declined", version: sql`${enrolments.version} + 1` })
      .where(
        and(
          byCall ? inCall : eq(enrolments.cohortId, input.cohortId),
          eq(enrolments.status, "offered"),
          lte(enrolments.offerExpiresAt, now),
        ),
      )
      .returning({
        id: enrolments.id,
        userId: enrolments.userId,
        applicationId: enrolments.applicationId,
        cohortId: enrolments.cohortId,
        expiresAt: enrolments.offerExpiresAt,
      });
    if (lapsed.length === 0) return { expired: [] as ExpiredOffer[] };
    await moveApplications(
      tx,
      actor.userId,
      lapsed.flatMap((o) =>
        o.applicationId
          ? [
              {
                applicationId: o.applicationId,
                from: "offered" as const,
                to: "declined" as const,
                reason: `The offer expired on ${o.expiresAt!.toISOString().slice(0, 10)} without an answer`,
              },
            ]
          : [],
      ),
      { at: now },
    );
    const replacements = await recordReplacements(
      tx,
      lapsed.map((o) => ({ enrolmentId: o.id, cohortId: o.cohortId, applicationId: o.applicationId })),
      actor.userId,
      now,
    );
    const people = await tx
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        cohortTitle: cohorts.title,
        enrolmentId: enrolments.id,
      })
      .from(enrolments)
      .innerJoin(users, eq(users.id, enrolments.userId))
      .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
      .where(
        inArray(
          enrolments.id,
          lapsed.map((o) => o.id),
        ),
      );
    await enqueueEmails(
      tx,
      people.map((p) => ({
        to: p.email,
        toUserId: p.id,
        template: "offerExpired",
        values: { name: p.name, cohort: p.cohortTitle },
        kind: "offer.expired",
        entityType: "enrolment",
        entityId: p.enrolmentId,
      })),
    );
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "offer.expire",
      entityType: byCall ? "call" : "cohort",
      entityId: byCall ? input.callId : input.cohortId,
      data: { expired: lapsed.length },
    });
    const names = new Map(people.map((p) => [p.enrolmentId, p.name]));
    return {
      expired: lapsed.map((o): ExpiredOffer => ({
        enrolmentId: o.id,
        name: names.get(o.id) ?? "",
        replacement: replacements.get(o.id)!,
      })),
    };
  });
}

/**
 * Offers a freed seat to someone on the waiting list, with the offer letter. The seat is counted inside
 * the transaction under the call's lock: of two offers for the last free seat, the second is refused.
 */
export async function offerReplacement(
  db: Database,
  by: Actor | null | "system",
  input: z.output<typeof offerReplacementSchema>,
  now = clockNow(),
) {
  const { who, call } =
    by === "system" ? await systemDecider(db, input.callId) : await requireDecider(db, by, input.callId);
  const { setting, letters } = await loadLetters(db, call.id);
  return db.transaction(async (tx) => {
    await lockCallSeats(tx, call.id);
    const state = await loadDecisionState(tx, call);
    const candidate = state.waitlist.find((a) => a.id === input.applicationId);
    if (!candidate)
      throw new DomainError(
        "conflict",
        "That applicant is not on this call's waiting list (any more). Reload the page.",
      );
    const free = state.replacements.find((r) => r.declined.id === input.replacesId);
    if (!free)
      throw new DomainError(
        "conflict",
        "That seat is no longer free: another offer took it a moment ago. Reload the page to see who holds it.",
      );
    const proposed = free.replacement?.id === candidate.id;
    const expiresAt = new Date(now.getTime() + call.settings.offerDays * DAY_MS);
    const reason = proposed
      ? `Offered the seat ${free.declined.reference} declined: ${free.reason}`
      : `Offered the seat ${free.declined.reference} declined (chosen by staff instead of the proposed replacement)`;
    await moveApplications(
      tx,
      who.userId,
      [{ applicationId: candidate.id, from: "waitlisted", to: "offered", reason }],
      { callId: call.id, at: now },
    );
    await offerSeats(tx, call, [candidate], expiresAt);
    const locales = await recipientLocales(tx, [candidate.applicantId]);
    await enqueueEmails(tx, [
      letterFor(
        setting,
        letters.find((l) => l.kind === "offer")!,
        candidate,
        expiresAt,
        locales.get(candidate.applicantId),
      ),
    ]);
    await writeAudit(tx, {
      actorId: who.userId,
      action: "offer.replacement",
      entityType: "application",
      entityId: candidate.id,
      data: { replaces: free.declined.id, proposed },
    });
    return { offered: candidate.reference };
  });
}

/**
 * Writes a reminder to everyone whose offer in the cohort lapses within `withinDays`, at most one per
 * offer per day of the database's clock (when emails really go), so pressing the button twice does not send two.
 */
export async function sendOfferReminders(
  db: Database,
  by: Actor | null | "system",
  input: z.output<typeof offerRemindersSchema>,
  now = clockNow(),
) {
  if (by !== "system")
    assertInScope(by, "selection.decide", await cohortScope(db, input.cohortId), "That cohort does not exist.");
  const actor = by === "system" ? SYSTEM : by;
  const [cohort] = await db
    .select({ title: cohorts.title, timeZone: cohorts.timeZone })
    .from(cohorts)
    .where(eq(cohorts.id, input.cohortId));
  if (!cohort) throw notFound("That cohort does not exist.");
  return db.transaction(async (tx) => {
    const due = await tx
      .select({
        id: enrolments.id,
        userId: users.id,
        email: users.email,
        name: users.name,
        expiresAt: enrolments.offerExpiresAt,
      })
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
          .where(
            and(
              eq(emailOutbox.kind, "offer.reminder"),
              inArray(
                emailOutbox.entityId,
                due.map((d) => d.id),
              ),
              gt(emailOutbox.createdAt, sql`now() - interval '1 day'`),
            ),
          )
      : [];
    const skip = new Set(recent.map((r) => r.entityId));
    const send = due.filter((d) => !skip.has(d.id));
    await enqueueEmails(
      tx,
      send.map((d) => ({
        to: d.email,
        toUserId: d.userId,
        template: "offerReminder",
        values: {
          name: d.name,
          cohort: cohort.title,
          until: momentIn(d.expiresAt as Date, cohort.timeZone),
          link: `${env().APP_URL}/me`,
        },
        kind: "offer.reminder",
        entityType: "enrolment",
        entityId: d.id,
      })),
    );
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "offer.remind",
      entityType: "cohort",
      entityId: input.cohortId,
      data: { withinDays: input.withinDays, sent: send.length, skipped: skip.size },
    });
    return { sent: send.length, skipped: due.length - send.length };
  });
}
