import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { rowsOf } from "../security/server";

/**
 * Every piece of text people wrote into the database (names, programme and call texts, answers, posts),
 * from its text columns and the strings inside its JSON: what a page shows of these is user content, which
 * stays in the language it was written in.
 */
export async function userContent(db: Database): Promise<string[]> {
  const columns = await rowsOf<{ table: string; column: string; type: string }>(
    db,
    sql`select c.table_name as "table", c.column_name as "column", c.data_type as "type"
        from information_schema.columns c join information_schema.tables t
          on t.table_name = c.table_name and t.table_schema = c.table_schema and t.table_type = 'BASE TABLE'
        where c.table_schema = 'public' and c.data_type in ('text', 'character varying', 'jsonb', 'ARRAY')
          and c.table_name not like '__drizzle%' and c.table_name not in ('audit_log', 'rate_limits', 'user_sessions')
        order by 1, 2`,
  );
  const found = new Set<string>();
  for (const { table, column, type } of columns) {
    const t = sql.identifier(table);
    const c = sql.identifier(column);
    const query =
      type === "jsonb"
        ? sql`select distinct v #>> '{}' as value from ${t}, jsonb_path_query(${t}.${c}, 'strict $.**') v
              where jsonb_typeof(v) = 'string'`
        : type === "ARRAY"
          ? sql`select distinct v::text as value from ${t}, unnest(${t}.${c}) v`
          : sql`select distinct ${c} as value from ${t} where ${c} is not null`;
    for (const { value } of await rowsOf<{ value: string | null }>(db, query))
      if (value && /\p{L}/u.test(value)) found.add(value.replace(/\s+/g, " ").trim());
  }
  return [...found];
}

/**
 * Whether a piece of page text is made of user content: it is part of a stored text (a paragraph of a
 * description), or what is left once the stored texts it contains are taken out has no English in it
 * (`stillEnglish`), e.g. "Seoul 2018 · CPI" or a sentence naming a programme.
 */
export function isUserContentIn(content: string[], stillEnglish: (rest: string) => boolean) {
  const long = content.filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
  return (text: string): boolean => {
    if (long.some((s) => s.includes(text))) return true;
    let rest = text;
    for (const s of long) if (rest.includes(s)) rest = rest.split(s).join(" ");
    return rest !== text && !stillEnglish(rest);
  };
}
