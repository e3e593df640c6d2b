import { and, eq, gt, inArray, isNotNull, lte } from "drizzle-orm";
import type { Database } from "@/db/client";
import { applications, calls, cohorts, emailOutbox, enrolments, users, type Job } from "@/db/schema";
import { sendPostDigest } from "@/lib/alumni/digest-commands";
import { foldWriteMarks } from "@/db/write-marks";
import { foldStatusCounts } from "@/lib/calls/status-counts";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { enqueueEmails, momentIn } from "@/lib/mail/outbox";
import { sendPendingEmails, smtpTransport, type MailTransport } from "@/lib/mail/sender";
import { expireOffers, offerReplacement, sendOfferReminders } from "@/lib/offers/commands";
import { applyRetention } from "@/lib/privacy/retention";

const DAY_MS = 86_400_000;
/** Applicants with a draft hear this long before their call closes. */
const CALL_CLOSING_NOTICE_DAYS = 3;
/** People holding an offer hear this long before it lapses (once a day at most, lib/offers). */
const OFFER_NOTICE_DAYS = 2;

type JobContext = { db: Database; job: Job; now: Date };
/** What a job did, for the runner's log line. */
type JobHandler = (ctx: JobContext) => Promise<Record<string, unknown>>;

/**
 * Sends the outbox (lib/mail/sender.ts). An SMTP server that cannot be reached fails the attempt before
 * anything is taken, so the messages stay pending and the job tries again after its backoff; a message the
 * server refuses is marked failed by the sender (a permanent failure, readable in /admin/outbox).
 */
async function sendOutbox({ db }: JobContext) {
  const transport = await smtpTransport();
  const verify = (transport as (MailTransport & { verify?: () => Promise<unknown> }) | null)?.verify;
  if (transport && verify) await verify.call(transport);
  const from = env().MAIL_FROM;
  const total = { sent: 0, failed: 0, skipped: 0 };
  for (;;) {
    const round = await sendPendingEmails(db, transport, { from });
    total.sent += round.sent;
    total.failed += round.failed;
    total.skipped += round.skipped;
    if (round.sent + round.failed + round.skipped === 0) return total;
  }
}

/**
 * Every offer whose deadline has passed is released (lib/offers: the person is told, the seat's
 * replacement is proposed from the call's ranking), and the proposed replacement is offered the seat with
 * the offer letter, as staff would by pressing "Offer" on the proposal.
 */
async function expireDueOffers({ db, now }: JobContext) {
  const due = await db
    .selectDistinct({ callId: applications.callId })
    .from(enrolments)
    .innerJoin(applications, eq(applications.id, enrolments.applicationId))
    .where(and(eq(enrolments.status, "offered"), lte(enrolments.offerExpiresAt, now)));
  let expired = 0;
  let offered = 0;
  const conflicts: string[] = [];
  for (const { callId } of due) {
    const result = await expireOffers(db, "system", { callId }, now);
    expired += result.expired.length;
    const proposals = result.expired.filter((e) => e.replacement.applicationId);
    if (proposals.length === 0) continue;
    const freed = await db
      .select({ id: enrolments.id, applicationId: enrolments.applicationId })
      .from(enrolments)
      .where(
        inArray(
          enrolments.id,
          proposals.map((p) => p.enrolmentId),
        ),
      );
    const declinedApplication = new Map(freed.map((f) => [f.id, f.applicationId]));
    for (const proposal of proposals) {
      const replacesId = declinedApplication.get(proposal.enrolmentId);
      if (!replacesId) continue;
      try {
        await offerReplacement(
          db,
          "system",
          { callId, applicationId: proposal.replacement.applicationId!, replacesId },
          now,
        );
        offered++;
      } catch (error) {
        // Staff offered the seat a moment before: theirs stands, and the proposal stays on the page.
        if (!(error instanceof DomainError) || error.code !== "conflict") throw error;
        conflicts.push(error.message);
      }
    }
  }
  return { expired, offered, conflicts };
}

/**
 * Deadline reminders from what exists: applicants with a draft in a call that closes within
 * CALL_CLOSING_NOTICE_DAYS (once per application), and people whose offer lapses within OFFER_NOTICE_DAYS
 * (lib/offers writes at most one a day per offer).
 */
