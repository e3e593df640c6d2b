import { z } from "zod";
import { getDb } from "@/db/client";
import { getPost } from "@/lib/alumni/post-queries";
import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { buildAlumniEventCalendar, calendarFileName, calendarResponse } from "@/lib/calendar";
import { env } from "@/lib/env";
import { DomainError, notFound } from "@/lib/errors";
import { handleRoute } from "@/lib/http";

/** An event post as a calendar file, for the alumni and staff who can read the post. */
export async function GET(_request: Request, { params }: { params: Promise<{ postId: string }> }) {
  return handleRoute("alumni-post-ics", async () => {
    const parsed = z.uuid().safeParse((await params).postId);
    if (!parsed.success) throw notFound("We could not find that event.");
    const actor = await getActor();
    if (!actor) throw new DomainError("unauthenticated", "Please sign in to download this event.");
    if (!can(actor, "alumni.directory"))
      throw new DomainError("forbidden", "Only alumni and staff can download network events.");
    const data = await getPost(
      getDb(),
      { userId: actor.userId, canModerate: can(actor, "alumni.moderate") },
      parsed.data,
    );
    const post = data?.post;
    if (!post || post.kind !== "event" || !post.eventStartsAt || !post.eventEndsAt)
      throw notFound("We could not find that event.");
    const url = `${env().APP_URL}/alumni/posts/${post.id}`;
    const ics = buildAlumniEventCalendar({
      postId: post.id,
      title: post.title,
      body: post.body,
      startsAt: post.eventStartsAt,
      endsAt: post.eventEndsAt,
      timeZone: post.eventTimeZone,
      location: post.eventLocation,
      url,
      cancelled: post.isHidden,
    });
    return calendarResponse(ics, calendarFileName(post.title), "attachment");
  });
}
