import type { Executor } from "@/db/client";
import { auditLog } from "@/db/schema";
import { now as clockNow } from "@/lib/time/clock";

type AuditValues = Record<string, unknown>;

type AuditWrite = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  data?: Record<string, unknown>;
  /** The fields the change touched, as they were and as they became; /admin/audit shows them as a diff. */
  before?: AuditValues | null;
  after?: AuditValues | null;
  at?: Date;
};

function row(entry: AuditWrite, at: Date) {
  const data: Record<string, unknown> = { ...entry.data };
  if (entry.before !== undefined) data.before = entry.before;
  if (entry.after !== undefined) data.after = entry.after;
  return {
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    data,
    // The app's clock, not the database's, so a shifted clock (tests, demos) dates the log like everything else.
    createdAt: entry.at ?? at,
  };
}

/** Written inside the command's transaction, so the record and the change land together or not at all. */
export async function writeAudit(tx: Executor, entry: AuditWrite): Promise<void> {
  await tx.insert(auditLog).values(row(entry, clockNow()));
}

/** Several entries in one statement (a batch of moves, an import). */
export async function writeAudits(tx: Executor, entries: readonly AuditWrite[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(auditLog).values(auditRows(entries));
}

/** The audit_log rows of these entries, for a caller that writes them within a statement of its own (db/subquery.ts insertFromEach). */
export function auditRows(entries: readonly AuditWrite[]): (typeof auditLog.$inferInsert)[] {
  const at = clockNow();
  return entries.map((e) => row(e, at));
}

/**
 * Only the fields whose value changed, on both sides: what an audit row keeps as before/after, so the
 * log shows the change rather than two copies of the record.
 */
export function changedFields(
  before: AuditValues,
  after: AuditValues,
): { before: AuditValues; after: AuditValues } | null {
  const out = { before: {} as AuditValues, after: {} as AuditValues };
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key] ?? null) === JSON.stringify(after[key] ?? null)) continue;
    out.before[key] = before[key] ?? null;
    out.after[key] = after[key] ?? null;
  }
  return Object.keys(out.after).length ? out : null;
}
