import { sql } from "drizzle-orm";
import type { Database } from "../client";
import { executeRows } from "../subquery";

/** Sessions of this database now waiting for a lock (Postgres only: PGlite has one session). */
async function sessionsWaitingForLocks(db: Database): Promise<number> {
  const rows = await executeRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
  );
  return rows[0]?.n ?? 0;
}

/**
 * Makes a race happen every time instead of once in a while, on the Postgres server: `hold` takes row
 * locks in a transaction of its own, the racers start, and the locks are released only once `racers`
 * sessions are stuck waiting on a lock. Each racer has then read whatever it reads before its first
 * write, so a check made outside a lock is made by both before either writes.
 * Returns every racer's outcome and how many sessions were seen waiting together.
 */
export async function raceBehindLocks<T>(
  db: Database,
  hold: (tx: Parameters<Parameters<Database["transaction"]>[0]>[0]) => Promise<unknown>,
  start: () => Promise<T>[],
  racers = 2,
): Promise<{ outcomes: PromiseSettledResult<T>[]; waitedTogether: number }> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let held!: () => void;
  const holding = new Promise<void>((resolve) => (held = resolve));
  const holder = db.transaction(async (tx) => {
    await hold(tx);
    held();
    await gate;
  });
  await holding;
  const settled = Promise.allSettled(start());
  let waiting = 0;
  for (let i = 0; i < 400 && waiting < racers; i++) {
    waiting = await sessionsWaitingForLocks(db);
    if (waiting < racers) await new Promise((resolve) => setTimeout(resolve, 25));
  }
  release();
  await holder;
  return { outcomes: await settled, waitedTogether: waiting };
}
