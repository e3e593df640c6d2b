import type { Executor } from "@/db/client";
import { now as clockNow } from "@/lib/time/clock";
import { enqueueJob, purgeDoneJobs } from "./queue";

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** The start of the period `at` falls in, as its key: minutes and days in UTC, weeks from Monday. */
const PERIODS = {
  minute: (at: Date) => at.toISOString().slice(0, 16),
  fiveMinutes: (at: Date) =>
    new Date(Math.floor(at.getTime() / (5 * MINUTE_MS)) * 5 * MINUTE_MS).toISOString().slice(0, 16),
  day: (at: Date) => at.toISOString().slice(0, 10),
  week: (at: Date) => new Date(at.getTime() - ((at.getUTCDay() + 6) % 7) * DAY_MS).toISOString().slice(0, 10),
};

/** What runs by itself, and how often. */
export const PERIODIC_JOBS: { type: string; every: keyof typeof PERIODS; maxAttempts: number }[] = [
  { type: "mail.send", every: "minute", maxAttempts: 3 },
  { type: "offers.expire", every: "fiveMinutes", maxAttempts: 5 },
  { type: "reminders.deadlines", every: "day", maxAttempts: 5 },
  { type: "alumni.digest", every: "week", maxAttempts: 5 },
  { type: "retention", every: "day", maxAttempts: 5 },
  { type: "applications.fold-counts", every: "fiveMinutes", maxAttempts: 3 },
  { type: "write-marks.fold", every: "fiveMinutes", maxAttempts: 3 },
];

/**
 * Enqueues each periodic job for the period `at` is in; its unique key (type and period) makes this safe to
 * call from every instance as often as one likes: a period's job is added once. Old done jobs are purged.
 */
export async function scheduleDueJobs(db: Executor, at = clockNow()): Promise<string[]> {
  const added: string[] = [];
  for (const job of PERIODIC_JOBS) {
    const uniqueKey = `${job.type}:${PERIODS[job.every](at)}`;
    if (await enqueueJob(db, { type: job.type, uniqueKey, maxAttempts: job.maxAttempts }, at)) added.push(uniqueKey);
  }
  await purgeDoneJobs(db, 7, at);
  return added;
}
