import "server-only";
import { asc, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { deletionRequests, programmes, retentionPolicies, users } from "@/db/schema";

/** Deletion requests for staff: open ones first (oldest first), then the decided ones (newest first). */
export async function listDeletionRequests(db: Executor) {
  const decider = alias(users, "decider");
  return db
    .select({
      id: deletionRequests.id,
      userId: deletionRequests.userId,
      name: users.name,
      email: users.email,
      status: deletionRequests.status,
      note: deletionRequests.note,
      requestedAt: deletionRequests.requestedAt,
      decidedAt: deletionRequests.decidedAt,
      decidedBy: decider.name,
      decisionReason: deletionRequests.decisionReason,
    })
    .from(deletionRequests)
    .innerJoin(users, eq(users.id, deletionRequests.userId))
    .leftJoin(decider, eq(decider.id, deletionRequests.decidedById))
    .orderBy(
      sql`${deletionRequests.status} = 'requested' desc`,
      sql`case when ${deletionRequests.status} = 'requested' then ${deletionRequests.requestedAt} end asc`,
      desc(deletionRequests.decidedAt),
    )
    .limit(200);
}

/** The person's latest deletion request, for /me/data. */
export async function latestDeletionRequest(db: Executor, userId: string) {
  const [row] = await db
    .select({
      status: deletionRequests.status,
      requestedAt: deletionRequests.requestedAt,
      decidedAt: deletionRequests.decidedAt,
      decisionReason: deletionRequests.decisionReason,
    })
    .from(deletionRequests)
    .where(eq(deletionRequests.userId, userId))
    .orderBy(desc(deletionRequests.requestedAt))
    .limit(1);
  return row ?? null;
}

/** Every programme with its retention period for unsuccessful applications (null: kept). */
export async function listRetention(db: Executor) {
  return db
    .select({ programmeId: programmes.id, title: programmes.title, months: retentionPolicies.unsuccessfulMonths })
    .from(programmes)
    .leftJoin(retentionPolicies, eq(retentionPolicies.programmeId, programmes.id))
    .orderBy(asc(programmes.title));
}
