import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";
import { listRecentSessions } from "@/lib/auth/sessions";

/** What the security page shows about one's own account; the caller passes their own id. */
export async function getSecurityOverview(db: Executor, userId: string) {
  const [user] = await db
    .select({ email: users.email, emailVerifiedAt: users.emailVerifiedAt, totpEnabledAt: users.totpEnabledAt })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  const sessions = await listRecentSessions(db, userId);
  return {
    email: user?.email ?? "",
    emailVerified: Boolean(user?.emailVerifiedAt),
    twoFactor: Boolean(user?.totpEnabledAt),
    sessions,
  };
}
