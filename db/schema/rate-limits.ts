import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Counters for every throttle (lib/auth/throttle.ts), kept in the database so all app instances share them.
 * One row per action and subject, e.g. "sign-in:address:203.0.113.7", "sign-up:network:203.0.113.0/24",
 * "sign-in:account:ana@example.org". A row counts hits in a fixed window that restarts when it has passed;
 * `blockedUntil` is the short backoff of an account under attack (a slowdown, never a lock-out).
 */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text().primaryKey(),
    hits: integer().notNull().default(0),
    windowStartedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    blockedUntil: timestamp({ withTimezone: true }),
  },
  // Old rows are swept by window start.
  (t) => [index("rate_limits_window_idx").on(t.windowStartedAt)],
);

export type RateLimit = typeof rateLimits.$inferSelect;
