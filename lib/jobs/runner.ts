import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Database } from "@/db/client";
import type { Job } from "@/db/schema";
import { log } from "@/lib/log";
import { now as clockNow } from "@/lib/time/clock";
import { JOB_HANDLERS } from "./handlers";
import { claimJobs, completeJob, failJob, PermanentJobError } from "./queue";
import { scheduleDueJobs } from "./schedule";

type Handlers = typeof JOB_HANDLERS;
export type RunOutcome = { job: Job; outcome: "done" | "retry" | "failed" };

/** Claims one due job and runs it to the end; null when nothing is due. */
export async function runOnce(
  db: Database,
  runnerId: string,
  handlers: Handlers = JOB_HANDLERS,
): Promise<RunOutcome | null> {
  const [job] = await claimJobs(db, runnerId, 1, clockNow());
  if (!job) return null;
  const started = performance.now();
  try {
    const handler = handlers[job.type];
    if (!handler) throw new PermanentJobError(`No handler for jobs of type "${job.type}".`);
    const result = await handler({ db, job, now: clockNow() });
    await completeJob(db, job, clockNow());
    log.info(
      { job: job.id, type: job.type, attempt: job.attempts, ms: Math.round(performance.now() - started), result },
      "job done",
    );
    return { job, outcome: "done" };
  } catch (error) {
    const outcome = await failJob(db, job, error, clockNow());
    log.warn({ job: job.id, type: job.type, attempt: job.attempts, outcome, err: error }, "job failed");
    return { job, outcome };
  }
}

/** Runs every due job until none is left (tests and the scripts use this); answers what ran. */
export async function runUntilIdle(db: Database, runnerId = `once-${randomUUID()}`, handlers: Handlers = JOB_HANDLERS) {
  const ran: RunOutcome[] = [];
  for (let r = await runOnce(db, runnerId, handlers); r; r = await runOnce(db, runnerId, handlers)) ran.push(r);
  return ran;
}

type RunnerOptions = { pollMs?: number; scheduleEveryMs?: number; handlers?: Handlers };

/**
 * The loop every server process runs (instrumentation.ts): enqueue the periodic jobs now and then, take a
 * due job, run it, and sleep `pollMs` when there is nothing to do. Any number of processes may run it on
 * one database (claims skip locked rows). `stop()` ends the loop after the job in hand and resolves then.
 */
export function startRunner(db: Database, options: RunnerOptions = {}): { id: string; stop: () => Promise<void> } {
  const pollMs = options.pollMs ?? 2_000;
  const scheduleEveryMs = options.scheduleEveryMs ?? 30_000;
  const id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let stopping = false;
  let wake: () => void = () => {};
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      timer.unref();
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const loop = (async () => {
    let scheduledAt = -Infinity;
    while (!stopping) {
      try {
        if (performance.now() - scheduledAt >= scheduleEveryMs) {
          await scheduleDueJobs(db, clockNow());
          scheduledAt = performance.now();
        }
        const ran = await runOnce(db, id, options.handlers);
        if (!ran && !stopping) await sleep(pollMs);
      } catch (error) {
        // The database went away for a moment: say so and try again after a pause.
        log.error({ runner: id, err: error }, "job runner error");
        if (!stopping) await sleep(pollMs * 5);
      }
    }
  })();
  log.info({ runner: id }, "job runner started");
  return {
    id,
    stop: async () => {
      stopping = true;
      wake();
      await loop;
      log.info({ runner: id }, "job runner stopped");
    },
  };
}
