import { z } from "zod";
import { getDb } from "@/db/client";
import { buildIcs } from "@/lib/alumni/ics";
import { getPost } from "@/lib/alumni/post-queries";
import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
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
    if (!can(actor, "alumni.directory")) throw new DomainError("forbidden", "Only alumni and staff can download network events.");
    const data = await getPost(getDb(), { userId: actor.userId, canModerate: can(actor, "alumni.moderate") }, parsed.data);
    const post = data?.post;
    if (!post || post.kind !== "event" || !post.eventStartsAt || !post.eventEndsAt) throw notFound("We could not find that event.");
    const url = `${env().APP_URL}/alumni/posts/${post.id}`;
    const ics = buildIcs({
      uid: `post-${post.id}@madang`,
      title: post.title,
      description: `${post.body}\n\nTimes set in ${post.eventTimeZone ?? "UTC"}. ${url}`,
      startsAt: post.eventStartsAt,
      endsAt: post.eventEndsAt,
      location: post.eventLocation,
      url,
      stamp: post.createdAt,
    });
    const slug = post.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "event";
    return new Response(ics, {
      headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="${slug}.ics"`, "Cache-Control": "private, no-store" },
    });
  });
}
