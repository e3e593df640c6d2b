import { and, asc, desc, eq, inArray, lt, lte, or, sql } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { jobs, type Job } from "@/db/schema";
import { now as clockNow } from "@/lib/time/clock";

/**
 * The job queue: rows in `jobs`, claimed with FOR UPDATE SKIP LOCKED, so any number of runners (one per app
 * instance) share it and no job is taken twice. The same statements run on Postgres and on the embedded
 * PGlite, which is why this is our own small queue and not pg-boss (pg-boss needs a Postgres server).
 */

/** The first retry waits this long, each next one twice as long, up to BACKOFF_MAX_MS. */
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_MAX_MS = 3_600_000;
/** A claimed job not finished within this is taken to be abandoned (its process died) and is claimed again. */
const LEASE_MS = 10 * 60_000;

/** How long a job waits after its `attempts`-th failed attempt: 30 s, 1 min, 2 min… at most an hour. */
export function backoffMs(attempts: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1), BACKOFF_MAX_MS);
}

/** Thrown by a handler when trying again cannot help (bad payload, a record gone): the job fails at once. */
export class PermanentJobError extends Error {}

export type NewJob = {
  type: string;
  payload?: Record<string, unknown>;
  /** Enqueued at most once per key: a periodic job names its period ("alumni.digest:2026-W48"). */
  uniqueKey?: string;
  runAt?: Date;
  maxAttempts?: number;
};

/** Adds a job; with a `uniqueKey` already used, nothing is added and the answer is false. */
export async function enqueueJob(db: Executor, job: NewJob, at = clockNow()): Promise<boolean> {
  const rows = await db
    .insert(jobs)
    .values({
      type: job.type,
      payload: job.payload ?? {},
      uniqueKey: job.uniqueKey ?? null,
      runAt: job.runAt ?? at,
      maxAttempts: job.maxAttempts ?? 5,
      createdAt: at,
    })
    .onConflictDoNothing({ target: jobs.uniqueKey })
    .returning({ id: jobs.id });
  return rows.length > 0;
}

/**
 * Takes up to `limit` due jobs for `runnerId`: waiting ones whose time has come, and active ones whose
 * lease ran out. Rows another runner is claiming at this moment are skipped, never waited for.
 */
export async function claimJobs(db: Database, runnerId: string, limit = 1, at = clockNow()): Promise<Job[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: jobs.id })
      .from(jobs)
      .where(
        or(
          and(eq(jobs.status, "waiting"), lte(jobs.runAt, at)),
          and(eq(jobs.status, "active"), lt(jobs.lockedUntil, at)),
        ),
      )
      .orderBy(asc(jobs.runAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(jobs)
      .set({
        status: "active",
        attempts: sql`${jobs.attempts} + 1`,
        lockedBy: runnerId,
        lockedUntil: new Date(at.getTime() + LEASE_MS),
      })
      .where(
        inArray(
          jobs.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
  });
}

/** Only the runner that holds the job may finish it (a runner whose lease ran out has lost it). */
const heldBy = (job: Job) => and(eq(jobs.id, job.id), eq(jobs.status, "active"), eq(jobs.lockedBy, job.lockedBy ?? ""));

export async function completeJob(db: Executor, job: Job, at = clockNow()): Promise<void> {
  await db.update(jobs).set({ status: "done", finishedAt: at, lockedBy: null, lockedUntil: null }).where(heldBy(job));
}

/**
 * Records a failed attempt: the job waits for its backoff and runs again, or, after its last attempt or a
 * PermanentJobError, is marked failed for staff to read and retry (/admin/jobs).
 */
export async function failJob(db: Executor, job: Job, error: unknown, at = clockNow()): Promise<"retry" | "failed"> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
  const final = error instanceof PermanentJobError || job.attempts >= job.maxAttempts;
  await db
    .update(jobs)
    .set(
      final
        ? { status: "failed", lastError: message, finishedAt: at, lockedBy: null, lockedUntil: null }
        : {
            status: "waiting",
            lastError: message,
            runAt: new Date(at.getTime() + backoffMs(job.attempts)),
            lockedBy: null,
            lockedUntil: null,
          },
    )
    .where(heldBy(job));
  return final ? "failed" : "retry";
}

/** Staff send a failed job back to the queue, with its attempts counted afresh; false when it is not failed. */
export async function retryFailedJob(db: Executor, id: string, at = clockNow()): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set({ status: "waiting", attempts: 0, runAt: at, finishedAt: null })
    .where(and(eq(jobs.id, id), eq(jobs.status, "failed")))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

/** Finished jobs are kept `keepDays` for staff to read, then deleted (failed ones stay until retried). */
export async function purgeDoneJobs(db: Executor, keepDays = 7, at = clockNow()): Promise<void> {
  await db
    .delete(jobs)
    .where(and(eq(jobs.status, "done"), lt(jobs.finishedAt, new Date(at.getTime() - keepDays * 86_400_000))));
}

/** The queue for /admin/jobs: every waiting, active and failed job, and the most recent done ones. */
export async function listJobs(db: Executor, doneLimit = 50) {
  const open = await db
    .select()
    .from(jobs)
    .where(inArray(jobs.status, ["waiting", "active", "failed"]))
    .orderBy(asc(jobs.runAt))
    .limit(500);
  const done = await db
    .select()
    .from(jobs)
    .where(eq(jobs.status, "done"))
    .orderBy(desc(jobs.finishedAt))
    .limit(doneLimit);
  const by = (status: Job["status"]) => open.filter((j) => j.status === status);
  return { waiting: by("waiting"), active: by("active"), failed: by("failed"), done };
}
