import { sql } from "drizzle-orm";
import type { Database } from "./client";
import { executeRows } from "./subquery";
import journal from "./migrations/meta/_journal.json";

export type Readiness = { ready: boolean; database: boolean; migrations: { applied: number; expected: number } };

/**
 * Whether this instance may take traffic (/api/ready): the database answers, and every migration this build
 * carries has been applied (drizzle's own table records each one with its journal time). A new version behind
 * a load balancer stays out of rotation until `npm run db:migrate` has run.
 */
export async function readiness(db: Database): Promise<Readiness> {
  const expected = journal.entries.length;
  const latest = Math.max(...journal.entries.map((e) => e.when));
  try {
    const rows = await executeRows<{ applied: number; latest: string | number }>(
      db,
      sql`select count(*)::int as applied, coalesce(max(created_at), 0)::bigint as latest from drizzle.__drizzle_migrations`,
    );
    const applied = rows[0]?.applied ?? 0;
    return { ready: Number(rows[0]?.latest ?? 0) >= latest, database: true, migrations: { applied, expected } };
  } catch {
    // No answer, or no migrations table yet: either way not ready.
    const database = await db.execute(sql`select 1`).then(
      () => true,
      () => false,
    );
    return { ready: false, database, migrations: { applied: 0, expected } };
  }
}
