import { and, desc, eq, gt, isNull, ne } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { userSessions } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { accountSettings } from "./settings";
import { hashToken, newSecret } from "@/lib/signing";
import { now as clockNow } from "@/lib/time/clock";

/** A grant turns a checked sign-in into a cookie; it is redeemed at once, so it lives a minute. */
const GRANT_LIFETIME_MS = 60_000;
/** lastSeenAt is written at most this often, so a page view is not a write. */
const TOUCH_EVERY_MS = 60_000;

export type SessionEndReason =
  "sign_out" | "password_changed" | "password_reset" | "claimed" | "roles_changed" | "signed_out_everywhere";

/**
 * Starts a session row for a user whose credentials (and second factor) were just checked, and returns
 * a one-time grant that Auth.js's authorize step redeems for the cookie. Nothing else makes a session.
 */
export async function startSession(
  db: Executor,
  userId: string,
  client: { ip?: string | null; userAgent?: string | null },
  now = clockNow(),
): Promise<{ sessionId: string; grant: string }> {
  const grant = newSecret();
  const [row] = await db
    .insert(userSessions)
    .values({
      userId,
      createdAt: now,
      lastSeenAt: now,
      ip: client.ip?.slice(0, 64) ?? null,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
      grantHash: hashToken(grant),
    })
    .returning({ id: userSessions.id });
  // Every sign-in (password, claim link, the new session after a password change) is in the audit log.
  await writeAudit(db, {
    actorId: userId,
    action: "user.signIn",
    entityType: "user",
    entityId: userId,
    data: { sessionId: row!.id, ip: client.ip?.slice(0, 64) ?? null },
    at: now,
  });
  return { sessionId: row!.id, grant };
}

/** Redeems a grant once; null when unknown, used, stale or its session already ended. */
export async function redeemSessionGrant(
  db: Executor,
  grant: string,
  now = clockNow(),
): Promise<{ sessionId: string; userId: string } | null> {
  const [row] = await db
    .update(userSessions)
    .set({ grantHash: null })
    .where(
      and(
        eq(userSessions.grantHash, hashToken(grant)),
        isNull(userSessions.endedAt),
        gt(userSessions.createdAt, new Date(now.getTime() - GRANT_LIFETIME_MS)),
      ),
    )
    .returning({ sessionId: userSessions.id, userId: userSessions.userId });
  return row ?? null;
}

/**
 * Whether the session a cookie names still holds: not ended, used within the idle lifetime, younger
 * than the absolute one. Checked on every request that reads the session.
 */
export async function sessionIsLive(
  db: Executor,
  sessionId: string,
  userId: string,
  now = clockNow(),
): Promise<boolean> {
  const { sessionIdleMs, sessionMaxMs } = accountSettings();
  const [row] = await db
    .select({ lastSeenAt: userSessions.lastSeenAt })
    .from(userSessions)
    .where(
      and(
        eq(userSessions.id, sessionId),
        eq(userSessions.userId, userId),
        isNull(userSessions.endedAt),
        gt(userSessions.lastSeenAt, new Date(now.getTime() - sessionIdleMs)),
        gt(userSessions.createdAt, new Date(now.getTime() - sessionMaxMs)),
      ),
    )
    .limit(1);
  if (!row) return false;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(userSessions).set({ lastSeenAt: now }).where(eq(userSessions.id, sessionId));
  }
  return true;
}

export async function endSession(
  db: Executor,
  sessionId: string,
  reason: SessionEndReason,
  now = clockNow(),
): Promise<void> {
  await db
    .update(userSessions)
    .set({ endedAt: now, endReason: reason, grantHash: null })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.endedAt)));
}

/** Ends every open session of a user (all of them, or all but one); returns how many ended. */
export async function endAllSessions(
  db: Executor,
  userId: string,
  reason: SessionEndReason,
  options: { except?: string; now?: Date } = {},
): Promise<number> {
  const now = options.now ?? clockNow();
  const ended = await db
    .update(userSessions)
    .set({ endedAt: now, endReason: reason, grantHash: null })
    .where(
      and(
        eq(userSessions.userId, userId),
        isNull(userSessions.endedAt),
        options.except ? ne(userSessions.id, options.except) : undefined,
      ),
    )
    .returning({ id: userSessions.id });
  return ended.length;
}

export type SessionListItem = {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  endedAt: Date | null;
  endReason: string | null;
  ip: string | null;
  userAgent: string | null;
};

/** One's own recent sign-ins, newest first, for the security page. */
export async function listRecentSessions(db: Executor, userId: string, limit = 20): Promise<SessionListItem[]> {
  return db
    .select({
      id: userSessions.id,
      createdAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
      endedAt: userSessions.endedAt,
      endReason: userSessions.endReason,
      ip: userSessions.ip,
      userAgent: userSessions.userAgent,
    })
    .from(userSessions)
    .where(eq(userSessions.userId, userId))
    .orderBy(desc(userSessions.createdAt))
    .limit(limit);
}
