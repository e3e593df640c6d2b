import { and, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { networkOf, normaliseAddress } from "./client-address";
import { now as clockNow } from "@/lib/time/clock";

/**
 * Throttles for everything a stranger can repeat: every count lives in Postgres (rate_limits), so several
 * app instances share them, and every count is keyed by what an attacker cannot choose: the client address
 * as the socket saw it (lib/auth/client-address.ts), the network around it, and the account aimed at.
 *
 * An account is never locked: failures against it slow further tries down with a backoff that doubles
 * from one second. For the network the failures come from it grows to 15 minutes; for everyone else
 * (the owner) it stops at 30 seconds. Since the attacker's own network waits longer than anyone, he cannot
 * keep the account's short backoff going, and the owner gets in after at most half a minute.
 */
type Window = { limit: number; windowMs: number };
type Slowdown = { free: number; windowMs: number; maxDelayMs: number };
type Rule = {
  /** "failures": only failed attempts count (sign-in); "attempts": every call counts. */
  counts: "failures" | "attempts";
  address: Window;
  network: Window;
  account?: { perNetwork: Slowdown; overall: Slowdown };
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const RATE_LIMITS = {
  "sign-in": {
    counts: "failures",
    address: { limit: 30, windowMs: 15 * MINUTE },
    network: { limit: 100, windowMs: 15 * MINUTE },
    // The network failing against an account backs off up to 15 minutes; everyone else waits 30 s at most.
    account: {
      perNetwork: { free: 5, windowMs: HOUR, maxDelayMs: 15 * MINUTE },
      overall: { free: 5, windowMs: 15 * MINUTE, maxDelayMs: 30_000 },
    },
  },
  "sign-up": { counts: "attempts", address: { limit: 30, windowMs: HOUR }, network: { limit: 100, windowMs: HOUR } },
  "password-reset": {
    counts: "attempts",
    address: { limit: 20, windowMs: HOUR },
    network: { limit: 60, windowMs: HOUR },
    account: {
      perNetwork: { free: 3, windowMs: HOUR, maxDelayMs: 5 * MINUTE },
      overall: { free: 10, windowMs: HOUR, maxDelayMs: 5 * MINUTE },
    },
  },
  claim: { counts: "attempts", address: { limit: 20, windowMs: HOUR }, network: { limit: 60, windowMs: HOUR } },
  "alumni-message": {
    counts: "attempts",
    address: { limit: 60, windowMs: HOUR },
    network: { limit: 200, windowMs: HOUR },
  },
  upload: {
    counts: "attempts",
    address: { limit: 120, windowMs: 10 * MINUTE },
    network: { limit: 400, windowMs: 10 * MINUTE },
  },
} as const satisfies Record<string, Rule>;

export type RateLimitedAction = keyof typeof RATE_LIMITS;

/** Failed sign-ins before an account slows down (email) and before an address is refused (ip). */
export const THROTTLE_LIMITS = {
  email: RATE_LIMITS["sign-in"].account.overall.free,
  ip: RATE_LIMITS["sign-in"].address.limit,
} as const;
export type RateLimitSubject = { action: RateLimitedAction; address: string | null; account?: string | null };

/** A 429 that also says when to come back (lib/http.ts sends it as Retry-After). */
export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super("rate_limited", message);
  }
}

type Counter = {
  key: string;
  kind: "address" | "network" | "account-network" | "account";
  window?: Window;
  slowdown?: Slowdown;
};

function countersOf(subject: RateLimitSubject): Counter[] {
  const rule: Rule = RATE_LIMITS[subject.action];
  const address = normaliseAddress(subject.address);
  const network = address ? networkOf(address) : null;
  const account = subject.account?.trim().toLowerCase() || null;
  const counters: Counter[] = [];
  if (address) counters.push({ key: `${subject.action}:address:${address}`, kind: "address", window: rule.address });
  if (network) counters.push({ key: `${subject.action}:network:${network}`, kind: "network", window: rule.network });
  if (account && rule.account) {
    counters.push({
      key: `${subject.action}:account-network:${account}|${network ?? "unknown"}`,
      kind: "account-network",
      slowdown: rule.account.perNetwork,
    });
    counters.push({ key: `${subject.action}:account:${account}`, kind: "account", slowdown: rule.account.overall });
  }
  return counters;
}

const MESSAGES: Record<Counter["kind"], string> = {
  address: "Too many attempts from your address.",
  network: "Too many attempts from your network.",
  "account-network": "Too many failed attempts for this account.",
  account: "Too many failed attempts for this account.",
};

// Whole sentences, one per wording, so each is a message of its own (lib/i18n/problems.ts).
function wait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds === 1) return "Please wait a second and try again.";
  if (seconds < 120) return `Please wait ${seconds} seconds and try again.`;
  return `Please wait ${Math.ceil(seconds / 60)} minutes and try again.`;
}

/** Until when any counter of `subject` refuses further tries, and which one; null when none does. */
export async function blockedUntil(
  db: Executor,
  subject: RateLimitSubject,
  now = clockNow(),
): Promise<{ until: Date; kind: Counter["kind"] } | null> {
  const counters = countersOf(subject);
  if (!counters.length) return null;
  const rows = await db
    .select()
    .from(rateLimits)
    .where(
      inArray(
        rateLimits.key,
        counters.map((c) => c.key),
      ),
    );
  let latest: { until: Date; kind: Counter["kind"] } | null = null;
  for (const counter of counters) {
    const row = rows.find((r) => r.key === counter.key);
    if (!row) continue;
    let until: Date | null = null;
    if (
      counter.window &&
      row.windowStartedAt.getTime() > now.getTime() - counter.window.windowMs &&
      row.hits >= counter.window.limit
    ) {
      until = new Date(row.windowStartedAt.getTime() + counter.window.windowMs);
    }
    if (counter.slowdown && row.blockedUntil && row.blockedUntil > now && (!until || row.blockedUntil > until))
      until = row.blockedUntil;
    if (until && (!latest || until > latest.until)) latest = { until, kind: counter.kind };
  }
  return latest;
}

