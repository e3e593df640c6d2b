import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "./client";
import { subquery } from "./subquery";

/*
 * Live figures kept in `report_snapshots` until what they count changes. A page's aggregate (a programme's
 * participants, the directory's filters) is read as a column of the page's own statement: the kept figures when
 * their version is the one `figure_versions` holds now (triggers bump it in every writer's transaction, migration
 * 0016), else counted there and then, inside the same statement, and returned with the version they were counted
 * at for {@link storeCounted} to keep. So the figures are always those of the statement's snapshot (exact, never
 * "as of a minute ago"), and the aggregate runs once per change, not once per request.
 */

/** What a kept column reads: the figures, and when they were just counted, what {@link storeCounted} keeps. */
export type Kept<T> = { data: T; counted: Counted<T> | null };
export type Counted<T> = { key: string; version: number; data: T };

/**
 * A column of figures kept under `key`, counted by `count` (a json expression, correlated as needed) only when the
 * kept ones are missing or older than `versionKey`'s version. Postgres evaluates the `else` branch (and so the
 * aggregate) only when it is taken.
 */
export function keptSql<T>(keys: { key: SQL | string; versionKey: SQL | string }, count: SQL<T>): SQL<Kept<T>> {
  return subquery<{
    data: T;
    counted: { key: string; version: number | string } | null;
  }>`(select case when ks.version = kv.version then json_build_object('data', ks.data, 'counted', null)
      else json_build_object('data', ${count}, 'counted', json_build_object('key', ${keys.key}::text,
        'version', kv.version)) end
    from (select coalesce((select fv.version from figure_versions fv where fv.key = ${keys.versionKey}::text), 0) as version) kv
    left join report_snapshots ks on ks.key = ${keys.key}::text)`.mapWith((value) => {
    const read = (typeof value === "string" ? JSON.parse(value) : value) as {
      data: T;
      counted: { key: string; version: number | string } | null;
    };
    return {
      data: read.data,
      counted: read.counted ? { key: read.counted.key, version: Number(read.counted.version), data: read.data } : null,
    };
  });
}

/**
 * Keeps figures a reader just counted (one statement, none when there is nothing to keep). A count replaces the
 * kept one only when its version is newer: a reader whose snapshot is older than the last writer's never puts its
 * figures back over newer ones, and figures kept at an older version are counted again by the next reader.
 */
export async function storeCounted(db: Executor, counted: readonly (Counted<unknown> | null)[]): Promise<void> {
  const rows = counted.filter((c): c is Counted<unknown> => c !== null);
  if (!rows.length) return;
  await db.execute(sql`insert into report_snapshots (key, computed_at, version, data)
    values ${sql.join(
      rows.map((r) => sql`(${r.key}, now(), ${r.version}::bigint, ${JSON.stringify(r.data)}::jsonb)`),
      sql`, `,
    )}
    on conflict (key) do update set computed_at = excluded.computed_at, version = excluded.version, data = excluded.data
    where report_snapshots.version < excluded.version`);
}
