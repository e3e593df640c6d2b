// @scale the job queue on PGlite and Postgres: claims, backoff, permanent failures, one job per period,
// and (on the Postgres server, where transactions really run side by side) no job taken by two runners.
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { jobs } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { now } from "@/lib/time/clock";
import { backoffMs, claimJobs, enqueueJob, PermanentJobError, retryFailedJob } from "./queue";
import { runOnce, runUntilIdle, startRunner } from "./runner";
import { PERIODIC_JOBS, scheduleDueJobs } from "./schedule";

const MINUTE = 60_000;
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);
const jobRow = async (t: TestDatabase, id: string) => (await t.db.select().from(jobs).where(eq(jobs.id, id)))[0]!;
/** Moves the app's clock (lib/time/clock.ts) to `when`. */
const setClock = (when: Date) => vi.stubEnv("MADANG_NOW", when.toISOString());

describe.each(testDrivers())("the job queue on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await t.db.delete(jobs);
  });

  it("@scale claims only due jobs, and a claimed job is not claimed again while its runner holds it", async () => {
    const start = now();
    await enqueueJob(t.db, { type: "a" }, start);
    await enqueueJob(t.db, { type: "later", runAt: at(start, 10 * MINUTE) }, start);
    const [first, ...rest] = await claimJobs(t.db, "r1", 5, start);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ type: "a", status: "active", attempts: 1, lockedBy: "r1" });
    expect(await claimJobs(t.db, "r2", 5, at(start, MINUTE))).toEqual([]);
    // The lease runs out (its process died): the job is claimed again, as a second attempt.
    const reclaimed = (await claimJobs(t.db, "r2", 5, at(start, 11 * MINUTE))).map((j) => j.type).sort();
    expect(reclaimed).toEqual(["a", "later"]);
    expect((await t.db.select().from(jobs).where(eq(jobs.type, "a")))[0]).toMatchObject({
      attempts: 2,
      lockedBy: "r2",
    });
  });

  it("@scale a failing job waits 30 s, then 1 min, then 2 min…, and is marked failed after its last attempt", async () => {
    const start = now();
    setClock(start);
    await enqueueJob(t.db, { type: "flaky", maxAttempts: 3 }, start);
    const failing = { flaky: async () => Promise.reject(new Error("SMTP said 421")) };
    let clock = start;
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const ran = await runOnce(t.db, "r1", failing);
      expect(ran?.outcome).toBe(attempt < 3 ? "retry" : "failed");
      const row = await jobRow(t, ran!.job.id);
      expect(row.attempts).toBe(attempt);
      expect(row.lastError).toBe("SMTP said 421");
      if (attempt === 3) {
        expect(row).toMatchObject({ status: "failed", lockedBy: null });
        break;
      }
      waits.push(row.runAt.getTime() - clock.getTime());
      // Not due a moment before its backoff ends; due once it has.
      setClock(at(row.runAt, -1000));
      expect(await runOnce(t.db, "r1", failing)).toBeNull();
      clock = row.runAt;
      setClock(clock);
    }
    expect(waits).toEqual([backoffMs(1), backoffMs(2)]);
    expect(waits).toEqual([30_000, 60_000]);
    expect(backoffMs(20)).toBe(3_600_000);
  });

  it("@scale a permanent failure or an unknown job type fails at once; staff retry it and it runs", async () => {
    const start = now();
    setClock(start);
    await enqueueJob(t.db, { type: "bad" }, start);
    await enqueueJob(t.db, { type: "nobody-knows", runAt: start }, start);
    let calls = 0;
    const handlers = {
      bad: async () => {
        if (calls++ === 0) throw new PermanentJobError("The offer no longer exists.");
        return { ok: true };
      },
    };
    const ran = await runUntilIdle(t.db, "r1", handlers);
    expect(ran.map((r) => [r.job.type, r.outcome])).toEqual([
      ["bad", "failed"],
      ["nobody-knows", "failed"],
    ]);
    const failed = await t.db.select().from(jobs).where(eq(jobs.status, "failed"));
    expect(failed.map((j) => [j.type, j.attempts, j.lastError]).sort()).toEqual([
      ["bad", 1, "The offer no longer exists."],
      ["nobody-knows", 1, 'No handler for jobs of type "nobody-knows".'],
    ]);
    const bad = failed.find((j) => j.type === "bad")!;
    expect(await retryFailedJob(t.db, bad.id, start)).toBe(true);
    expect(await retryFailedJob(t.db, bad.id, start)).toBe(false);
    expect((await runUntilIdle(t.db, "r1", handlers)).map((r) => r.outcome)).toEqual(["done"]);
    expect(await jobRow(t, bad.id)).toMatchObject({ status: "done", attempts: 1 });
  });

  it("@scale every instance may schedule as often as it likes: each period's job is enqueued once", async () => {
    const monday = new Date("2031-03-03T09:00:00Z");
    const first = await scheduleDueJobs(t.db, monday);
    expect(first).toHaveLength(PERIODIC_JOBS.length);
    expect(await scheduleDueJobs(t.db, at(monday, 20_000))).toEqual([]);
    await Promise.all([scheduleDueJobs(t.db, at(monday, 30_000)), scheduleDueJobs(t.db, at(monday, 40_000))]);
    expect(await t.db.$count(jobs)).toBe(PERIODIC_JOBS.length);
    // A minute on: only the outbox; five minutes on: the expiry and the foldings of counts and marks too; Tuesday: the daily
    // ones, not the digest.
    expect(await scheduleDueJobs(t.db, at(monday, MINUTE))).toEqual(["mail.send:2031-03-03T09:01"]);
    expect((await scheduleDueJobs(t.db, at(monday, 5 * MINUTE))).sort()).toEqual([
      "applications.fold-counts:2031-03-03T09:05",
      "mail.send:2031-03-03T09:05",
      "offers.expire:2031-03-03T09:05",
      "write-marks.fold:2031-03-03T09:05",
    ]);
    const tuesday = (await scheduleDueJobs(t.db, new Date("2031-03-04T00:00:00Z"))).sort();
    expect(tuesday).toEqual([
      "applications.fold-counts:2031-03-04T00:00",
      "mail.send:2031-03-04T00:00",
      "offers.expire:2031-03-04T00:00",
      "reminders.deadlines:2031-03-04",
      "retention:2031-03-04",
      "write-marks.fold:2031-03-04T00:00",
    ]);
    expect(await scheduleDueJobs(t.db, new Date("2031-03-10T00:00:00Z"))).toContain("alumni.digest:2031-03-10");
  });

  it("@scale the runner loop runs what is due and stops cleanly", async () => {
    const ran: string[] = [];
    await enqueueJob(t.db, { type: "tick", payload: { n: 1 } });
    await enqueueJob(t.db, { type: "tick", payload: { n: 2 } });
    const runner = startRunner(t.db, {
      pollMs: 20,
      scheduleEveryMs: 3_600_000,
      handlers: {
        tick: async ({ job }) => {
          ran.push(String(job.payload.n));
          return {};
        },
      },
    });
    for (let i = 0; i < 200 && (await t.db.$count(jobs, eq(jobs.type, "tick"))) > ran.length; i++)
      await new Promise((resolve) => setTimeout(resolve, 25));
    for (let i = 0; i < 200 && (await t.db.$count(jobs, eq(jobs.status, "done"))) < 2; i++)
      await new Promise((resolve) => setTimeout(resolve, 25));
    await runner.stop();
    expect(ran.sort()).toEqual(["1", "2"]);
    expect(await t.db.$count(jobs, eq(jobs.status, "done"))).toBe(2);
  });
});

