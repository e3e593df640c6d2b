import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { signInThrottles } from "@/db/schema";
import { now as clockNow } from "@/lib/time/clock";

/** Failed sign-ins allowed per window before the key is locked. An IP is shared by many people. */
export const THROTTLE_LIMITS = { email: 5, ip: 30 } as const;
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;

export type ThrottleKey = { kind: keyof typeof THROTTLE_LIMITS; value: string };
const keyOf = (k: ThrottleKey) => `${k.kind}:${k.value.toLowerCase()}`;

/** The time until which any of the keys is locked, or null. */
export async function lockedUntil(db: Executor, keys: ThrottleKey[], now = clockNow()): Promise<Date | null> {
  let latest: Date | null = null;
  for (const key of keys) {
    const [row] = await db.select({ lockedUntil: signInThrottles.lockedUntil }).from(signInThrottles).where(eq(signInThrottles.key, keyOf(key)));
    if (row?.lockedUntil && row.lockedUntil > now && (!latest || row.lockedUntil > latest)) latest = row.lockedUntil;
  }
  return latest;
}

/** Counts a failure atomically (safe when many instances record at once) and locks the key at its limit. */
export async function recordFailure(db: Executor, keys: ThrottleKey[], now = clockNow()): Promise<void> {
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const lockUntil = new Date(now.getTime() + THROTTLE_WINDOW_MS);
  for (const key of keys) {
    const limit = THROTTLE_LIMITS[key.kind];
    await db
      .insert(signInThrottles)
      .values({ key: keyOf(key), failures: 1, windowStartedAt: now, lockedUntil: limit <= 1 ? lockUntil : null })
      .onConflictDoUpdate({
        target: signInThrottles.key,
        set: {
          failures: sql`case when ${signInThrottles.windowStartedAt} < ${windowStart.toISOString()}::timestamptz then 1 else ${signInThrottles.failures} + 1 end`,
          windowStartedAt: sql`case when ${signInThrottles.windowStartedAt} < ${windowStart.toISOString()}::timestamptz then ${now.toISOString()}::timestamptz else ${signInThrottles.windowStartedAt} end`,
          lockedUntil: sql`case when ${signInThrottles.windowStartedAt} >= ${windowStart.toISOString()}::timestamptz and ${signInThrottles.failures} + 1 >= ${limit} then ${lockUntil.toISOString()}::timestamptz else ${signInThrottles.lockedUntil} end`,
        },
      });
  }
}

/** A successful sign-in clears the account's count (not the IP's: one success must not unlock a spray). */
export async function clearFailures(db: Executor, email: string): Promise<void> {
  await db.delete(signInThrottles).where(eq(signInThrottles.key, keyOf({ kind: "email", value: email })));
}
