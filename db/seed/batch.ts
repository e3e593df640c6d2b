import { sql, type SQL } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import type { PgTable } from "drizzle-orm/pg-core";
import { now } from "../../lib/time/clock";
import type { Executor } from "../client";

/** Rows per INSERT: small enough for any driver's parameter limit, large enough to stay fast. */
const BATCH_SIZE = 250;

export type Tx = Executor;

export function chunk<T>(rows: readonly T[], size = BATCH_SIZE): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < rows.length; i += size) parts.push(rows.slice(i, i + size));
  return parts;
}

/**
 * `SET col = excluded.col` for an upsert, one entry per listed key. The schema uses snake_case casing,
 * so the column a key maps to is its snake_case form.
 */
export function excluded<T extends PgTable>(
  _table: T,
  keys: readonly (keyof T["$inferInsert"] & string)[],
): Partial<Record<keyof T["$inferInsert"], SQL>> {
  const set: Partial<Record<keyof T["$inferInsert"], SQL>> = {};
  for (const key of keys) set[key] = sql.raw(`excluded."${toSnakeCase(key)}"`);
  return set;
}

const WEEK_MS = 7 * 86_400_000;
/** The day the demo's story is told on: its times from 2026 on were written as seen from here. */
const STORY_TODAY = Date.parse("2026-11-21T00:00:00+09:00");
/** Seeded times from this instant on are the story's present and future; earlier ones are history. */
const STORY_PRESENT_FROM = Date.parse("2026-01-01T00:00:00+09:00");

/**
 * How far the story's present moves so that its "today" is now() (lib/time/clock.ts): whole weeks, so weekdays stay.
 * With it the upcoming edition (CPI 2027) always has an open call and an offer to answer, whenever the demo or the
 * tests run (MADANG_CLOCK_OFFSET_DAYS=730 included), while past editions keep their historical dates.
 */
function storyShiftMs(at: Date = now()): number {
  return Math.floor((at.getTime() - STORY_TODAY) / WEEK_MS) * WEEK_MS;
}

/**
 * A time given as Seoul wall-clock time ("2023-09-14 14:00"), as an instant. Times from 2026 on belong to the
 * story's present (CPI 2027, the network's recent activity) and move by storyShiftMs(); earlier ones stay.
 */
export function seoul(local: string): Date {
  const date = new Date(`${local.replace(" ", "T")}:00+09:00`);
  if (Number.isNaN(date.getTime())) throw new Error(`Bad Seoul time: ${local}`);
  return date.getTime() >= STORY_PRESENT_FROM ? new Date(date.getTime() + storyShiftMs()) : date;
}

/** A calendar day ("2027-07-05") of the story's present, moved like seoul() moves its times. */
export function storyDay(day: string): string {
  return new Date(seoul(`${day} 00:00`).getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}

/** How a seeded deadline reads in a sentence: "31 March 2027". */
export function longDay(at: Date): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Asia/Seoul",
  }).format(at);
}

/** Runs `insert` for each batch of rows, one statement per batch. */
export async function inBatches<T>(
  rows: readonly T[],
  insert: (part: T[]) => Promise<unknown>,
  size = BATCH_SIZE,
): Promise<void> {
  for (const part of chunk(rows, size)) await insert(part);
}
