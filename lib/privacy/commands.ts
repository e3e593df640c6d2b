import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Database } from "@/db/client";
import { deletionRequests, programmes, retentionPolicies, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, forbidden, isUniqueViolation, notFound } from "@/lib/errors";
import { isAppLocale } from "@/lib/i18n/request";
import { enqueueEmails } from "@/lib/mail/outbox";
import { now as clockNow } from "@/lib/time/clock";
import { anonymisePerson, deleteStoredFiles } from "./anonymise";
import type { decideDeletionSchema, requestDeletionSchema, retentionSchema } from "./schemas";

function signedIn(actor: Actor | null): Actor {
  if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
  return actor;
}

/** The person asks for their data to be deleted; staff decide. One open request at a time. */
export async function requestDeletion(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof requestDeletionSchema>,
  now = clockNow(),
): Promise<{ requestId: string }> {
  const me = signedIn(actor);
  if (!can(me, "privacy.ownData")) throw forbidden();
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(deletionRequests)
        .values({ userId: me.userId, note: input.note || null, requestedAt: now })
        .returning({ id: deletionRequests.id });
      await enqueueEmails(tx, [
        {
          to: me.email,
          toUserId: me.userId,
          template: "deletionRequested",
          values: {},
          kind: "privacy.deletionRequested",
          entityType: "deletion_request",
          entityId: row!.id,
        },
      ]);
      await writeAudit(tx, {
        actorId: me.userId,
        action: "privacy.requestDeletion",
        entityType: "user",
        entityId: me.userId,
        after: { deletionRequest: "requested" },
        at: now,
      });
      return { requestId: row!.id };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DomainError("conflict", "You have already asked for your data to be deleted; staff will answer soon.");
    throw error;
  }
}

/**
 * Staff approve (which anonymises the person in the same transaction, then removes their files) or refuse
 * with a reason. Either way the person is told by email, at the address they had when they asked.
 */
export async function decideDeletion(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof decideDeletionSchema>,
  now = clockNow(),
): Promise<{ status: "approved" | "refused" }> {
  const staff = signedIn(actor);
  if (!can(staff, "privacy.manage")) throw forbidden();
  const { status, keys } = await db.transaction(async (tx) => {
    const [request] = await tx
      .select({
        id: deletionRequests.id,
        userId: deletionRequests.userId,
        email: users.email,
        locale: users.locale,
      })
      .from(deletionRequests)
      .innerJoin(users, eq(users.id, deletionRequests.userId))
      .where(and(eq(deletionRequests.id, input.requestId), eq(deletionRequests.status, "requested")))
      .for("update", { of: deletionRequests });
    if (!request) throw notFound("This request does not exist or was already decided.");
    if (request.userId === staff.userId)
      throw new DomainError("forbidden", "Another administrator must decide your own request.");
    const status = input.decision === "approve" ? ("approved" as const) : ("refused" as const);
    await tx
      .update(deletionRequests)
      .set({
        status,
        decidedById: staff.userId,
        decidedAt: now,
        decisionReason: input.decision === "refuse" ? input.reason : null,
      })
      .where(eq(deletionRequests.id, request.id));
    const keys = status === "approved" ? await anonymisePerson(tx, request.userId, now) : [];
    // Written after the anonymisation, so the outbox keeps this one message to the address they had.
    await enqueueEmails(tx, [
      {
        to: request.email,
        toUserId: status === "approved" ? null : request.userId,
        // The account's language is read before the anonymisation may clear it.
        locale: isAppLocale(request.locale) ? request.locale : undefined,
        ...(input.decision === "approve"
          ? { template: "deletionApproved", values: {} }
          : { template: "deletionRefused", values: { reason: input.reason } }),
        kind: `privacy.deletion${status === "approved" ? "Approved" : "Refused"}`,
        entityType: "deletion_request",
        entityId: request.id,
      },
    ]);
    await writeAudit(tx, {
      actorId: staff.userId,
      action: status === "approved" ? "privacy.approveDeletion" : "privacy.refuseDeletion",
      entityType: "deletion_request",
      entityId: request.id,
      before: { status: "requested" },
      after: { status, userId: request.userId },
      at: now,
    });
    return { status, keys };
  });
  await deleteStoredFiles(keys);
  return { status };
}

/** Sets (or clears, with null) how long a programme keeps unsuccessful applications after a call closes. */
export async function setRetention(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof retentionSchema>,
  now = clockNow(),
): Promise<{ months: number | null }> {
  const staff = signedIn(actor);
  if (!can(staff, "privacy.manage")) throw forbidden();
  return db.transaction(async (tx) => {
    const [programme] = await tx
      .select({ id: programmes.id })
      .from(programmes)
      .where(eq(programmes.id, input.programmeId));
    if (!programme) throw notFound("We could not find that programme.");
    const [old] = await tx
      .select({ months: retentionPolicies.unsuccessfulMonths })
      .from(retentionPolicies)
      .where(eq(retentionPolicies.programmeId, programme.id));
    if (input.months === null) {
      await tx.delete(retentionPolicies).where(eq(retentionPolicies.programmeId, programme.id));
    } else {
      await tx
        .insert(retentionPolicies)
        .values({
          programmeId: programme.id,
          unsuccessfulMonths: input.months,
          updatedById: staff.userId,
          updatedAt: now,
        })
        .onConflictDoUpdate({
          target: retentionPolicies.programmeId,
          set: { unsuccessfulMonths: input.months, updatedById: staff.userId, updatedAt: now },
        });
    }
    await writeAudit(tx, {
      actorId: staff.userId,
      action: "privacy.setRetention",
      entityType: "programme",
      entityId: programme.id,
      before: { unsuccessfulMonths: old?.months ?? null },
      after: { unsuccessfulMonths: input.months },
      at: now,
    });
    return { months: input.months };
  });
}
