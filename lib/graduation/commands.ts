import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database, Executor } from "@/db/client";
import { cohortParticipantSettings, cohorts, enrolments } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { DomainError, forbidden, stale } from "@/lib/errors";
import { enqueueEmails } from "@/lib/mail/outbox";
import { newCertificateCode } from "@/lib/participants/codes";
import { cohortOf } from "@/lib/participants/space-commands";
import { cohortSettings } from "@/lib/proposals/settings";
import { requireLocalInstant } from "@/lib/time";
import { graduationReview } from "./queries";
import type { completeCohortSchema, completionRuleSchema, proposalDeadlineSchema } from "./schemas";
import { now as clockNow } from "@/lib/time/clock";

/** Writes the cohort's settings row, creating it from the defaults on first use; guarded by version. */
async function writeSettings(
  tx: Executor,
  cohortId: string,
  version: number,
  change: Partial<typeof cohortParticipantSettings.$inferInsert>,
) {
  if (version === 0) {
    const current = await cohortSettings(tx, cohortId);
    const [row] = await tx
      .insert(cohortParticipantSettings)
      .values({
        cohortId,
        completionRule: current.completionRule,
        proposalTemplate: current.proposalTemplate,
        proposalDeadline: current.proposalDeadline,
        ...change,
      })
      .onConflictDoNothing()
      .returning({ version: cohortParticipantSettings.version });
    if (!row) throw stale();
    return row.version;
  }
  const [row] = await tx
    .update(cohortParticipantSettings)
    .set({ ...change, version: sql`${cohortParticipantSettings.version} + 1`, updatedAt: clockNow() })
    .where(and(eq(cohortParticipantSettings.cohortId, cohortId), eq(cohortParticipantSettings.version, version)))
    .returning({ version: cohortParticipantSettings.version });
  if (!row) throw stale();
  return row.version;
}

export async function saveCompletionRule(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof completionRuleSchema>,
) {
  const cohort = await cohortOf(db, input.cohortId);
  if (!can(actor, "certificate.issue", { programmeId: cohort.programmeId })) throw forbidden();
  return db.transaction(async (tx) => {
    const completionRule = { minAttendancePercent: input.minAttendancePercent, requireProposal: input.requireProposal };
    const version = await writeSettings(tx, cohort.id, input.version, { completionRule });
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "cohort.completionRule",
      entityType: "cohort",
      entityId: cohort.id,
      data: completionRule,
    });
    return { version };
  });
}

export async function saveProposalDeadline(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof proposalDeadlineSchema>,
) {
  const cohort = await cohortOf(db, input.cohortId);
  if (!can(actor, "proposal.manage", { programmeId: cohort.programmeId })) throw forbidden();
  const proposalDeadline = input.deadline ? requireLocalInstant(input.deadline, cohort.timeZone, "deadline") : null;
  return db.transaction(async (tx) => {
    const version = await writeSettings(tx, cohort.id, input.version, { proposalDeadline });
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "cohort.proposalDeadline",
      entityType: "cohort",
      entityId: cohort.id,
      data: { proposalDeadline: proposalDeadline?.toISOString() ?? null },
    });
    return { version };
  });
}

/**
 * Completes the cohort: everyone who meets the rule becomes "completed" (an alumnus of the cohort) with a
 * signed certificate code; everyone else "not_completed", with the reason kept for staff. Running it again
 * later graduates those who meet the rule since (for example after an attendance correction).
 */
export async function completeCohort(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof completeCohortSchema>,
  now = clockNow(),
) {
  const cohort = await cohortOf(db, input.cohortId);
  if (!can(actor, "certificate.issue", { programmeId: cohort.programmeId })) throw forbidden();
  if (cohort.status === "cancelled") throw new DomainError("conflict", "A cancelled cohort cannot be completed.");
  return db.transaction(async (tx) => {
    const review = await graduationReview(tx, cohort.id);
    const graduates: { name: string; code: string }[] = [];
    const notCompleted: { name: string; reasons: string[] }[] = [];
    for (const row of review.rows) {
      if (row.status === "completed") continue;
      if (row.verdict.meets) {
        const code = newCertificateCode();
        const [done] = await tx
          .update(enrolments)
          .set({
            status: "completed",
            completedAt: now,
            certificateCode: code,
            certificateName: row.name,
            version: sql`${enrolments.version} + 1`,
          })
          .where(and(eq(enrolments.id, row.enrolmentId), inArray(enrolments.status, ["confirmed", "not_completed"])))
          .returning({ id: enrolments.id });
        if (!done) continue;
        graduates.push({ name: row.name, code });
        await enqueueEmails(tx, [
          {
            to: row.email,
            toUserId: row.userId,
            template: "certificateIssued",
            values: {
              name: row.name,
              cohort: cohort.title,
              spaceLink: `${env().APP_URL}/me/cohorts/${cohort.id}`,
              verifyLink: `${env().APP_URL}/verify/${code}`,
            },
            kind: "certificate.issued",
            entityType: "enrolment",
            entityId: row.enrolmentId,
          },
        ]);
      } else {
        await tx
          .update(enrolments)
          .set({ status: "not_completed", version: sql`${enrolments.version} + 1` })
          .where(and(eq(enrolments.id, row.enrolmentId), eq(enrolments.status, "confirmed")));
        notCompleted.push({ name: row.name, reasons: row.verdict.reasons });
      }
    }
    await tx
      .update(cohorts)
      .set({ status: "completed", version: sql`${cohorts.version} + 1`, updatedAt: now })
      .where(and(eq(cohorts.id, cohort.id), ne(cohorts.status, "completed")));
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "cohort.complete",
      entityType: "cohort",
      entityId: cohort.id,
      data: { graduates: graduates.length, notCompleted, rule: review.rule },
    });
    return { graduates, notCompleted };
  });
}
