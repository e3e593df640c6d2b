import "server-only";
import { and, asc, desc, eq, or, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { alumniBlocks, alumniMessages, alumniReports, posts, users } from "@/db/schema";
import { isAlumnusSql } from "./network-sql";
import { subquery } from "@/db/subquery";

/**
 * Messages are read only by their two parties; `me` is required, so there is no way to ask for anyone
 * else's. Names only: no query here selects an email address.
 */
export async function listConversations(db: Executor, me: string) {
  // The counterpart is computed once in a subquery, so DISTINCT ON and ORDER BY name the same column.
  const mine = db
    .select({
      otherId:
        sql<string>`case when ${alumniMessages.senderId} = ${me}::uuid then ${alumniMessages.recipientId} else ${alumniMessages.senderId} end`.as(
          "other_id",
        ),
      body: alumniMessages.body,
      createdAt: alumniMessages.createdAt,
      fromMe: sql<boolean>`${alumniMessages.senderId} = ${me}::uuid`.as("from_me"),
    })
    .from(alumniMessages)
    .where(or(eq(alumniMessages.senderId, me), eq(alumniMessages.recipientId, me)))
    .as("mine");
  const latest = await db
    .selectDistinctOn([mine.otherId], {
      otherId: mine.otherId,
      body: mine.body,
      createdAt: mine.createdAt,
      fromMe: mine.fromMe,
    })
    .from(mine)
    .orderBy(mine.otherId, desc(mine.createdAt));
  if (latest.length === 0) return [];
  const names = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(
      sql`${users.id} in (${sql.join(
        latest.map((l) => sql`${l.otherId}::uuid`),
        sql`, `,
      )})`,
    );
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  return latest
    .map((l) => ({ ...l, otherName: nameOf.get(l.otherId) ?? "Former member" }))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/** The conversation between `me` and another alumnus, oldest first, with who has blocked whom. */
export async function getThread(db: Executor, me: string, otherId: string) {
  const [[other], messages, blocks] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, isAlumnus: sql<boolean>`${isAlumnusSql}` })
      .from(users)
      .where(eq(users.id, otherId))
      .limit(1),
    db
      .select({
        id: alumniMessages.id,
        body: alumniMessages.body,
        createdAt: alumniMessages.createdAt,
        fromMe: sql<boolean>`${alumniMessages.senderId} = ${me}::uuid`,
      })
      .from(alumniMessages)
      .where(
        or(
          and(eq(alumniMessages.senderId, me), eq(alumniMessages.recipientId, otherId)),
          and(eq(alumniMessages.senderId, otherId), eq(alumniMessages.recipientId, me)),
        ),
      )
      .orderBy(desc(alumniMessages.createdAt), desc(alumniMessages.id))
      .limit(200),
    db
      .select({ blockerId: alumniBlocks.blockerId })
      .from(alumniBlocks)
      .where(
        or(
          and(eq(alumniBlocks.blockerId, me), eq(alumniBlocks.blockedId, otherId)),
          and(eq(alumniBlocks.blockerId, otherId), eq(alumniBlocks.blockedId, me)),
        ),
      ),
  ]);
  if (!other || (!other.isAlumnus && messages.length === 0)) return null;
  return {
    other: { id: other.id, name: other.name },
    messages: messages.reverse(),
    iBlocked: blocks.some((b) => b.blockerId === me),
    blockedMe: blocks.some((b) => b.blockerId === otherId),
  };
}

/** Open reports first, for staff (the caller has checked alumni.moderate). */
export async function listReports(db: Executor, params: { status: "open" | "resolved" }) {
  const reporter = subquery<string>`(select name from users r where r.id = ${alumniReports.reporterId})`;
  const reported = subquery<string | null>`(select name from users d where d.id = ${alumniReports.reportedUserId})`;
  return db
    .select({
      id: alumniReports.id,
      reason: alumniReports.reason,
      status: alumniReports.status,
      createdAt: alumniReports.createdAt,
      reporterName: reporter,
      reportedUserId: alumniReports.reportedUserId,
      reportedName: reported,
      messageId: alumniReports.messageId,
      messageBody: alumniMessages.body,
      postId: alumniReports.postId,
      postTitle: posts.title,
    })
    .from(alumniReports)
    .leftJoin(alumniMessages, eq(alumniMessages.id, alumniReports.messageId))
    .leftJoin(posts, eq(posts.id, alumniReports.postId))
    .where(eq(alumniReports.status, params.status))
    .orderBy(params.status === "open" ? asc(alumniReports.createdAt) : desc(alumniReports.createdAt))
    .limit(100);
}
