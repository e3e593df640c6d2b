import { and, eq, ne } from "drizzle-orm";
import type { z } from "zod";
import type { Database, Executor } from "@/db/client";
import { cohorts, enrolments, programmeRoles, proposals, reviews, sessions, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import type { Actor } from "@/lib/auth/roles";
import { assertInScope } from "@/lib/auth/scope";
import { env } from "@/lib/env";
import { DomainError, notFound } from "@/lib/errors";
import { enqueueEmails } from "@/lib/mail/outbox";
import { cohortSettings } from "./settings";
import { writeScores } from "@/lib/review/score-commands";
import type { assignMentorSchema, markOutstandingSchema, scoreProposalSchema } from "./schemas";
import { now as clockNow } from "@/lib/time/clock";

async function proposalContext(db: Executor, proposalId: string) {
  const [row] = await db
    .select({
      id: proposals.id,
      status: proposals.status,
      title: proposals.title,
      cohortId: enrolments.cohortId,
      programmeId: cohorts.programmeId,
    })
    .from(proposals)
    .innerJoin(enrolments, eq(enrolments.id, proposals.enrolmentId))
    .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
    .where(eq(proposals.id, proposalId));
  if (!row) throw notFound("That proposal does not exist.");
  return row;
}

/** Gives a submitted proposal to one of the programme's mentors, as a review row like an application's. */
export async function assignMentor(db: Database, actor: Actor | null, input: z.output<typeof assignMentorSchema>) {
  const proposal = await proposalContext(db, input.proposalId);
  assertInScope(actor, "review.assign", { programmeId: proposal.programmeId }, "That proposal does not exist.");
  if (proposal.status === "draft")
    throw new DomainError("conflict", "This proposal is still a draft; mentors see it once it is submitted.");
  return db.transaction(async (tx) => {
    const [mentor] = await tx
      .select({ id: users.id, name: users.name, email: users.email })
      .from(programmeRoles)
      .innerJoin(users, eq(users.id, programmeRoles.userId))
      .where(
        and(
          eq(programmeRoles.programmeId, proposal.programmeId),
          eq(programmeRoles.userId, input.mentorId),
          eq(programmeRoles.role, "mentor"),
        ),
      );
    if (!mentor)
      throw new DomainError("validation", "Please correct the highlighted fields.", {
        mentorId: ["Choose one of this programme's mentors."],
      });
    const [row] = await tx
      .insert(reviews)
      .values({ reviewerId: mentor.id, proposalId: proposal.id, status: "assigned" })
      .onConflictDoNothing()
      .returning({ id: reviews.id });
    if (!row) throw new DomainError("conflict", `${mentor.name} is already assigned to this proposal.`);
    await enqueueEmails(tx, [
      {
        to: mentor.email,
        toUserId: mentor.id,
        template: "proposalAssigned",
        values: { name: mentor.name, title: proposal.title, link: `${env().APP_URL}/review/proposals/${row.id}` },
        kind: "proposal.assigned",
        entityType: "review",
        entityId: row.id,
      },
    ]);
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "proposal.assignMentor",
      entityType: "proposal",
      entityId: proposal.id,
      data: { mentorId: mentor.id, reviewId: row.id },
    });
    return { reviewId: row.id };
  });
}

/**
 * A mentor's comment and rubric scores on a proposal assigned to them (only theirs: any other review id
 * is "not found"). Guarded by version; once every assigned mentor has submitted, the proposal is reviewed.
 */
export async function scoreProposal(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof scoreProposalSchema>,
  now = clockNow(),
) {
  if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
  const [review] = await db
    .select({
      id: reviews.id,
      reviewerId: reviews.reviewerId,
      status: reviews.status,
      proposalId: reviews.proposalId,
      cohortId: enrolments.cohortId,
      programmeId: cohorts.programmeId,
    })
    .from(reviews)
    .innerJoin(proposals, eq(proposals.id, reviews.proposalId))
    .innerJoin(enrolments, eq(enrolments.id, proposals.enrolmentId))
    .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
    .where(and(eq(reviews.id, input.reviewId), eq(reviews.reviewerId, actor.userId)));
  if (!review || !review.proposalId) throw notFound("That review is not assigned to you.");
  assertInScope(actor, "review.score", { programmeId: review.programmeId }, "That review is not assigned to you.");
  if (review.status === "submitted") throw new DomainError("conflict", "You have already submitted this review.");
  const { proposalTemplate } = await cohortSettings(db, review.cohortId);
  const commentMissing: Record<string, string[]> =
    input.submit && !input.comment ? { comment: ["Write a comment for the participant before you submit."] } : {};
  return db.transaction(async (tx) => {
    const { version, scores } = await writeScores(
      tx,
      { id: review.id, rubric: proposalTemplate.rubric },
      input,
      now,
      commentMissing,
    );
    if (input.submit) {
      const open = await tx
        .select({ id: reviews.id })
        .from(reviews)
        .where(
          and(
            eq(reviews.proposalId, review.proposalId!),
            ne(reviews.status, "submitted"),
            ne(reviews.status, "conflict"),
          ),
        );
      if (open.length === 0)
        await tx
          .update(proposals)
          .set({ status: "reviewed" })
          .where(and(eq(proposals.id, review.proposalId!), eq(proposals.status, "submitted")));
    }
    await writeAudit(tx, {
      actorId: actor.userId,
      action: input.submit ? "proposal.review.submit" : "proposal.review.save",
      entityType: "review",
      entityId: review.id,
      data: { scores },
    });
    return { version, status: input.submit ? "submitted" : "draft" };
  });
}

/** Marks a submitted proposal outstanding (or not) and links it to the session where it is presented. */
export async function markOutstanding(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof markOutstandingSchema>,
) {
  const proposal = await proposalContext(db, input.proposalId);
  assertInScope(actor, "proposal.manage", { programmeId: proposal.programmeId }, "That proposal does not exist.");
  if (proposal.status === "draft")
    throw new DomainError("conflict", "Only a submitted proposal can be marked outstanding.");
  if (input.outstanding && !input.presentationSessionId) {
    throw new DomainError("validation", "Please correct the highlighted fields.", {
      presentationSessionId: ["Choose the session where it will be presented."],
    });
  }
  return db.transaction(async (tx) => {
    if (input.presentationSessionId) {
      const [session] = await tx
        .select({ id: sessions.id })
        .from(sessions)
        .where(and(eq(sessions.id, input.presentationSessionId), eq(sessions.cohortId, proposal.cohortId)));
      if (!session)
        throw new DomainError("validation", "Please correct the highlighted fields.", {
          presentationSessionId: ["Choose a session of this cohort."],
        });
    }
    await tx
      .update(proposals)
      .set({
        isOutstanding: input.outstanding,
        presentationSessionId: input.outstanding ? input.presentationSessionId : null,
      })
      .where(eq(proposals.id, proposal.id));
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: input.outstanding ? "proposal.markOutstanding" : "proposal.unmarkOutstanding",
      entityType: "proposal",
      entityId: proposal.id,
      data: { presentationSessionId: input.presentationSessionId },
    });
    return {};
  });
}