/** Adds one hit to each counter atomically (one statement per counter, safe across instances). */
async function count(db: Executor, counters: Counter[], now: Date): Promise<Map<string, number>> {
  const hits = new Map<string, number>();
  for (const counter of counters) {
    const windowMs = counter.window?.windowMs ?? counter.slowdown?.windowMs ?? HOUR;
    const start = new Date(now.getTime() - windowMs).toISOString();
    const [row] = await db
      .insert(rateLimits)
      .values({ key: counter.key, hits: 1, windowStartedAt: now })
      .onConflictDoUpdate({
        target: rateLimits.key,
        set: {
          hits: sql`case when ${rateLimits.windowStartedAt} <= ${start}::timestamptz then 1 else ${rateLimits.hits} + 1 end`,
          windowStartedAt: sql`case when ${rateLimits.windowStartedAt} <= ${start}::timestamptz then ${now.toISOString()}::timestamptz else ${rateLimits.windowStartedAt} end`,
        },
      })
      .returning({ hits: rateLimits.hits });
    hits.set(counter.key, row?.hits ?? 1);
    if (counter.slowdown && row && row.hits >= counter.slowdown.free) {
      // One second at the limit, doubling with every further failure, up to the ceiling.
      const delay = Math.min(counter.slowdown.maxDelayMs, 1000 * 2 ** Math.min(20, row.hits - counter.slowdown.free));
      const until = new Date(now.getTime() + delay).toISOString();
      await db
        .update(rateLimits)
        .set({
          blockedUntil: sql`greatest(coalesce(${rateLimits.blockedUntil}, ${until}::timestamptz), ${until}::timestamptz)`,
        })
        .where(eq(rateLimits.key, counter.key));
    }
  }
  // Now and then, forget counters nobody has touched for a day.
  if (Math.random() < 0.01) {
    const dayAgo = new Date(now.getTime() - 24 * HOUR);
    await db
      .delete(rateLimits)
      .where(
        and(
          lt(rateLimits.windowStartedAt, dayAgo),
          or(isNull(rateLimits.blockedUntil), lt(rateLimits.blockedUntil, now)),
        ),
      );
  }
  return hits;
}

/**
 * The one call every throttled route and action makes before doing anything: refuses with a 429 (and when
 * to retry) if the address, its network or the account is over its limit; for actions where every call
 * counts, counts this one. Sign-in counts only failures (recordRateLimitFailure).
 */
export async function enforceRateLimit(db: Executor, subject: RateLimitSubject, now = clockNow()): Promise<void> {
  const blocked = await blockedUntil(db, subject, now);
  if (blocked) throw refusal(blocked.kind, blocked.until, now);
  const rule: Rule = RATE_LIMITS[subject.action];
  if (rule.counts !== "attempts") return;
  const counters = countersOf(subject);
  const hits = await count(db, counters, now);
  for (const counter of counters) {
    if (counter.window && (hits.get(counter.key) ?? 0) > counter.window.limit)
      throw refusal(counter.kind, new Date(now.getTime() + counter.window.windowMs), now);
  }
}

function refusal(kind: Counter["kind"], until: Date, now: Date): RateLimitedError {
  const ms = until.getTime() - now.getTime();
  return new RateLimitedError(`${MESSAGES[kind]} ${wait(ms)}`, Math.max(1, Math.ceil(ms / 1000)));
}

/** Counts a failed attempt (a wrong password) against the address, its network and the account. */
export async function recordRateLimitFailure(db: Executor, subject: RateLimitSubject, now = clockNow()): Promise<void> {
  await count(db, countersOf(subject), now);
}

/**
 * A success clears the account's overall slowdown, and nothing else: not the address's count (one success
 * must not unlock a spray) and not the per-network backoff of whoever failed against the account before
 * (the owner signing in must not reset the attacker's wait).
 */
export async function clearAccountFailures(db: Executor, action: RateLimitedAction, account: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, `${action}:account:${account.trim().toLowerCase()}`));
}

// The interface lib/users/commands.ts (verifyCredentials) calls, kept so that caller need not change:
// "email" and "ip" keys of a sign-in, mapped onto the counters above.
export type ThrottleKey = { kind: "email" | "ip"; value: string };
const signInSubject = (keys: ThrottleKey[]): RateLimitSubject => ({
  action: "sign-in",
  address: keys.find((k) => k.kind === "ip")?.value ?? null,
  account: keys.find((k) => k.kind === "email")?.value ?? null,
});

/** The time until which a sign-in with these keys is refused, or null. */
export async function lockedUntil(db: Executor, keys: ThrottleKey[], now = clockNow()): Promise<Date | null> {
  return (await blockedUntil(db, signInSubject(keys), now))?.until ?? null;
}

export async function recordFailure(db: Executor, keys: ThrottleKey[], now = clockNow()): Promise<void> {
  await recordRateLimitFailure(db, signInSubject(keys), now);
}

export async function clearFailures(db: Executor, email: string): Promise<void> {
  await clearAccountFailures(db, "sign-in", email);
}
