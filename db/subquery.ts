import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgColumn } from "drizzle-orm/pg-core";

/**
 * A subquery inside a drizzle query, written like `sql`: `subquery<number>\`(select count(*)::int from ${a} where ${a.x} = ${b.id})\``.
 *
 * In the select list of a one-table select, drizzle replaces every column it finds directly in a `sql` chunk by
 * its bare name (drizzle-orm#5734): `"x" = "id"`, which inside the subquery means a's own id, so the figure is
 * silently wrong. Columns inside a nested chunk keep their table, so this wraps the subquery in one.
 * eslint.config.mjs forbids `(select` in a plain `sql` template so that every subquery goes through here.
 */
export function subquery<T = unknown>(strings: TemplateStringsArray, ...params: unknown[]): SQL<T> {
  return sql<T>`${sql(strings, ...params)}`;
}

/**
 * `(select count(*) from <column's table> where <column> = <outer> [and <where>])`, both sides qualified:
 * the number of rows of an inner table that point at the outer row, e.g. a programme's editions with
 * `countWhere(cohorts.programmeId, programmes.id)`. `distinct` counts distinct values of a column instead of rows.
 */
export function countWhere(
  column: PgColumn,
  outer: PgColumn | SQL,
  options: { where?: SQL; distinct?: PgColumn } = {},
): SQL<number> {
  const counted = options.distinct ? sql`count(distinct ${options.distinct})` : sql`count(*)`;
  const extra = options.where ? sql` and ${options.where}` : sql``;
  return subquery<number>`(select ${counted}::int from ${column.table} where ${column} = ${outer}${extra})`;
}

/**
 * A whole statement written by hand and run with `db.execute`, every column named with its alias (`c.id`): no
 * drizzle select list rewrites it, so it may hold subqueries. Not for fragments placed inside a drizzle select.
 */
export function statement<T = unknown>(strings: TemplateStringsArray, ...params: unknown[]): SQL<T> {
  return sql<T>(strings, ...params);
}

/**
 * A column of a derived table (`db.select(…).as("page")`) under its own name, read back as the column reads
 * (a timestamp stays a Date): drizzle names a bare column of a subquery by its column name, so two tables' `id`
 * or `name` would collide.
 */
export function aliased<C extends AnyPgColumn>(
  column: C,
  alias: string,
): SQL.Aliased<C["_"]["notNull"] extends true ? C["_"]["data"] : C["_"]["data"] | null>;
export function aliased<T>(expr: SQL<T>, alias: string): SQL.Aliased<T>;
export function aliased(expr: SQL | AnyPgColumn, alias: string): SQL.Aliased {
  return ("mapFromDriverValue" in expr ? sql`${expr}`.mapWith(expr) : sql`${expr}`).as(alias);
}
