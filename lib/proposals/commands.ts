import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database, Executor } from "@/db/client";
import { cohorts, enrolments, proposalAttachments, proposals } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, forbidden, notFound, stale } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { checkUpload, safeFileName } from "@/lib/uploads/sniff";
import { storeNewFile } from "@/lib/uploads/storage";
import { cohortSettings } from "./settings";
import { budgetTotals } from "./budget";
import { submissionErrors, type ProposalContentValues, type saveProposalSchema } from "./schemas";
import { subquery } from "@/db/subquery";
import { now as clockNow } from "@/lib/time/clock";

export const MAX_ATTACHMENTS = 5;

/** The actor's own enrolment in the cohort; proposals are only ever reached through it. */
async function ownEnrolment(tx: Executor, actor: Actor, cohortId: string) {
  const [row] = await tx
    .select({ id: enrolments.id, status: enrolments.status, timeZone: cohorts.timeZone })
    .from(enrolments)
    .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
    .where(and(eq(enrolments.cohortId, cohortId), eq(enrolments.userId, actor.userId)));
  if (!row || row.status !== "confirmed")
    throw forbidden("Only confirmed participants of this cohort can write a proposal here.");
  return row;
}

function columnsOf(content: ProposalContentValues) {
  const { title, field, shareWithAlumni, ...rest } = content;
  return { title, field: field || null, shareWithAlumni, content: rest };
}

/**
 * Saves a draft, or submits it. Every save names the version it was based on; a save from a stale tab is
 * refused rather than overwriting newer text. Budget totals are computed here, never taken from the form.
 */
async function writeProposal(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof saveProposalSchema>,
  submit: boolean,
  now: Date,
) {
  if (!actor) throw forbidden();
  const settings = await cohortSettings(db, input.cohortId);
  return db.transaction(async (tx) => {
    const enrolment = await ownEnrolment(tx, actor, input.cohortId);
    if (submit) {
      if (settings.proposalDeadline && settings.proposalDeadline <= now) {
        throw new DomainError(
          "deadline",
          `The deadline for proposals was ${formatDateTime(settings.proposalDeadline, enrolment.timeZone)}. Your draft is kept, but it can no longer be submitted.`,
        );
      }
      const errors = submissionErrors(input.content, settings.proposalTemplate);
      if (Object.keys(errors).length)
        throw new DomainError("validation", "Some parts are missing or too long. They are marked below.", errors);
    }
    const values = {
      ...columnsOf(input.content),
      updatedAt: now,
      ...(submit ? { status: "submitted" as const, submittedAt: now } : {}),
    };
    let row: { id: string; version: number } | undefined;
    if (input.version === 0) {
      [row] = await tx
        .insert(proposals)
        .values({ enrolmentId: enrolment.id, ...values })
        .onConflictDoNothing()
        .returning({ id: proposals.id, version: proposals.version });
    } else {
      [row] = await tx
        .update(proposals)
        .set({ ...values, version: sql`${proposals.version} + 1` })
        .where(
          and(
            eq(proposals.enrolmentId, enrolment.id),
            eq(proposals.version, input.version),
            eq(proposals.status, "draft"),
          ),
        )
        .returning({ id: proposals.id, version: proposals.version });
    }
    if (!row) {
      const [current] = await tx
        .select({ status: proposals.status })
        .from(proposals)
        .where(eq(proposals.enrolmentId, enrolment.id));
      if (current && current.status !== "draft")
        throw new DomainError("conflict", "This proposal has been submitted and can no longer be changed.");
      throw stale(
        "This proposal was saved from another window since you opened it. Reload to see the latest version; your text here was not saved.",
      );
    }
    await writeAudit(tx, {
      actorId: actor.userId,
      action: submit ? "proposal.submit" : "proposal.save",
      entityType: "proposal",
      entityId: row.id,
      data: { version: row.version },
    });
    return {
      proposalId: row.id,
      version: row.version,
      savedAt: now.toISOString(),
      status: submit ? "submitted" : "draft",
      totals: budgetTotals(input.content.budget),
    };
  });
}

export function saveProposalDraft(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof saveProposalSchema>,
  now = clockNow(),
) {
  return writeProposal(db, actor, input, false, now);
}

export function submitProposal(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof saveProposalSchema>,
  now = clockNow(),
) {
  return writeProposal(db, actor, input, true, now);
}

/**
 * Attaches a file (checked by content and size) to the actor's own draft proposal. The limit is counted
 * and the row written in one transaction, under a lock on the proposal, so two uploads at once cannot
 * both take the last place. The file is stored once the checks pass, before the row that points to it.
 */
export async function addProposalAttachment(
  db: Database,
  actor: Actor | null,
  input: { cohortId: string; fileName: string; bytes: Uint8Array },
) {
  if (!actor) throw forbidden();
  const { mimeType } = await checkUpload("proposalAttachment", input.bytes);
  return db.transaction(async (tx) => {
    const enrolment = await ownEnrolment(tx, actor, input.cohortId);
    const [proposal] = await tx
      .select({ id: proposals.id, status: proposals.status })
      .from(proposals)
      .where(eq(proposals.enrolmentId, enrolment.id))
      .for("update");
    if (!proposal) throw new DomainError("conflict", "Save your draft once before you attach files.");
    if (proposal.status !== "draft")
      throw new DomainError("conflict", "This proposal has been submitted and can no longer be changed.");
    const n = await tx.$count(proposalAttachments, eq(proposalAttachments.proposalId, proposal.id));
    if (n >= MAX_ATTACHMENTS)
      throw new DomainError(
        "conflict",
        `A proposal can have at most ${MAX_ATTACHMENTS} attachments. Remove one first.`,
      );
    const storageKey = await storeNewFile("participants", input.bytes);
    const [row] = await tx
      .insert(proposalAttachments)
      .values({
        proposalId: proposal.id,
        storageKey,
        fileName: safeFileName(input.fileName),
        mimeType,
        sizeBytes: input.bytes.byteLength,
      })
      .returning({
        id: proposalAttachments.id,
        fileName: proposalAttachments.fileName,
        sizeBytes: proposalAttachments.sizeBytes,
      });
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "proposal.attach",
      entityType: "proposal",
      entityId: proposal.id,
      data: { attachmentId: row!.id, mimeType },
    });
    return { attachment: row! };
  });
}

export async function removeProposalAttachment(
  db: Database,
  actor: Actor | null,
  input: { cohortId: string; attachmentId: string },
) {
  if (!actor) throw forbidden();
  return db.transaction(async (tx) => {
    const enrolment = await ownEnrolment(tx, actor, input.cohortId);
    const removed = await tx
      .delete(proposalAttachments)
      .where(
        and(
          eq(proposalAttachments.id, input.attachmentId),
          subquery`${proposalAttachments.proposalId} = (select id from proposals where enrolment_id = ${enrolment.id} and status = 'draft')`,
        ),
      )
      .returning({ id: proposalAttachments.id });
    if (removed.length === 0) throw notFound("That attachment is not on your draft.");
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "proposal.detach",
      entityType: "proposal_attachment",
      entityId: input.attachmentId,
    });
    return {};
  });
}
