import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";

/**
 * Keyset pagination: a page starts after (or ends before) the last row the reader saw, so page 4,000 costs what
 * page 1 costs (no OFFSET that reads and throws away every row before it). A sort is a list of keys, all in one
 * direction and never null, the last one unique (the row's id); the cursor in the URL is the key values of the
 * edge row, opaque to the reader and parsed like any other input.
 */
type KeysetKey = { expr: SQL; type: "timestamptz" | "text" | "uuid" | "boolean" | "integer" | "float8" };
export type KeysetSort = { keys: KeysetKey[]; direction: "asc" | "desc" };
export type Cursor = { side: "after" | "before"; values: (string | number | boolean)[] };

const valuesSchema = z
  .array(z.union([z.string().max(500), z.number(), z.boolean()]))
  .min(1)
  .max(8);

/** The cursor of the URL (?after= or ?before=); anything malformed is no cursor (the first page), never a 500. */
export function parseCursor(params: { after?: string | null; before?: string | null }): Cursor | null {
  const side = params.after ? "after" : params.before ? "before" : null;
  if (!side) return null;
  try {
    const decoded = JSON.parse(Buffer.from((params.after ?? params.before)!, "base64url").toString("utf8"));
    const values = valuesSchema.safeParse(decoded);
    return values.success ? { side, values: values.data } : null;
  } catch {
    return null;
  }
}

function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values), "utf8").toString("base64url");
}

/** The key values of a row as one column; select it as `keyset` beside the row's columns. */
export function keysetColumn(sort: KeysetSort): SQL<unknown[]> {
  return sql<unknown[]>`json_build_array(${sql.join(
    sort.keys.map((k) => k.expr),
    sql`, `,
  )})`;
}

/**
 * The WHERE (rows past the cursor), ORDER BY and LIMIT of one page. Reading backwards ("before") orders the
 * other way; keysetPage() turns the rows round again.
 */
export function keysetQuery(sort: KeysetSort, cursor: Cursor | null, pageSize: number) {
  const backwards = cursor?.side === "before";
  const ascending = (sort.direction === "asc") !== backwards;
  let where: SQL | undefined;
  if (cursor && cursor.values.length === sort.keys.length) {
    const row = sql.join(
      sort.keys.map((k) => k.expr),
      sql`, `,
    );
    // The value goes as text and is cast in SQL: a parameter cast straight to a type is typed by Postgres, and
    // the postgres driver then serialises a string for it by that type (the string "true" as a boolean is false).
    const values = sql.join(
      sort.keys.map((k, i) => sql`cast(cast(${String(cursor.values[i])} as text) as ${sql.raw(k.type)})`),
      sql`, `,
    );
    where = ascending ? sql`(${row}) > (${values})` : sql`(${row}) < (${values})`;
  }
  const orderBy = sort.keys.map((k) => (ascending ? sql`${k.expr} asc` : sql`${k.expr} desc`));
  return { where, orderBy, limit: pageSize + 1 };
}

/** The page's rows in reading order, with the cursors of the next and previous pages (null when there is none). */
export function keysetPage<T extends { keyset: unknown[] }>(
  rows: T[],
  cursor: Cursor | null,
  pageSize: number,
): { items: Omit<T, "keyset">[]; next: string | null; previous: string | null } {
  const more = rows.length > pageSize;
  const page = rows.slice(0, pageSize);
  if (cursor?.side === "before") page.reverse();
  const first = page[0];
  const last = page[page.length - 1];
  const hasNext = cursor?.side === "before" ? true : more;
  const hasPrevious = cursor?.side === "before" ? more : cursor !== null;
  return {
    items: page.map(({ keyset: _k, ...item }) => item),
    next: hasNext && last ? encodeCursor(last.keyset) : null,
    previous: hasPrevious && first ? encodeCursor(first.keyset) : null,
  };
}
