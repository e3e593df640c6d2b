import { sql, type SQL } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "../client";

/** Rows per INSERT: small enough for any driver's parameter limit, large enough to stay fast. */
export const BATCH_SIZE = 250;

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
export function excluded<T extends PgTable>(_table: T, keys: readonly (keyof T["$inferInsert"] & string)[]): Partial<Record<keyof T["$inferInsert"], SQL>> {
  const set: Partial<Record<keyof T["$inferInsert"], SQL>> = {};
  for (const key of keys) set[key] = sql.raw(`excluded."${toSnakeCase(key)}"`);
  return set;
}

/** A time given as Seoul wall-clock time ("2023-09-14 14:00"), as an instant. */
export function seoul(local: string): Date {
  const date = new Date(`${local.replace(" ", "T")}:00+09:00`);
  if (Number.isNaN(date.getTime())) throw new Error(`Bad Seoul time: ${local}`);
  return date;
}

/** Runs `insert` for each batch of rows, one statement per batch. */
export async function inBatches<T>(rows: readonly T[], insert: (part: T[]) => Promise<unknown>, size = BATCH_SIZE): Promise<void> {
  for (const part of chunk(rows, size)) await insert(part);
}
