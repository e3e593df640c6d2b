import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { cohorts, enrolments, programmeRoles, users } from "@/db/schema";
import type { Actor, ScopedRole } from "./roles";

/**
 * Loads who a user is from the database, in two round trips. Sessions carry roles for navigation only;
 * every check uses this, so a revoked role takes effect at once.
 */
export async function loadActor(db: Executor, userId: string): Promise<Actor | null> {
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, isAdmin: users.isAdmin })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) return null;
  const rows = await db
    .select({ programmeId: programmeRoles.programmeId, role: sql<ScopedRole>`${programmeRoles.role}::text` })
    .from(programmeRoles)
    .where(eq(programmeRoles.userId, userId))
    .unionAll(
      db
        .select({
          programmeId: cohorts.programmeId,
          role: sql<ScopedRole>`case when ${enrolments.status} = 'completed' then 'alumnus' else 'participant' end`,
        })
        .from(enrolments)
        .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
        .where(and(eq(enrolments.userId, userId), inArray(enrolments.status, ["confirmed", "completed"]))),
    );
  return { userId: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin, roles: rows };
}
