import "server-only";
import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { calls, cohorts, emailOutbox, programmes } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { countWhere } from "@/db/subquery";

/** Programmes the actor manages: all of them for an administrator, their own for a manager. */
function managedProgrammeIds(actor: Actor): string[] | "all" {
  if (actor.isAdmin) return "all";
  return actor.roles.filter((r) => r.role === "manager").map((r) => r.programmeId);
}

export async function getAdminDashboard(db: Executor, actor: Actor) {
  const scope = managedProgrammeIds(actor);
  const inScope =
    scope === "all"
      ? undefined
      : inArray(programmes.id, scope.length ? scope : ["00000000-0000-0000-0000-000000000000"]);
  const [programmeRows, [callFigures], [pendingEmails]] = await Promise.all([
    db
      .select({
        id: programmes.id,
        slug: programmes.slug,
        title: programmes.title,
        status: programmes.status,
        version: programmes.version,
        cohorts: countWhere(cohorts.programmeId, programmes.id),
      })
      .from(programmes)
      .where(inScope)
      .orderBy(asc(programmes.title)),
    // Counts of applications are the organisation report's (app/admin/page.tsx), not a second count here.
    db
      .select({ openCalls: count() })
      .from(calls)
      .innerJoin(cohorts, eq(cohorts.id, calls.cohortId))
      .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
      .where(and(eq(calls.status, "open"), inScope)),
    actor.isAdmin
      ? db
          .select({ n: count() })
          .from(emailOutbox)
          .where(inArray(emailOutbox.status, ["pending", "skipped"]))
      : Promise.resolve([{ n: 0 }]),
  ]);
  return {
    programmes: programmeRows,
    openCalls: callFigures?.openCalls ?? 0,
    emailsWaiting: pendingEmails?.n ?? 0,
  };
}

const OUTBOX_PAGE_SIZE = 25;

export async function listOutbox(db: Executor, options: { page?: number; to?: string }) {
  const page = Math.max(1, options.page ?? 1);
  const where = options.to ? sql`${emailOutbox.toAddress} ilike ${`%${options.to}%`}` : undefined;
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: emailOutbox.id,
        toAddress: emailOutbox.toAddress,
        subject: emailOutbox.subject,
        bodyText: emailOutbox.bodyText,
        kind: emailOutbox.kind,
        status: emailOutbox.status,
        createdAt: emailOutbox.createdAt,
      })
      .from(emailOutbox)
      .where(where)
      .orderBy(desc(emailOutbox.createdAt))
      .limit(OUTBOX_PAGE_SIZE)
      .offset((page - 1) * OUTBOX_PAGE_SIZE),
    db.select({ n: count() }).from(emailOutbox).where(where),
  ]);
  return { items, total: total?.n ?? 0, page, pageSize: OUTBOX_PAGE_SIZE };
}
