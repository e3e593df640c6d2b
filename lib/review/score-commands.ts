import { and, eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database, Executor } from "@/db/client";
import { applications, calls, cohorts, reviews } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import type { Actor } from "@/lib/auth/roles";
import { assertInScope } from "@/lib/auth/scope";
import { DomainError, notFound, stale } from "@/lib/errors";
import { checkScores, type RubricCriterion } from "./rubric";
import type { conflictSchema, reviewDraftSchema } from "./schemas";
import { now as clockNow } from "@/lib/time/clock";

/**
 * Writes a reviewer's scores and comment on any review (of an application or of a proposal), guarded
 * by the version they loaded; `submit` makes it final. Scores are checked against the rubric first.
 * Returns the new version; the caller audits and does what a submission means for its subject.
 */
export async function writeScores(
  tx: Executor,
  review: { id: string; rubric: readonly RubricCriterion[] },
  input: {
    version: number;
    scores: Readonly<Record<string, number | string | null>>;
    comment: string;
    submit: boolean;
  },
  now: Date,
  extraErrors: Record<string, string[]> = {},
): Promise<{ version: number; scores: Record<string, number> }> {
  const { scores, errors } = checkScores(review.rubric, input.scores, { complete: input.submit });
  Object.assign(errors, extraErrors);
  if (Object.keys(errors).length) {
    throw new DomainError(
      "validation",
      input.submit ? "Score every criterion before you submit." : "Please correct the highlighted scores.",
      errors,
    );
  }
  const [updated] = await tx
    .update(reviews)
    .set({
      scores,
      comment: input.comment,
      status: input.submit ? "submitted" : "draft",
      submittedAt: input.submit ? now : null,
      version: sql`${reviews.version} + 1`,
    })
    .where(
      and(
        eq(reviews.id, review.id),
        eq(reviews.version, input.version),
        inArray(reviews.status, ["assigned", "draft"]),
      ),
    )
    .returning({ version: reviews.version });
  if (!updated)
    throw stale(
      "This review was saved elsewhere (another tab?) since you opened it. Reload to see that version, then try again.",
    );
  return { version: updated.version, scores };
}

/**
 * The actor's own review of an application, or not found: an application that is not assigned to
 * them does not exist as far as they can tell (same answer as an unknown id).
 */
async function ownApplicationReview(tx: Executor, actor: Actor | null, applicationId: string) {
  if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
  const [row] = await tx
    .select({
      id: reviews.id,
      status: reviews.status,
      version: reviews.version,
      rubric: calls.rubric,
      programmeId: cohorts.programmeId,
    })
    .from(reviews)
    .innerJoin(applications, eq(applications.id, reviews.applicationId))
    .innerJoin(calls, eq(calls.id, applications.callId))
    .innerJoin(cohorts, eq(cohorts.id, calls.cohortId))
    .where(and(eq(reviews.applicationId, applicationId), eq(reviews.reviewerId, actor.userId)))
    .limit(1);
  if (!row || row.status === "conflict") throw notFound("This application is not assigned to you.");
  assertInScope(actor, "review.score", { programmeId: row.programmeId }, "This application is not assigned to you.");
  return { ...row, rubric: row.rubric as RubricCriterion[] };
}

async function writeApplicationReview(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof reviewDraftSchema>,
  submit: boolean,
) {
  return db.transaction(async (tx) => {
    const review = await ownApplicationReview(tx, actor, input.applicationId);
    if (review.status === "submitted")
      throw new DomainError("conflict", "You have already submitted this review; it can no longer be changed.");
    const now = clockNow();
    const { version } = await writeScores(tx, review, { ...input, submit }, now);
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: submit ? "review.submit" : "review.saveDraft",
      entityType: "review",
      entityId: review.id,
      data: { applicationId: input.applicationId },
    });
    return { version, status: submit ? ("submitted" as const) : ("draft" as const), savedAt: now.toISOString() };
  });
}

/** Keeps the scores so far; any criterion may still be empty. */
export function saveReviewDraft(db: Database, actor: Actor | null, input: z.output<typeof reviewDraftSchema>) {
  return writeApplicationReview(db, actor, input, false);
}

/** Final: every criterion scored; counts in the ranking from now on and can no longer change. */
export function submitReview(db: Database, actor: Actor | null, input: z.output<typeof reviewDraftSchema>) {
  return writeApplicationReview(db, actor, input, true);
}

/** The reviewer declares a conflict of interest: the assignment is removed from their queue and does not count. */
export async function declareConflict(db: Database, actor: Actor | null, input: z.output<typeof conflictSchema>) {
  return db.transaction(async (tx) => {
    const review = await ownApplicationReview(tx, actor, input.applicationId);
    if (review.status === "submitted")
      throw new DomainError(
        "conflict",
        "You have already submitted this review. Ask the programme staff to set it aside.",
      );
    const [updated] = await tx
      .update(reviews)
      .set({ status: "conflict", conflictReason: input.reason, scores: {}, version: sql`${reviews.version} + 1` })
      .where(
        and(
          eq(reviews.id, review.id),
          eq(reviews.version, input.version),
          inArray(reviews.status, ["assigned", "draft"]),
        ),
      )
      .returning({ version: reviews.version });
    if (!updated) throw stale("This review changed since you opened it. Reload and try again.");
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "review.declareConflict",
      entityType: "review",
      entityId: review.id,
      data: { applicationId: input.applicationId, reason: input.reason },
    });
    return { version: updated.version };
  });
}
