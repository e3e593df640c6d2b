import "server-only";
import { and, asc, desc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  cohorts,
  enrolments,
  programmeRoles,
  programmes,
  proposalAttachments,
  proposals,
  reviews,
  sessions,
  users,
  type RubricCriterion,
} from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, notFound } from "@/lib/errors";
import { cohortSettings } from "./settings";
import { budgetTotals, type BudgetRow } from "./budget";
import { weightedTotal } from "@/lib/review/scores";
import { EMPTY_PROPOSAL, type ProposalContentValues } from "./schemas";

/** A mentor's review shown to the participant on a 0–10 scale, one decimal (lib/review/scores.ts weighs it). */
function feedbackScore(scores: Record<string, number>, rubric: readonly RubricCriterion[]): number | null {
  const total = weightedTotal(scores, rubric, { partial: true });
  return total === null ? null : Math.round(total) / 10;
}

function contentOf(
  row: { title: string; field: string | null; content: Record<string, unknown>; shareWithAlumni: boolean } | undefined,
): ProposalContentValues {
  if (!row) return EMPTY_PROPOSAL;
  return {
    ...EMPTY_PROPOSAL,
    ...(row.content as Partial<ProposalContentValues>),
    title: row.title,
    field: row.field ?? "",
    shareWithAlumni: row.shareWithAlumni,
  };
}

/** The participant's own proposal in a cohort (through their enrolment: there is no id to change in a URL). */
export async function getMyProposal(db: Executor, userId: string, cohortId: string) {
  const [enrolment] = await db
    .select({
      id: enrolments.id,
      status: enrolments.status,
      cohortTitle: cohorts.title,
      cohortTranslations: cohorts.translations,
      mainLanguage: programmes.mainLanguage,
      timeZone: cohorts.timeZone,
    })
    .from(enrolments)
    .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .where(
      and(
        eq(enrolments.cohortId, cohortId),
        eq(enrolments.userId, userId),
        inArray(enrolments.status, ["confirmed", "completed"]),
      ),
    );
  if (!enrolment) return null;
  const [settings, [row]] = await Promise.all([
    cohortSettings(db, cohortId),
    db
      .select({
        id: proposals.id,
        title: proposals.title,
        field: proposals.field,
        content: proposals.content,
        shareWithAlumni: proposals.shareWithAlumni,
        status: proposals.status,
        version: proposals.version,
        updatedAt: proposals.updatedAt,
        submittedAt: proposals.submittedAt,
      })
      .from(proposals)
      .where(eq(proposals.enrolmentId, enrolment.id)),
  ]);
  const [attachments, feedback] = row
    ? await Promise.all([
        db
          .select({
            id: proposalAttachments.id,
            fileName: proposalAttachments.fileName,
            sizeBytes: proposalAttachments.sizeBytes,
          })
          .from(proposalAttachments)
          .where(eq(proposalAttachments.proposalId, row.id))
          .orderBy(asc(proposalAttachments.uploadedAt)),
        db
          .select({ comment: reviews.comment, scores: reviews.scores })
          .from(reviews)
          .where(and(eq(reviews.proposalId, row.id), eq(reviews.status, "submitted"))),
      ])
    : [[], []];
  const content = contentOf(row);
  return {
    enrolment,
    settings,
    proposal: row
      ? { id: row.id, status: row.status, version: row.version, updatedAt: row.updatedAt, submittedAt: row.submittedAt }
      : null,
    content,
    totals: budgetTotals(content.budget as BudgetRow[]),
    attachments,
    feedback: feedback.map((f) => ({
      comment: f.comment,
      score: feedbackScore(f.scores, settings.proposalTemplate.rubric),
    })),
  };
}

/** Staff's list of a cohort's proposals with their mentors and scores, the mentors to assign and the sessions to present at. */
export async function listCohortProposals(db: Executor, cohortId: string) {
  const [cohort] = await db
    .select({ id: cohorts.id, title: cohorts.title, programmeId: cohorts.programmeId, timeZone: cohorts.timeZone })
    .from(cohorts)
    .where(eq(cohorts.id, cohortId));
  if (!cohort) return null;
  const [settings, rows, mentors, cohortSessions] = await Promise.all([
    cohortSettings(db, cohortId),
    db
      .select({
        id: proposals.id,
        title: proposals.title,
        field: proposals.field,
        status: proposals.status,
        isOutstanding: proposals.isOutstanding,
        presentationSessionId: proposals.presentationSessionId,
        shareWithAlumni: proposals.shareWithAlumni,
        submittedAt: proposals.submittedAt,
        author: users.name,
      })
      .from(proposals)
      .innerJoin(enrolments, eq(enrolments.id, proposals.enrolmentId))
      .innerJoin(users, eq(users.id, enrolments.userId))
      .where(eq(enrolments.cohortId, cohortId))
      .orderBy(desc(proposals.isOutstanding), asc(proposals.status), asc(proposals.title)),
    db
      .select({ id: users.id, name: users.name })
      .from(programmeRoles)
      .innerJoin(users, eq(users.id, programmeRoles.userId))
      .where(and(eq(programmeRoles.programmeId, cohort.programmeId), eq(programmeRoles.role, "mentor")))
      .orderBy(asc(users.name)),
    db
      .select({ id: sessions.id, title: sessions.title, startsAt: sessions.startsAt })
      .from(sessions)
      .where(eq(sessions.cohortId, cohortId))
      .orderBy(asc(sessions.startsAt)),
  ]);
  const ids = rows.map((r) => r.id);
  const reviewRows = ids.length
    ? await db
        .select({ proposalId: reviews.proposalId, mentor: users.name, status: reviews.status, scores: reviews.scores })
        .from(reviews)
        .innerJoin(users, eq(users.id, reviews.reviewerId))
        .where(inArray(reviews.proposalId, ids))
    : [];
  return {
    cohort,
    settings,
    mentors,
    sessions: cohortSessions,
    proposals: rows.map((r) => {
      const mine = reviewRows.filter((v) => v.proposalId === r.id);
      const scores = mine
        .filter((v) => v.status === "submitted")
        .map((v) => feedbackScore(v.scores, settings.proposalTemplate.rubric))
        .filter((s): s is number => s !== null);
      return {
        ...r,
        reviews: mine.map((v) => ({ mentor: v.mentor, status: v.status })),
        averageScore: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10 : null,
      };
    }),
  };
}

