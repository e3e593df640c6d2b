import { and, eq, inArray, notInArray, or, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database, Executor } from "@/db/client";
import {
  applications,
  calls,
  cohortPhases,
  cohorts,
  enrolments,
  programmes,
  sessionTracks,
  sessions,
  users,
} from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import type { Actor } from "@/lib/auth/roles";
import { assertInScope, sessionScope } from "@/lib/auth/scope";
import { DomainError, notFound } from "@/lib/errors";
import { daysFrom, enqueueEmails, momentIn, type TemplatedEmail } from "@/lib/mail/outbox";
import { addDays, daysBetween, fromWallTime, shiftKeepingWallTime } from "@/lib/time";
import { anchorDate, requireCohortManager } from "./commands";
import type { changeCohortScheduleSchema, changeSessionScheduleSchema } from "./schemas";
import { now as clockNow } from "@/lib/time/clock";

type Person = { userId: string; email: string; name: string };

/** Applications still in play: those who have not withdrawn, declined or been turned down. */
const ACTIVE_APPLICATION = notInArray(applications.status, ["draft", "withdrawn", "declined", "rejected"]);

/** Everyone who applied to the edition or holds a place in it, once each. */
async function peopleOfCohort(
  tx: Executor,
  cohortId: string,
  options: { applicants: boolean; trackIds?: string[] },
): Promise<Person[]> {
  const enrolled = tx
    .select({ userId: users.id, email: users.email, name: users.name })
    .from(enrolments)
    .innerJoin(users, eq(users.id, enrolments.userId))
    .where(
      and(
        eq(enrolments.cohortId, cohortId),
        inArray(enrolments.status, ["offered", "confirmed"]),
        // A session of some tracks concerns those tracks' participants and those not yet placed in one.
        options.trackIds?.length
          ? or(inArray(enrolments.trackId, options.trackIds), sql`${enrolments.trackId} is null`)
          : undefined,
      ),
    );
  const rows = options.applicants
    ? await enrolled.union(
        tx
          .select({ userId: users.id, email: users.email, name: users.name })
          .from(applications)
          .innerJoin(calls, eq(calls.id, applications.callId))
          .innerJoin(users, eq(users.id, applications.applicantId))
          .where(and(eq(calls.cohortId, cohortId), ACTIVE_APPLICATION)),
      )
    : await enrolled;
  return rows;
}

function emailsFor(
  people: Person[],
  template: string,
  values: TemplatedEmail["values"],
  entity: { type: string; id: string },
  kind: string,
): TemplatedEmail[] {
  return people.map((p) => ({
    to: p.email,
    toUserId: p.userId,
    template,
    values: { ...values, name: p.name },
    kind,
    entityType: entity.type,
    entityId: entity.id,
  }));
}

/**
 * Postpones (to new dates, or to be announced) or cancels an edition, and tells everyone who applied or
 * holds a place, in the same transaction. New dates move phases and sessions by the same number of days,
 * each session keeping its local time. The person who did it gets a summary with the count.
 */
