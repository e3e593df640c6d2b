import "server-only";
import { and, desc, eq, gte, like, lt, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { addDays, fromWallTime } from "@/lib/time";
import type { AuditFilter } from "./schemas";

export const AUDIT_PAGE_SIZE = 50;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type AuditRow = {
  id: number;
  at: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  actorId: string | null;
  actorName: string | null;
  data: Record<string, unknown>;
};

/** A person given as an id or an email, as a user id (null when nobody has it). */
async function personId(db: Executor, person: string): Promise<string | null> {
  if (UUID.test(person)) return person.toLowerCase();
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, person.toLowerCase()))
    .limit(1);
  return row?.id ?? null;
}

/**
 * The audit log, newest first, filtered by person (what they did and what was done to their account),
 * record, action and days in the reader's zone. Keyset pages: `after` is the last id of the page before,
 * so a page costs the same however deep it is and rows written meanwhile do not shift it.
 * Callers check "admin.audit" first (the page does).
 */
export async function listAudit(
  db: Executor,
  filter: AuditFilter,
  timeZone: string,
): Promise<{ rows: AuditRow[]; nextAfter: number | null }> {
  const where: (SQL | undefined)[] = [];
  if (filter.person) {
    const id = await personId(db, filter.person);
    if (!id) return { rows: [], nextAfter: null };
    where.push(or(eq(auditLog.actorId, id), and(eq(auditLog.entityType, "user"), eq(auditLog.entityId, id))));
  }
  if (filter.record) {
    const [type, id] = filter.record.split(":") as [string, string];
    where.push(and(eq(auditLog.entityType, type), eq(auditLog.entityId, id)));
  }
  if (filter.action) {
    where.push(
      filter.action.endsWith(".")
        ? like(auditLog.action, `${filter.action.replace(/[%_\\]/g, "\\$&")}%`)
        : eq(auditLog.action, filter.action),
    );
  }
  if (filter.from) where.push(gte(auditLog.createdAt, fromWallTime(filter.from, "00:00", timeZone)));
  if (filter.to) where.push(lt(auditLog.createdAt, fromWallTime(addDays(filter.to, 1), "00:00", timeZone)));
  if (filter.after) where.push(lt(auditLog.id, filter.after));
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.createdAt,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      actorId: auditLog.actorId,
      actorName: users.name,
      data: auditLog.data,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1);
  const more = rows.length > AUDIT_PAGE_SIZE;
  const page = more ? rows.slice(0, AUDIT_PAGE_SIZE) : rows;
  return { rows: page, nextAfter: more ? page[page.length - 1]!.id : null };
}

/** The actions the log holds, for the filter's list. */
export async function auditActions(db: Executor): Promise<string[]> {
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action);
  return rows.map((r) => r.action);
}