/** A mentor's queue: only the proposals assigned to them. */
export async function listMyProposalReviews(db: Executor, mentorId: string) {
  return db
    .select({
      reviewId: reviews.id,
      status: reviews.status,
      title: proposals.title,
      field: proposals.field,
      cohortTitle: cohorts.title,
      programmeTitle: programmes.title,
      assignedAt: reviews.assignedAt,
    })
    .from(reviews)
    .innerJoin(proposals, eq(proposals.id, reviews.proposalId))
    .innerJoin(enrolments, eq(enrolments.id, proposals.enrolmentId))
    .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .where(and(eq(reviews.reviewerId, mentorId), isNotNull(reviews.proposalId)))
    .orderBy(asc(reviews.status), desc(reviews.assignedAt));
}

/** One assigned proposal with the rubric, for its mentor only (reviewerId is part of the lookup). */
export async function getProposalReview(db: Executor, mentorId: string, reviewId: string) {
  const [row] = await db
    .select({
      reviewId: reviews.id,
      status: reviews.status,
      version: reviews.version,
      scores: reviews.scores,
      comment: reviews.comment,
      proposalId: proposals.id,
      title: proposals.title,
      field: proposals.field,
      content: proposals.content,
      shareWithAlumni: proposals.shareWithAlumni,
      submittedAt: proposals.submittedAt,
      author: users.name,
      cohortId: cohorts.id,
      cohortTitle: cohorts.title,
      programmeId: cohorts.programmeId,
      timeZone: cohorts.timeZone,
    })
    .from(reviews)
    .innerJoin(proposals, eq(proposals.id, reviews.proposalId))
    .innerJoin(enrolments, eq(enrolments.id, proposals.enrolmentId))
    .innerJoin(users, eq(users.id, enrolments.userId))
    .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
    .where(and(eq(reviews.id, reviewId), eq(reviews.reviewerId, mentorId)));
  if (!row) return null;
  const [settings, attachments] = await Promise.all([
    cohortSettings(db, row.cohortId),
    db
      .select({
        id: proposalAttachments.id,
        fileName: proposalAttachments.fileName,
        sizeBytes: proposalAttachments.sizeBytes,
      })
      .from(proposalAttachments)
      .where(eq(proposalAttachments.proposalId, row.proposalId)),
  ]);
  const content = contentOf(row);
  return {
    ...row,
    content,
    totals: budgetTotals(content.budget as BudgetRow[]),
    rubric: settings.proposalTemplate.rubric,
    attachments,
  };
}

/** An attachment, for the proposal's author, a mentor assigned to it, or the programme's staff; "not found" for anyone else. */
export async function attachmentForDownload(db: Executor, actor: Actor | null, attachmentId: string) {
  if (!actor) throw new DomainError("unauthenticated", "Please sign in to download this file.");
  const [row] = await db
    .select({
      storageKey: proposalAttachments.storageKey,
      fileName: proposalAttachments.fileName,
      mimeType: proposalAttachments.mimeType,
      proposalId: proposals.id,
      authorId: enrolments.userId,
      programmeId: cohorts.programmeId,
    })
    .from(proposalAttachments)
    .innerJoin(proposals, eq(proposals.id, proposalAttachments.proposalId))
    .innerJoin(enrolments, eq(enrolments.id, proposals.enrolmentId))
    .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
    .where(eq(proposalAttachments.id, attachmentId));
  if (!row) throw notFound("That file does not exist.");
  if (row.authorId === actor.userId || can(actor, "proposal.manage", { programmeId: row.programmeId })) return row;
  const [assigned] = await db
    .select({ id: reviews.id })
    .from(reviews)
    .where(and(eq(reviews.proposalId, row.proposalId), eq(reviews.reviewerId, actor.userId)));
  if (!assigned) throw notFound("That file does not exist.");
  return row;
}
