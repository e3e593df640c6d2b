import { sql, type SQL } from "drizzle-orm";
import { statement } from "@/db/subquery";

/**
 * A number in [0, 1) fixed by the seed and the id: equal scores are ordered by it, so a suggestion
 * made with a recorded seed can be made again and audited. FNV-1a, then a murmur-style finaliser.
 */
export function seededTieBreak(seed: number, id: string): number {
  let h = (2166136261 ^ (seed >>> 0)) >>> 0;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/** Candidates best first: by score, then by the seeded tie-break. */
export function rankCandidates<T extends { id: string; score: number }>(candidates: readonly T[], seed: number): T[] {
  const keyed = candidates.map((c) => ({ c, tb: seededTieBreak(seed, c.id) }));
  keyed.sort((a, b) => b.c.score - a.c.score || a.tb - b.tb || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0));
  return keyed.map((k) => k.c);
}

const U32 = 4294967295;
/** a·b mod 2³² on int8 without overflow: b split in 16-bit halves (Math.imul). */
const imulSql = (a: SQL, b: number) =>
  sql`((${a} * ${b & 0xffff}::int8 + (((${a} * ${b >>> 16}::int8) & 65535) << 16)) & ${U32}::int8)`;

/**
 * seededTieBreak in SQL for an id of 36 characters (a uuid as text), as the 32-bit integer before it is divided
 * by 2³² (orders the same): FNV-1a over the characters, unrolled, then the finaliser one step per lateral column.
 * Used as `from … cross join lateral (${tieBreakSql(seed, id)}) tb` and read as `tb.key`.
 */
export function tieBreakSql(seed: number, id: SQL): SQL {
  let h: SQL = sql`(2166136261::int8 # ${seed >>> 0}::int8)`;
  for (let i = 1; i <= 36; i++)
    h = sql`(((${h} # ascii(substr(${id}, ${sql.raw(String(i))}, 1))::int8) * 16777619::int8) & ${U32}::int8)`;
  const x = (name: string) => sql.raw(name);
  // OFFSET 0 keeps each step a subquery of its own: inlined, every step would copy the one before twice (32 copies).
  return statement`select t5.key from (select ${h} as h offset 0) t0
    cross join lateral (select t0.h # (t0.h >> 16) as h offset 0) t1
    cross join lateral (select ${imulSql(x("t1.h"), 0x85ebca6b)} as h offset 0) t2
    cross join lateral (select t2.h # (t2.h >> 13) as h offset 0) t3
    cross join lateral (select ${imulSql(x("t3.h"), 0xc2b2ae35)} as h offset 0) t4
    cross join lateral (select t4.h # (t4.h >> 16) as key offset 0) t5`;
}
