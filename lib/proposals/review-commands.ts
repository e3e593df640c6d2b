import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database, Executor } from "@/db/client";
import { cohorts, enrolments, programmeRoles, proposals, reviews, sessions, users, type RubricCriterion } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { DomainError, forbidden, notFound, stale } from "@/lib/errors";
import { enqueueEmails } from "@/lib/mail/outbox";
import { cohortSettings } from "@/lib/participants/timetable";
import type { assignMentorSchema, markOutstandingSchema, scoreProposalSchema } from "./schemas";
import { now as clockNow } from "@/lib/time/clock";

async function proposalContext(db: Executor, proposalId: string) {
  const [row] = await db
    .select({ id: proposals.id, status: proposals.status, title: proposals.title, cohortId: enrolments.cohortId, programmeId: cohorts.programmeId })
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
  if (!can(actor, "review.assign", { programmeId: proposal.programmeId })) throw forbidden();
  if (proposal.status === "draft") throw new DomainError("conflict", "This proposal is still a draft; mentors see it once it is submitted.");
  return db.transaction(async (tx) => {
    const [mentor] = await tx
      .select({ id: users.id, name: users.name, email: users.email })
      .from(programmeRoles)
      .innerJoin(users, eq(users.id, programmeRoles.userId))
      .where(and(eq(programmeRoles.programmeId, proposal.programmeId), eq(programmeRoles.userId, input.mentorId), eq(programmeRoles.role, "mentor")));
    if (!mentor) throw new DomainError("validation", "Please correct the highlighted fields.", { mentorId: ["Choose one of this programme's mentors."] });
    const [row] = await tx.insert(reviews).values({ reviewerId: mentor.id, proposalId: proposal.id, status: "assigned" }).onConflictDoNothing().returning({ id: reviews.id });
    if (!row) throw new DomainError("conflict", `${mentor.name} is already assigned to this proposal.`);
    await enqueueEmails(tx, [
      {
        to: mentor.email,
        toUserId: mentor.id,
        subject: `A project proposal to review: ${proposal.title}`,
        text: `Dear ${mentor.name},\n\nA project proposal has been assigned to you: "${proposal.title}".\nRead it and score it at ${env().APP_URL}/review/proposals/${row.id}\n\nThe programme team`,
        kind: "proposal.assigned",
        entityType: "review",
        entityId: row.id,
      },
    ]);
    await writeAudit(tx, { actorId: actor!.userId, action: "proposal.assignMentor", entityType: "proposal", entityId: proposal.id, data: { mentorId: mentor.id, reviewId: row.id } });
    return { reviewId: row.id };
  });
}

function checkScores(rubric: RubricCriterion[], typed: Record<string, string>, submit: boolean): { scores: Record<string, number>; errors: Record<string, string[]> } {
  const scores: Record<string, number> = {};
  const errors: Record<string, string[]> = {};
  for (const c of rubric) {
    const raw = (typed[c.id] ?? "").trim();
    if (raw === "") {
      if (submit) errors[`scores.${c.id}`] = ["Give a score before you submit."];
      continue;
    }
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0 || n > c.max) errors[`scores.${c.id}`] = [`Use a whole number from 0 to ${c.max}.`];
    else scores[c.id] = n;
  }
  return { scores, errors };
}

/**
 * A mentor's comment and rubric scores on a proposal assigned to them (only theirs: any other review id
 * is "not found"). Guarded by version; once every assigned mentor has submitted, the proposal is reviewed.
 */
export async function scoreProposal(db: Database, actor: Actor | null, input: z.output<typeof scoreProposalSchema>, now = clockNow()) {
  if (!actor) throw forbidden();
  const [review] = await db
    .select({ id: reviews.id, reviewerId: reviews.reviewerId, status: reviews.status, proposalId: reviews.proposalId, cohortId: enrolments.cohortId, programmeId: cohorts.programmeId })
    .from(reviews)
    .innerJoin(proposals, eq(proposals.id, reviews.proposalId))
    .innerJoin(enrolments, eq(enrolments.id, proposals.enrolmentId))
    .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
    .where(and(eq(reviews.id, input.reviewId), eq(reviews.reviewerId, actor.userId)));
  if (!review || !review.proposalId) throw notFound("That review is not assigned to you.");
  if (!can(actor, "review.score", { programmeId: review.programmeId })) throw forbidden();
  if (review.status === "submitted") throw new DomainError("conflict", "You have already submitted this review.");
  const { proposalTemplate } = await cohortSettings(db, review.cohortId);
  const { scores, errors } = checkScores(proposalTemplate.rubric, input.scores, input.submit);
  if (input.submit && !input.comment) errors.comment = ["Write a comment for the participant before you submit."];
  if (Object.keys(errors).length) throw new DomainError("validation", "Please correct the highlighted fields.", errors);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(reviews)
      .set({ scores, comment: input.comment, status: input.submit ? "submitted" : "draft", submittedAt: input.submit ? now : null, version: sql`${reviews.version} + 1` })
      .where(and(eq(reviews.id, review.id), eq(reviews.version, input.version), inArray(reviews.status, ["assigned", "draft"])))
      .returning({ version: reviews.version });
    if (!row) throw stale("This review was saved from another window. Reload to see the latest scores.");
    if (input.submit) {
      const open = await tx
        .select({ id: reviews.id })
        .from(reviews)
        .where(and(eq(reviews.proposalId, review.proposalId!), ne(reviews.status, "submitted"), ne(reviews.status, "conflict")));
      if (open.length === 0) await tx.update(proposals).set({ status: "reviewed" }).where(and(eq(proposals.id, review.proposalId!), eq(proposals.status, "submitted")));
    }
    await writeAudit(tx, { actorId: actor.userId, action: input.submit ? "proposal.review.submit" : "proposal.review.save", entityType: "review", entityId: review.id, data: { scores } });
    return { version: row.version, status: input.submit ? "submitted" : "draft" };
  });
}

/** Marks a submitted proposal outstanding (or not) and links it to the session where it is presented. */
export async function markOutstanding(db: Database, actor: Actor | null, input: z.output<typeof markOutstandingSchema>) {
  const proposal = await proposalContext(db, input.proposalId);
  if (!can(actor, "proposal.manage", { programmeId: proposal.programmeId })) throw forbidden();
  if (proposal.status === "draft") throw new DomainError("conflict", "Only a submitted proposal can be marked outstanding.");
  if (input.outstanding && !input.presentationSessionId) {
    throw new DomainError("validation", "Please correct the highlighted fields.", { presentationSessionId: ["Choose the session where it will be presented."] });
  }
  return db.transaction(async (tx) => {
    if (input.presentationSessionId) {
      const [session] = await tx.select({ id: sessions.id }).from(sessions).where(and(eq(sessions.id, input.presentationSessionId), eq(sessions.cohortId, proposal.cohortId)));
      if (!session) throw new DomainError("validation", "Please correct the highlighted fields.", { presentationSessionId: ["Choose a session of this cohort."] });
    }
    await tx
      .update(proposals)
      .set({ isOutstanding: input.outstanding, presentationSessionId: input.outstanding ? input.presentationSessionId : null })
      .where(eq(proposals.id, proposal.id));
    await writeAudit(tx, { actorId: actor!.userId, action: input.outstanding ? "proposal.markOutstanding" : "proposal.unmarkOutstanding", entityType: "proposal", entityId: proposal.id, data: { presentationSessionId: input.presentationSessionId } });
    return {};
  });
}
