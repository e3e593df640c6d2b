import { and, desc, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { userSessions } from "@/db/schema";
import { executeRows, statement } from "@/db/subquery";
import { parseWriteMarks, writeMarksColumn, type WriteMarks } from "@/db/write-marks";
import { actorFrom } from "./actor";
import type { Actor } from "./roles";
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

/** A live session with who it belongs to: the actor every check uses and the language saved on the account. */
export type LiveSession = {
  actor: Actor;
  locale: string | null;
  /** Every table's write mark at the check (db/write-marks.ts), for the page cache (lib/page-cache.ts). */
  marks: WriteMarks;
};

/**
 * Whether the session a cookie names still holds (not ended, used within the idle lifetime, younger than the
 * absolute one) and, if so, who it belongs to: the user, their roles (programme roles and those that follow
 * from enrolments) and their saved language, in one statement. The same statement writes lastSeenAt when it
 * is over a minute old (a data-modifying CTE), so a request's whole session check is one round trip.
 *
 * That write is bookkeeping: a crash that loses the last second's touches costs a session a second of its idle
 * lifetime. So its commit does not wait for the disk (`synchronous_commit` off, local to the statement's own
 * transaction): under a rush of submissions it was a second flush per submit, beside the submission's own
 * (e2e/bench/RESULTS.md, bench:rush). For that reason `db` must not be an open transaction, whose other writes
 * would then commit the same way; one is refused.
 */
export async function loadLiveSession(
  db: Executor,
  sessionId: string,
  userId: string,
  now = clockNow(),
): Promise<LiveSession | null> {
  if (db instanceof PgTransaction) throw new Error("loadLiveSession runs in its own transaction, not in one given.");
  const { sessionIdleMs, sessionMaxMs } = accountSettings();
  const at = (ms: number) => sql`${new Date(ms).toISOString()}::timestamptz`;
  const t = now.getTime();
  const query = statement`
with live as (
  select s.id, s.last_seen_at from user_sessions s
  where s.id = ${sessionId}::uuid and s.user_id = ${userId}::uuid and s.ended_at is null
    and s.last_seen_at > ${at(t - sessionIdleMs)} and s.created_at > ${at(t - sessionMaxMs)}
),
touched as (
  update user_sessions set last_seen_at = ${at(t)}
  where id in (select l.id from live l where l.last_seen_at < ${at(t - TOUCH_EVERY_MS)})
  returning id
)
select u.id, u.email, u.name, u.is_admin, u.totp_enabled_at, u.locale,
  (select count(*)::int from touched) as touched,
  set_config('synchronous_commit', 'off', true) as relaxed,
  ${writeMarksColumn} as marks,
  coalesce((select json_agg(json_build_object('programmeId', r.programme_id, 'role', r.role)) from (
    select pr.programme_id, pr.role::text as role from programme_roles pr where pr.user_id = u.id
    union all
    select c.programme_id, case when e.status = 'completed' then 'alumnus' else 'participant' end
    from enrolments e join cohorts c on c.id = e.cohort_id
    where e.user_id = u.id and e.status in ('confirmed', 'completed')
  ) r), '[]'::json) as roles
from live join users u on u.id = ${userId}::uuid`;
  const [row] = await executeRows<SessionRow>(db, query);
  if (!row) return null;
  const roles = (typeof row.roles === "string" ? JSON.parse(row.roles) : row.roles) as Actor["roles"];
  const totp = row.totp_enabled_at;
  const actor = actorFrom(
    {
      id: row.id,
      email: row.email,
      name: row.name,
      isAdmin: row.is_admin,
      totpEnabledAt: totp === null ? null : new Date(totp),
    },
    roles,
  );
  return { actor, locale: row.locale, marks: parseWriteMarks(row.marks) };
}

type SessionRow = {
  id: string;
  email: string;
  name: string;
  is_admin: boolean;
  totp_enabled_at: string | Date | null;
  locale: string | null;
  marks: unknown;
  roles: unknown;
};

/** Whether the session a cookie names still holds (loadLiveSession without the person). */
export async function sessionIsLive(
  db: Executor,
  sessionId: string,
  userId: string,
  now = clockNow(),
): Promise<boolean> {
  return (await loadLiveSession(db, sessionId, userId, now)) !== null;
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
