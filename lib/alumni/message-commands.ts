import { and, count, eq, gt, or, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database } from "@/db/client";
import { alumniBlocks, alumniMessages, alumniReports, posts, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { DomainError, forbidden, notFound } from "@/lib/errors";
import { enqueueEmails } from "@/lib/mail/outbox";
import { isAlumnusSql } from "./network-sql";
import type { blockSchema, messageSchema, reportSchema, resolveReportSchema } from "./schemas";
import { now as clockNow } from "@/lib/time/clock";

/** Messages one alumnus may send in any 24 hours: enough to keep in touch, too few to spam the network. */
export const MESSAGES_PER_DAY = 20;

/**
 * Sends a message through Madang. The recipient is told by email at their account address; neither
 * side ever sees the other's address. Refused when either has blocked the other, and past the daily limit.
 */
export async function sendMessage(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof messageSchema>,
  now = clockNow(),
): Promise<{ messageId: string }> {
  if (!actor || !can(actor, "alumni.message")) throw forbidden("Only alumni can send messages in the network.");
  const senderId = actor.userId;
  if (input.recipientId === senderId) throw new DomainError("conflict", "You cannot send a message to yourself.");
  return db.transaction(async (tx) => {
    // One sender's messages are counted one at a time, so two at once cannot both pass the limit.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`alumni-message:${senderId}`}))`);
    const [recipient] = await tx
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(and(eq(users.id, input.recipientId), isAlumnusSql))
      .limit(1);
    if (!recipient) throw notFound("We could not find that alumnus.");
    const blocks = await tx
      .select({ blockerId: alumniBlocks.blockerId })
      .from(alumniBlocks)
      .where(
        or(
          and(eq(alumniBlocks.blockerId, recipient.id), eq(alumniBlocks.blockedId, senderId)),
          and(eq(alumniBlocks.blockerId, senderId), eq(alumniBlocks.blockedId, recipient.id)),
        ),
      );
    if (blocks.some((b) => b.blockerId === senderId))
      throw new DomainError("forbidden", "You have blocked this person. Unblock them to send a message.");
    if (blocks.length) throw new DomainError("forbidden", "This person is not accepting messages from you.");
    const since = new Date(now.getTime() - 24 * 3600_000);
    const [sent] = await tx
      .select({ n: count() })
      .from(alumniMessages)
      .where(and(eq(alumniMessages.senderId, senderId), gt(alumniMessages.createdAt, since)));
    if ((sent?.n ?? 0) >= MESSAGES_PER_DAY) {
      throw new DomainError(
        "rate_limited",
        `You can send ${MESSAGES_PER_DAY} messages a day. Please try again tomorrow.`,
      );
    }
    const [message] = await tx
      .insert(alumniMessages)
      .values({ senderId, recipientId: recipient.id, body: input.body, createdAt: now })
      .returning({ id: alumniMessages.id });
    if (!message) throw new Error("insert returned no row");
    await enqueueEmails(tx, [
      {
        to: recipient.email,
        toUserId: recipient.id,
        template: "alumniMessage",
        values: { sender: actor.name, message: input.body, link: `${env().APP_URL}/alumni/messages/${senderId}` },
        kind: "alumni.message",
        entityType: "alumni_message",
        entityId: message.id,
      },
    ]);
    await writeAudit(tx, {
      actorId: senderId,
      action: "alumni.sendMessage",
      entityType: "alumni_message",
      entityId: message.id,
      data: { recipientId: recipient.id },
    });
    return { messageId: message.id };
  });
}

/** Blocks or unblocks someone; a block stops messages both ways. */
export async function setBlock(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof blockSchema>,
): Promise<{ blocked: boolean }> {
  if (!actor || !can(actor, "alumni.message")) throw forbidden();
  if (input.userId === actor.userId) throw new DomainError("conflict", "You cannot block yourself.");
  return db.transaction(async (tx) => {
    const [target] = await tx.select({ id: users.id }).from(users).where(eq(users.id, input.userId)).limit(1);
    if (!target) throw notFound("We could not find that person.");
    if (input.blocked)
      await tx.insert(alumniBlocks).values({ blockerId: actor.userId, blockedId: input.userId }).onConflictDoNothing();
    else
      await tx
        .delete(alumniBlocks)
        .where(and(eq(alumniBlocks.blockerId, actor.userId), eq(alumniBlocks.blockedId, input.userId)));
    await writeAudit(tx, {
      actorId: actor.userId,
      action: input.blocked ? "alumni.block" : "alumni.unblock",
      entityType: "user",
      entityId: input.userId,
    });
    return { blocked: input.blocked };
  });
}

/** Tells staff about a person, a message or a post. A message can be reported only by its sender or recipient. */
export async function reportConcern(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof reportSchema>,
): Promise<{ reportId: string }> {
  if (!actor || !(can(actor, "alumni.message") || can(actor, "alumni.comment"))) throw forbidden();
  return db.transaction(async (tx) => {
    let reportedUserId = input.userId ?? null;
    if (input.messageId) {
      const [message] = await tx
        .select({ senderId: alumniMessages.senderId, recipientId: alumniMessages.recipientId })
        .from(alumniMessages)
        .where(eq(alumniMessages.id, input.messageId));
      if (!message || (message.senderId !== actor.userId && message.recipientId !== actor.userId))
        throw notFound("We could not find that message.");
      reportedUserId = message.senderId === actor.userId ? message.recipientId : message.senderId;
    }
    if (input.postId) {
      const [post] = await tx.select({ authorId: posts.authorId }).from(posts).where(eq(posts.id, input.postId));
      if (!post) throw notFound("We could not find that post.");
      reportedUserId ??= post.authorId;
    }
    if (!reportedUserId) throw new DomainError("validation", "Say what you are reporting.");
    const [report] = await tx
      .insert(alumniReports)
      .values({
        reporterId: actor.userId,
        reportedUserId,
        messageId: input.messageId ?? null,
        postId: input.postId ?? null,
        reason: input.reason,
      })
      .returning({ id: alumniReports.id });
    if (!report) throw new Error("insert returned no row");
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "alumni.report",
      entityType: "alumni_report",
      entityId: report.id,
      data: { reportedUserId },
    });
    return { reportId: report.id };
  });
}

export async function resolveReport(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof resolveReportSchema>,
): Promise<{ resolved: true }> {
  if (!actor || !can(actor, "alumni.moderate")) throw forbidden();
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(alumniReports)
      .set({ status: "resolved", resolvedById: actor.userId, resolvedAt: clockNow() })
      .where(and(eq(alumniReports.id, input.reportId), eq(alumniReports.status, "open")))
      .returning({ id: alumniReports.id });
    if (updated.length === 0) throw new DomainError("stale", "This report is already resolved, or no longer exists.");
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "alumni.resolveReport",
      entityType: "alumni_report",
      entityId: input.reportId,
    });
    return { resolved: true as const };
  });
}
