import { getTableColumns, Param, SQL, sql, StringChunk, type SQLChunk } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import type { AnyPgColumn, PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "./client";

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

/** The rows a statement run with `db.execute` returns, on either driver (postgres.js gives an array, PGlite `{ rows }`). */
export async function executeRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? [])) as T[];
}

/** Rows for one table, typed by it, to be written by {@link insertFromEach}. */
export type TableRows = { table: PgTable; rows: readonly Record<string, unknown>[] };

/** `{ table, rows }` with the rows checked against the table's insert type. */
export function rowsFor<T extends PgTable>(table: T, rows: readonly T["$inferInsert"][]): TableRows {
  return { table, rows };
}

/**
 * `insert into <table> (…) select <row> from <source> union all …`: the rows are written once for each row the
 * named CTE returned, so none when it returned nothing. With a guarded update as that CTE, the update and the
 * rows that go with it are one statement (atomic, one round trip): nothing is written unless the guard matched.
 * Each value is cast to its column's type (a select list gives Postgres no column to infer a parameter's type
 * from); a column's `$defaultFn` fills what a row leaves out, as drizzle's own insert does. Every row names the
 * same columns.
 */
export function insertFromEach(source: string, { table, rows }: TableRows): SQL {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const filled = rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [key, column] of Object.entries(columns)) {
      const value = row[key] !== undefined ? row[key] : column.defaultFn ? column.defaultFn() : undefined;
      if (value !== undefined) out[key] = value;
    }
    return out;
  });
  const keys = Object.keys(filled[0] ?? {});
  for (const row of filled) {
    const rowKeys = Object.keys(row);
    if (rowKeys.length !== keys.length || rowKeys.some((key) => !keys.includes(key)))
      throw new Error("insertFromEach: every row must name the same columns");
  }
  // One flat list of chunks (parameters between the casts' text) rather than a nested `sql` per value: drizzle
  // walks every nested chunk with a chain of class checks when it writes the statement, and a submission's
  // statement has some forty values (e2e/bench/RESULTS.md, bench:rush).
  const castOf = keys.map((key) => `::${columns[key]!.getSQLType()}`);
  const chunks: SQLChunk[] = [
    new StringChunk("insert into "),
    table,
    new StringChunk(" ("),
    // A column declared without a name is named by its key, in snake_case (db/client.ts sets that casing).
    ...keys.flatMap((key, i) => [
      ...(i ? [new StringChunk(", ")] : []),
      sql.identifier(columns[key]!.keyAsName ? toSnakeCase(key) : columns[key]!.name),
    ]),
    new StringChunk(") "),
  ];
  filled.forEach((row, r) => {
    chunks.push(new StringChunk(r ? " union all select " : "select "));
    keys.forEach((key, i) => {
      const raw = row[key];
      const cast = castOf[i]! + (i < keys.length - 1 ? ", " : "");
      if (raw === null) chunks.push(new StringChunk(`null${cast}`));
      else if (raw instanceof SQL) chunks.push(new StringChunk("("), raw, new StringChunk(`)${cast}`));
      else chunks.push(new Param(columns[key]!.mapToDriverValue(raw)), new StringChunk(cast));
    });
    chunks.push(new StringChunk(" from "), sql.identifier(source));
  });
  return new SQL(chunks);
}