// Real concurrency needs the Postgres server (PGlite runs one transaction at a time).
describe.each(testDrivers().filter((d) => d === "postgres"))("runners side by side on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("@scale four runners on one queue never take the same job, and every job runs once", async () => {
    const count = 60;
    const start = now();
    for (let i = 0; i < count; i++) await enqueueJob(t.db, { type: "work", payload: { i } }, start);
    const runs = new Map<number, string[]>();
    const inFlight = { now: 0, max: 0 };
    const handlers = {
      work: async ({ job }: { job: { payload: Record<string, unknown>; lockedBy: string | null } }) => {
        inFlight.max = Math.max(inFlight.max, ++inFlight.now);
        await new Promise((resolve) => setTimeout(resolve, 5));
        const i = Number(job.payload.i);
        runs.set(i, [...(runs.get(i) ?? []), job.lockedBy!]);
        inFlight.now--;
        return {};
      },
    };
    const results = await Promise.all(["r1", "r2", "r3", "r4"].map((id) => runUntilIdle(t.db, id, handlers)));
    expect([...runs.keys()].sort((a, b) => a - b)).toEqual([...Array(count).keys()]);
    expect([...runs.values()].every((by) => by.length === 1)).toBe(true);
    // They did run side by side, and shared the work.
    expect(inFlight.max).toBeGreaterThan(1);
    expect(results.filter((r) => r.length > 0).length).toBeGreaterThan(1);
    expect(await t.db.$count(jobs, eq(jobs.status, "done"))).toBe(count);
  });
});
