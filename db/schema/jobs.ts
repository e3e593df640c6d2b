import { customType, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const jobStatusEnum = pgEnum("job_status", [
  "waiting", // due at run_at; a runner claims it
  "active", // a runner holds it until locked_until (then it counts as abandoned and is claimed again)
  "done", // the handler finished
  "failed", // every attempt failed, or the handler said the failure is permanent; staff may retry it
]);

/**
 * Work that runs itself (lib/jobs): sending the outbox, expiring offers, reminders, the alumni digest,
 * retention. Runners on any number of app instances claim rows with FOR UPDATE SKIP LOCKED; a periodic job
 * carries a unique key naming its period ("alumni-digest:2026-W48"), so it is enqueued once per period.
 */
export const jobs = pgTable(
  "jobs",
  {
    id: uuid().primaryKey().defaultRandom(),
    type: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    status: jobStatusEnum().notNull().default("waiting"),
    uniqueKey: text().unique(),
    runAt: timestamp({ withTimezone: true }).notNull(),
    attempts: integer().notNull().default(0),
    maxAttempts: integer().notNull().default(5),
    lastError: text(),
    lockedBy: text(),
    lockedUntil: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("jobs_due_idx").on(t.status, t.runAt), index("jobs_finished_idx").on(t.finishedAt)],
);

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => new Uint8Array(value),
});

/**
 * Uploaded files kept in the database (lib/uploads/storage.ts, UPLOAD_STORAGE=postgres), so every app
 * instance reads what any of them stored, with no other service to run and one backup for everything.
 */
export const storedFiles = pgTable("stored_files", {
  key: text().primaryKey(),
  content: bytea().notNull(),
  size: integer().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type Job = typeof jobs.$inferSelect;
