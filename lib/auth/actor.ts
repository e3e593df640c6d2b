import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { cohorts, enrolments, programmeRoles, users } from "@/db/schema";
import type { Actor, ScopedRole } from "./roles";
import { accountSettings } from "./settings";

/** Roles that must enrol in two-factor when REQUIRE_STAFF_2FA is on (administrators hold isAdmin). */
const STAFF_ROLES: ReadonlySet<ScopedRole> = new Set(["manager"]);

/** Whether this person is staff who must enrol in two-factor and has not: they get no staff powers until they do. */
function twoFactorEnrolmentPending(user: {
  isAdmin: boolean;
  roles: { role: ScopedRole }[];
  totpEnabledAt: Date | null;
}): boolean {
  if (!accountSettings().requireStaffTwoFactor || user.totpEnabledAt) return false;
  return user.isAdmin || user.roles.some((r) => STAFF_ROLES.has(r.role));
}

/**
 * Loads who a user is from the database, in two round trips. Sessions carry roles for navigation only;
 * every check uses this, so a revoked role takes effect at once. Staff who must enrol in two-factor and
 * have not are loaded without their staff roles.
 */
export async function loadActor(db: Executor, userId: string): Promise<Actor | null> {
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      isAdmin: users.isAdmin,
      totpEnabledAt: users.totpEnabledAt,
    })
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
  return actorFrom(user, rows);
}

/** The actor a user row and its roles make: staff who must enrol in two-factor and have not lose their staff roles. */
export function actorFrom(
  user: { id: string; email: string; name: string; isAdmin: boolean; totpEnabledAt: Date | null },
  rows: { programmeId: string; role: ScopedRole }[],
): Actor {
  if (twoFactorEnrolmentPending({ isAdmin: user.isAdmin, roles: rows, totpEnabledAt: user.totpEnabledAt })) {
    return {
      userId: user.id,
      email: user.email,
      name: user.name,
      isAdmin: false,
      roles: rows.filter((r) => !STAFF_ROLES.has(r.role)),
    };
  }
  return { userId: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin, roles: rows };
}

/** Whether the office requires two-factor of this person (REQUIRE_STAFF_2FA on, and they are staff). */
export async function twoFactorRequiredFor(db: Executor, userId: string): Promise<boolean> {
  if (!accountSettings().requireStaffTwoFactor) return false;
  const [user] = await db.select({ isAdmin: users.isAdmin }).from(users).where(eq(users.id, userId)).limit(1);
  if (!user) return false;
  if (user.isAdmin) return true;
  const roles = await db
    .select({ role: sql<ScopedRole>`${programmeRoles.role}::text` })
    .from(programmeRoles)
    .where(eq(programmeRoles.userId, userId));
  return roles.some((r) => STAFF_ROLES.has(r.role));
}

/** For the sign-in step: whether to send this person to enrol in two-factor first. */
export async function mustEnrolTwoFactor(db: Executor, userId: string): Promise<boolean> {
  if (!(await twoFactorRequiredFor(db, userId))) return false;
  const [user] = await db
    .select({ totpEnabledAt: users.totpEnabledAt })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return !user?.totpEnabledAt;
}
