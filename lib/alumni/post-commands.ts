import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Database } from "@/db/client";
import { postComments, postRsvps, posts, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { DomainError, forbidden, notFound } from "@/lib/errors";
import { enqueueEmails } from "@/lib/mail/outbox";
import type { commentSchema, hideCommentSchema, moderatePostSchema, postSchema, rsvpSchema } from "./schemas";
import { localToInstant } from "@/lib/time";

/** An alumnus shares news, an opportunity or an event with the network. */
export async function createPost(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof postSchema>,
): Promise<{ postId: string }> {
  if (!actor || !can(actor, "alumni.post")) throw forbidden("Only alumni can post in the network.");
  const isEvent = input.kind === "event";
  const zone = input.eventTimeZone ?? "UTC";
  const startsAt = isEvent ? localToInstant(input.eventStart ?? "", zone) : null;
  const endsAt = isEvent ? localToInstant(input.eventEnd ?? "", zone) : null;
  if (isEvent && (!startsAt || !endsAt)) throw new DomainError("validation", "Enter when the event starts and ends.");
  return db.transaction(async (tx) => {
    const [post] = await tx
      .insert(posts)
      .values({
        authorId: actor.userId,
        kind: input.kind,
        title: input.title,
        body: input.body,
        opportunityKind: input.kind === "opportunity" ? (input.opportunityKind ?? "other") : null,
        link: input.link,
        eventStartsAt: startsAt,
        eventEndsAt: endsAt,
        eventTimeZone: isEvent ? zone : null,
        eventLocation: isEvent ? input.eventLocation : null,
      })
      .returning({ id: posts.id });
    if (!post) throw new Error("insert returned no row");
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "alumni.createPost",
      entityType: "post",
      entityId: post.id,
      data: { kind: input.kind },
    });
    return { postId: post.id };
  });
}

async function visiblePost(
  tx: Parameters<Parameters<Database["transaction"]>[0]>[0],
  postId: string,
  moderator: boolean,
) {
  const [post] = await tx
    .select({ id: posts.id, kind: posts.kind, isHidden: posts.isHidden, authorId: posts.authorId, title: posts.title })
    .from(posts)
    .where(eq(posts.id, postId));
  if (!post || (post.isHidden && !moderator)) throw notFound("We could not find that post.");
  return post;
}

export async function addComment(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof commentSchema>,
): Promise<{ commentId: number }> {
  if (!actor || !can(actor, "alumni.comment")) throw forbidden("Only alumni and staff can comment.");
  return db.transaction(async (tx) => {
    await visiblePost(tx, input.postId, can(actor, "alumni.moderate"));
    const [comment] = await tx
      .insert(postComments)
      .values({ postId: input.postId, authorId: actor.userId, body: input.body })
      .returning({ id: postComments.id });
    if (!comment) throw new Error("insert returned no row");
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "alumni.comment",
      entityType: "post",
      entityId: input.postId,
      data: { commentId: comment.id },
    });
    return { commentId: comment.id };
  });
}

/** Going or not going to an event post; saying it twice changes nothing. */
export async function setRsvp(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof rsvpSchema>,
): Promise<{ going: boolean }> {
  if (!actor || !can(actor, "alumni.post")) throw forbidden("Only alumni can answer an invitation.");
  return db.transaction(async (tx) => {
    const post = await visiblePost(tx, input.postId, false);
    if (post.kind !== "event") throw new DomainError("conflict", "Only events take RSVPs.");
    if (input.going)
      await tx.insert(postRsvps).values({ postId: input.postId, userId: actor.userId }).onConflictDoNothing();
    else await tx.delete(postRsvps).where(and(eq(postRsvps.postId, input.postId), eq(postRsvps.userId, actor.userId)));
    await writeAudit(tx, {
      actorId: actor.userId,
      action: input.going ? "alumni.rsvp" : "alumni.unrsvp",
      entityType: "post",
      entityId: input.postId,
    });
    return { going: input.going };
  });
}

/** Staff hide or pin a post; the author is told when their post is hidden. */
export async function moderatePost(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof moderatePostSchema>,
): Promise<{ isHidden: boolean; isPinned: boolean }> {
  if (!actor || !can(actor, "alumni.moderate")) throw forbidden("Only staff moderate the network.");
  const change = {
    hide: { isHidden: true },
    unhide: { isHidden: false },
    pin: { isPinned: true },
    unpin: { isPinned: false },
  }[input.action];
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(posts)
      .set(change)
      .where(eq(posts.id, input.postId))
      .returning({ isHidden: posts.isHidden, isPinned: posts.isPinned, authorId: posts.authorId, title: posts.title });
    if (!updated) throw notFound("We could not find that post.");
    if (input.action === "hide") {
      const [author] = await tx.select({ email: users.email }).from(users).where(eq(users.id, updated.authorId));
      if (author) {
        await enqueueEmails(tx, [
          {
            to: author.email,
            toUserId: updated.authorId,
            template: "alumniPostHidden",
            values: { title: updated.title, link: `${env().APP_URL}/alumni/posts/${input.postId}` },
            kind: "alumni.postHidden",
            entityType: "post",
            entityId: input.postId,
          },
        ]);
      }
    }
    await writeAudit(tx, {
      actorId: actor.userId,
      action: `alumni.${input.action}Post`,
      entityType: "post",
      entityId: input.postId,
    });
    return { isHidden: updated.isHidden, isPinned: updated.isPinned };
  });
}

export async function hideComment(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof hideCommentSchema>,
): Promise<{ hidden: boolean }> {
  if (!actor || !can(actor, "alumni.moderate")) throw forbidden("Only staff moderate the network.");
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(postComments)
      .set({ isHidden: input.hidden })
      .where(eq(postComments.id, input.commentId))
      .returning({ postId: postComments.postId });
    if (!updated) throw notFound("We could not find that comment.");
    await writeAudit(tx, {
      actorId: actor.userId,
      action: input.hidden ? "alumni.hideComment" : "alumni.unhideComment",
      entityType: "post",
      entityId: updated.postId,
      data: { commentId: input.commentId },
    });
    return { hidden: input.hidden };
  });
}
