import "server-only";
import { and, asc, count, desc, eq, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { postComments, postRsvps, posts, users } from "@/db/schema";
import type { PostKind } from "@/db/schema";
import { subquery } from "@/db/subquery";

const POSTS_PAGE_SIZE = 20;

/** Who reads the posts: alumni and staff (the caller has checked alumni.directory); moderators also see hidden ones. */
export type PostReader = { userId: string; canModerate: boolean };

const postColumns = (reader: PostReader) => ({
  id: posts.id,
  kind: posts.kind,
  title: posts.title,
  body: posts.body,
  opportunityKind: posts.opportunityKind,
  link: posts.link,
  eventStartsAt: posts.eventStartsAt,
  eventEndsAt: posts.eventEndsAt,
  eventTimeZone: posts.eventTimeZone,
  eventLocation: posts.eventLocation,
  isHidden: posts.isHidden,
  isPinned: posts.isPinned,
  createdAt: posts.createdAt,
  authorId: posts.authorId,
  authorName: users.name,
  comments: subquery<number>`(select count(*)::int from ${postComments} where ${postComments.postId} = ${posts.id} and not ${postComments.isHidden})`,
  going: subquery<number>`(select count(*)::int from ${postRsvps} where ${postRsvps.postId} = ${posts.id})`,
  mine: subquery<boolean>`exists (select 1 from ${postRsvps} where ${postRsvps.postId} = ${posts.id} and ${postRsvps.userId} = ${reader.userId}::uuid)`,
});

/** Pinned first, then newest; hidden posts only for moderators. Two round trips. */
export async function listPosts(db: Executor, reader: PostReader, params: { kind?: PostKind; page?: number }) {
  const page = params.page ?? 1;
  const conditions: SQL[] = [];
  if (!reader.canModerate) conditions.push(eq(posts.isHidden, false));
  if (params.kind) conditions.push(eq(posts.kind, params.kind));
  const where = conditions.length ? and(...conditions) : undefined;
  const [items, [total]] = await Promise.all([
    db
      .select(postColumns(reader))
      .from(posts)
      .innerJoin(users, eq(users.id, posts.authorId))
      .where(where)
      .orderBy(desc(posts.isPinned), desc(posts.createdAt), asc(posts.id))
      .limit(POSTS_PAGE_SIZE)
      .offset((page - 1) * POSTS_PAGE_SIZE),
    db.select({ n: count() }).from(posts).where(where),
  ]);
  return { items, total: total?.n ?? 0, page, pageSize: POSTS_PAGE_SIZE };
}

export type PostView = Awaited<ReturnType<typeof listPosts>>["items"][number];

/** One post with its comments and who is going; null when missing or hidden from this reader. */
export async function getPost(db: Executor, reader: PostReader, postId: string) {
  const [post] = await db
    .select(postColumns(reader))
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(reader.canModerate ? eq(posts.id, postId) : and(eq(posts.id, postId), eq(posts.isHidden, false)))
    .limit(1);
  if (!post) return null;
  const [comments, attendees] = await Promise.all([
    db
      .select({
        id: postComments.id,
        body: postComments.body,
        isHidden: postComments.isHidden,
        createdAt: postComments.createdAt,
        authorId: postComments.authorId,
        authorName: users.name,
      })
      .from(postComments)
      .innerJoin(users, eq(users.id, postComments.authorId))
      .where(
        reader.canModerate
          ? eq(postComments.postId, postId)
          : and(eq(postComments.postId, postId), eq(postComments.isHidden, false)),
      )
      .orderBy(asc(postComments.createdAt), asc(postComments.id)),
    post.kind === "event"
      ? db
          .select({ userId: postRsvps.userId, name: users.name })
          .from(postRsvps)
          .innerJoin(users, eq(users.id, postRsvps.userId))
          .where(eq(postRsvps.postId, postId))
          .orderBy(asc(users.name))
      : Promise.resolve([]),
  ]);
  return { post, comments, attendees };
}
