import { and, eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database, Executor } from "@/db/client";
import { applications, calls, cohorts, reviews } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, forbidden, notFound, stale } from "@/lib/errors";
import type { RubricCriterion } from "./aggregate";
import type { conflictSchema, reviewDraftSchema } from "./schemas";
import { now as clockNow } from "@/lib/time/clock";

/**
 * The actor's own review of an application, or not found: an application that is not assigned to
 * them does not exist as far as they can tell (same answer as an unknown id).
 */
async function ownReview(tx: Executor, actor: Actor | null, applicationId: string) {
  if (!actor) throw forbidden();
  const [row] = await tx
    .select({ id: reviews.id, status: reviews.status, version: reviews.version, rubric: calls.rubric, programmeId: cohorts.programmeId })
    .from(reviews)
    .innerJoin(applications, eq(applications.id, reviews.applicationId))
    .innerJoin(calls, eq(calls.id, applications.callId))
    .innerJoin(cohorts, eq(cohorts.id, calls.cohortId))
    .where(and(eq(reviews.applicationId, applicationId), eq(reviews.reviewerId, actor.userId)))
    .limit(1);
  if (!row || row.status === "conflict") throw notFound("This application is not assigned to you.");
  if (!can(actor, "review.score", { programmeId: row.programmeId })) throw forbidden();
  return { ...row, rubric: row.rubric as RubricCriterion[] };
}

/** Scores checked against the rubric: known criteria, whole numbers within each one's scale. */
export function checkScores(scores: Record<string, number | null>, rubric: readonly RubricCriterion[], complete: boolean): Record<string, number> {
  const errors: Record<string, string[]> = {};
  const out: Record<string, number> = {};
  for (const key of Object.keys(scores)) if (!rubric.some((c) => c.id === key)) errors[`scores.${key}`] = ["Not a criterion of this call."];
  for (const c of rubric) {
    const value = scores[c.id];
    if (value === null || value === undefined) {
      if (complete) errors[`scores.${c.id}`] = [`Score ${c.label} before you submit.`];
      continue;
    }
    if (!Number.isInteger(value) || value < 0 || value > c.max) errors[`scores.${c.id}`] = [`A whole number from 0 to ${c.max}.`];
    else out[c.id] = value;
  }
  if (Object.keys(errors).length) throw new DomainError("validation", complete ? "Score every criterion before you submit." : "Please correct the highlighted scores.", errors);
  return out;
}

async function writeReview(db: Database, actor: Actor | null, input: z.output<typeof reviewDraftSchema>, submit: boolean) {
  return db.transaction(async (tx) => {
    const review = await ownReview(tx, actor, input.applicationId);
    if (review.status === "submitted") throw new DomainError("conflict", "You have already submitted this review; it can no longer be changed.");
    const scores = checkScores(input.scores, review.rubric, submit);
    const now = clockNow();
    const [updated] = await tx
      .update(reviews)
      .set({ scores, comment: input.comment, status: submit ? "submitted" : "draft", submittedAt: submit ? now : null, version: sql`${reviews.version} + 1` })
      .where(and(eq(reviews.id, review.id), eq(reviews.version, input.version), inArray(reviews.status, ["assigned", "draft"])))
      .returning({ version: reviews.version, status: reviews.status });
    if (!updated) throw stale("This review was saved elsewhere (another tab?) since you opened it. Reload to see that version, then try again.");
    await writeAudit(tx, { actorId: actor!.userId, action: submit ? "review.submit" : "review.saveDraft", entityType: "review", entityId: review.id, data: { applicationId: input.applicationId } });
    return { version: updated.version, status: updated.status, savedAt: now.toISOString() };
  });
}

/** Keeps the scores so far; any criterion may still be empty. */
export function saveReviewDraft(db: Database, actor: Actor | null, input: z.output<typeof reviewDraftSchema>) {
  return writeReview(db, actor, input, false);
}

/** Final: every criterion scored; counts in the ranking from now on and can no longer change. */
export function submitReview(db: Database, actor: Actor | null, input: z.output<typeof reviewDraftSchema>) {
  return writeReview(db, actor, input, true);
}

/** The reviewer declares a conflict of interest: the assignment is removed from their queue and does not count. */
export async function declareConflict(db: Database, actor: Actor | null, input: z.output<typeof conflictSchema>) {
  return db.transaction(async (tx) => {
    const review = await ownReview(tx, actor, input.applicationId);
    if (review.status === "submitted") throw new DomainError("conflict", "You have already submitted this review. Ask the programme staff to set it aside.");
    const [updated] = await tx
      .update(reviews)
      .set({ status: "conflict", conflictReason: input.reason, scores: {}, version: sql`${reviews.version} + 1` })
      .where(and(eq(reviews.id, review.id), eq(reviews.version, input.version), inArray(reviews.status, ["assigned", "draft"])))
      .returning({ version: reviews.version });
    if (!updated) throw stale("This review changed since you opened it. Reload and try again.");
    await writeAudit(tx, { actorId: actor!.userId, action: "review.declareConflict", entityType: "review", entityId: review.id, data: { applicationId: input.applicationId, reason: input.reason } });
    return { version: updated.version };
  });
}