export async function changeCohortSchedule(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof changeCohortScheduleSchema>,
): Promise<{ notified: number; version: number }> {
  const { actor: who } = await requireCohortManager(db, actor, input.cohortId);
  return db.transaction(async (tx) => {
    const [cohort] = await tx
      .select({
        id: cohorts.id,
        title: cohorts.title,
        startDate: cohorts.startDate,
        endDate: cohorts.endDate,
        timeZone: cohorts.timeZone,
        status: cohorts.status,
        programme: programmes.title,
      })
      .from(cohorts)
      .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
      .where(eq(cohorts.id, input.cohortId));
    if (!cohort) throw notFound("That edition does not exist.");
    // One sentence per state: a stored code inside a sentence would stay English in every language.
    if (cohort.status === "cancelled")
      throw new DomainError("conflict", "This edition is cancelled; it cannot be postponed or cancelled again.");
    if (cohort.status === "completed")
      throw new DomainError("conflict", "This edition is completed; it cannot be postponed or cancelled.");

    let startDate: string | null = cohort.startDate;
    let endDate: string | null = cohort.endDate;
    if (input.action === "postpone" && input.newStartDate) {
      const anchor = await anchorDate(tx, cohort);
      const offset = anchor ? daysBetween(anchor, input.newStartDate) : 0;
      startDate = input.newStartDate;
      endDate = cohort.startDate && cohort.endDate ? addDays(cohort.endDate, offset) : input.newStartDate;
      if (offset !== 0) {
        const phases = await tx
          .select({ id: cohortPhases.id, startDate: cohortPhases.startDate, endDate: cohortPhases.endDate })
          .from(cohortPhases)
          .where(eq(cohortPhases.cohortId, cohort.id));
        for (const p of phases)
          await tx
            .update(cohortPhases)
            .set({ startDate: addDays(p.startDate, offset), endDate: addDays(p.endDate, offset) })
            .where(eq(cohortPhases.id, p.id));
        const rows = await tx
          .select({ id: sessions.id, startsAt: sessions.startsAt, endsAt: sessions.endsAt })
          .from(sessions)
          .where(eq(sessions.cohortId, cohort.id));
        for (const s of rows) {
          await tx
            .update(sessions)
            .set({
              startsAt: shiftKeepingWallTime(s.startsAt, offset, cohort.timeZone),
              endsAt: shiftKeepingWallTime(s.endsAt, offset, cohort.timeZone),
              version: sql`${sessions.version} + 1`,
            })
            .where(eq(sessions.id, s.id));
        }
      }
    } else if (input.action === "postpone") {
      startDate = null;
      endDate = null;
    }

    const updated = await tx
      .update(cohorts)
      .set({
        status: input.action === "postpone" ? "postponed" : "cancelled",
        statusReason: input.reason,
        startDate,
        endDate,
        version: sql`${cohorts.version} + 1`,
        updatedAt: clockNow(),
      })
      .where(and(eq(cohorts.id, cohort.id), eq(cohorts.version, input.version)))
      .returning({ version: cohorts.version });
    if (updated.length === 0)
      throw new DomainError("stale", "Someone else changed this edition since you opened it. Reload and try again.");

    const verb = input.action === "postpone" ? "postponed" : "cancelled";
    const people = await peopleOfCohort(tx, cohort.id, { applicants: true });
    const values = {
      programme: cohort.programme,
      cohort: cohort.title,
      change: verb,
      reason: input.reason,
      news: input.action === "cancel" ? "none" : startDate ? "dates" : "tba",
      dates: startDate ? daysFrom(startDate, endDate) : "",
      copy: "no",
      sent: people.length,
    };
    const summary: TemplatedEmail = {
      to: who.email,
      toUserId: who.userId,
      template: "cohortChanged",
      values: { ...values, name: who.name, copy: "yes" },
      kind: `cohort.${verb}.summary`,
      entityType: "cohort",
      entityId: cohort.id,
    };
    await enqueueEmails(tx, [
      ...emailsFor(people, "cohortChanged", values, { type: "cohort", id: cohort.id }, `cohort.${verb}`),
      summary,
    ]);
    await writeAudit(tx, {
      actorId: who.userId,
      action: `cohort.${input.action}`,
      entityType: "cohort",
      entityId: cohort.id,
      data: { reason: input.reason, startDate, endDate, notified: people.length },
    });
    return { notified: people.length, version: updated[0]!.version };
  });
}

/** Postpones (to a new time, or to be announced) or cancels one session, and tells its participants. */
export async function changeSessionSchedule(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof changeSessionScheduleSchema>,
): Promise<{ notified: number; version: number }> {
  assertInScope(actor, "cohort.manage", await sessionScope(db, input.sessionId), "That session does not exist.");
  const who = actor;
  return db.transaction(async (tx) => {
    const [session] = await tx
      .select({
        id: sessions.id,
        title: sessions.title,
        startsAt: sessions.startsAt,
        endsAt: sessions.endsAt,
        cohortId: sessions.cohortId,
        timeZone: cohorts.timeZone,
        cohort: cohorts.title,
        programme: programmes.title,
      })
      .from(sessions)
      .innerJoin(cohorts, eq(cohorts.id, sessions.cohortId))
      .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
      .where(eq(sessions.id, input.sessionId));
    if (!session) throw notFound("That session does not exist.");
    const moved = input.action === "postpone" && input.newDate && input.newStartTime && input.newEndTime;
    const startsAt = moved ? fromWallTime(input.newDate!, input.newStartTime!, session.timeZone) : session.startsAt;
    const endsAt = moved ? fromWallTime(input.newDate!, input.newEndTime!, session.timeZone) : session.endsAt;
    const updated = await tx
      .update(sessions)
      .set({
        status: input.action === "postpone" ? "postponed" : "cancelled",
        statusReason: input.reason,
        startsAt,
        endsAt,
        version: sql`${sessions.version} + 1`,
      })
      .where(and(eq(sessions.id, session.id), eq(sessions.version, input.version)))
      .returning({ version: sessions.version });
    if (updated.length === 0)
      throw new DomainError("stale", "Someone else changed this session since you opened it. Reload and try again.");

    const trackIds = (
      await tx
        .select({ trackId: sessionTracks.trackId })
        .from(sessionTracks)
        .where(eq(sessionTracks.sessionId, session.id))
    ).map((t) => t.trackId);
    const people = await peopleOfCohort(tx, session.cohortId, { applicants: false, trackIds });
    const verb = input.action === "postpone" ? "postponed" : "cancelled";
    const values = {
      session: session.title,
      programme: session.programme,
      cohort: session.cohort,
      was: momentIn(session.startsAt, session.timeZone),
      change: verb,
      reason: input.reason,
      news: input.action === "cancel" ? "none" : moved ? "moved" : "tba",
      at: momentIn(startsAt, session.timeZone),
    };
    await enqueueEmails(
      tx,
      emailsFor(people, "sessionChanged", values, { type: "session", id: session.id }, `session.${verb}`),
    );
    await writeAudit(tx, {
      actorId: who.userId,
      action: `session.${input.action}`,
      entityType: "session",
      entityId: session.id,
      data: { reason: input.reason, notified: people.length },
    });
    return { notified: people.length, version: updated[0]!.version };
  });
}