async function sendDeadlineReminders({ db, now }: JobContext) {
  const soon = new Date(now.getTime() + CALL_CLOSING_NOTICE_DAYS * DAY_MS);
  const drafts = await db
    .select({
      applicationId: applications.id,
      userId: users.id,
      email: users.email,
      name: users.name,
      callId: calls.id,
      title: calls.title,
      closesAt: calls.closesAt,
      timeZone: cohorts.timeZone,
    })
    .from(applications)
    .innerJoin(calls, eq(calls.id, applications.callId))
    .innerJoin(cohorts, eq(cohorts.id, calls.cohortId))
    .innerJoin(users, eq(users.id, applications.applicantId))
    .where(
      and(
        eq(applications.status, "draft"),
        eq(calls.status, "open"),
        gt(calls.closesAt, now),
        lte(calls.closesAt, soon),
      ),
    );
  const told = drafts.length
    ? await db
        .select({ entityId: emailOutbox.entityId })
        .from(emailOutbox)
        .where(
          and(
            eq(emailOutbox.kind, "call.closing"),
            inArray(
              emailOutbox.entityId,
              drafts.map((d) => d.applicationId),
            ),
          ),
        )
    : [];
  const skip = new Set(told.map((t) => t.entityId));
  const base = env().APP_URL;
  const send = drafts.filter((d) => !skip.has(d.applicationId));
  await enqueueEmails(
    db,
    send.map((d) => ({
      to: d.email,
      toUserId: d.userId,
      template: "callClosing",
      values: {
        name: d.name,
        title: d.title,
        closes: momentIn(d.closesAt, d.timeZone),
        link: `${base}/me/applications/${d.applicationId}`,
      },
      kind: "call.closing",
      entityType: "application",
      entityId: d.applicationId,
    })),
  );
  const offerCohorts = await db
    .selectDistinct({ cohortId: enrolments.cohortId })
    .from(enrolments)
    .where(
      and(
        eq(enrolments.status, "offered"),
        isNotNull(enrolments.offerExpiresAt),
        gt(enrolments.offerExpiresAt, now),
        lte(enrolments.offerExpiresAt, new Date(now.getTime() + OFFER_NOTICE_DAYS * DAY_MS)),
      ),
    );
  let offerReminders = 0;
  for (const { cohortId } of offerCohorts)
    offerReminders += (await sendOfferReminders(db, "system", { cohortId, withinDays: OFFER_NOTICE_DAYS }, now)).sent;
  return { callClosing: send.length, offerReminders };
}

async function sendAlumniDigest({ db, now }: JobContext) {
  const { posts, recipients } = await sendPostDigest(db, "system", now);
  return { posts, recipients };
}

/**
 * Retention: each task deletes or anonymises what has been kept long enough (unsuccessful applications after
 * their programme's period, lib/privacy/retention.ts); the job runs every day.
 */
const RETENTION_TASKS: ((db: Database, now: Date) => Promise<unknown>)[] = [applyRetention];

async function applyRetentionTasks({ db, now }: JobContext) {
  for (const task of RETENTION_TASKS) await task(db, now);
  return { tasks: RETENTION_TASKS.length };
}

/** The kept counts of applications per status (lib/calls/status-counts.ts), folded so reads stay short. */
async function foldCounts({ db }: JobContext) {
  return { calls: await foldStatusCounts(db) };
}

/** The write marks of closed connections, folded so the page cache's reads of them stay short (db/write-marks.ts). */
async function foldMarks({ db }: JobContext) {
  return { rows: await foldWriteMarks(db) };
}

/** Every job type the runner knows, by the name stored in `jobs.type`. */
export const JOB_HANDLERS: Record<string, JobHandler> = {
  "mail.send": sendOutbox,
  "offers.expire": expireDueOffers,
  "reminders.deadlines": sendDeadlineReminders,
  "alumni.digest": sendAlumniDigest,
  retention: applyRetentionTasks,
  "applications.fold-counts": foldCounts,
  "write-marks.fold": foldMarks,
};
