import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { applications, calls, cohorts, nominationQuotas, organisations, users } from "@/db/schema";

/** The quotas a focal point holds, with their nominees' statuses; focalPointId is required. */
export async function listFocalPointQuotas(db: Executor, focalPointId: string) {
  const quotas = await db
    .select({
      id: nominationQuotas.id,
      quota: nominationQuotas.quota,
      country: nominationQuotas.country,
      organisation: organisations.name,
      callId: calls.id,
      callTitle: calls.title,
      callStatus: calls.status,
      closesAt: calls.closesAt,
      timeZone: cohorts.timeZone,
    })
    .from(nominationQuotas)
    .innerJoin(organisations, eq(organisations.id, nominationQuotas.organisationId))
    .innerJoin(calls, eq(calls.id, nominationQuotas.callId))
    .innerJoin(cohorts, eq(cohorts.id, calls.cohortId))
    .where(eq(nominationQuotas.focalPointId, focalPointId))
    .orderBy(asc(calls.closesAt));
  if (quotas.length === 0) return [];
  const nominees = await db
    .select({
      quotaId: applications.nominationQuotaId,
      id: applications.id,
      reference: applications.reference,
      status: applications.status,
      submittedAt: applications.submittedAt,
      name: users.name,
      email: users.email,
    })
    .from(applications)
    .innerJoin(users, eq(users.id, applications.applicantId))
    .where(
      and(
        inArray(
          applications.nominationQuotaId,
          quotas.map((q) => q.id),
        ),
      ),
    )
    .orderBy(asc(applications.createdAt));
  return quotas.map((q) => {
    const list = nominees.filter((n) => n.quotaId === q.id);
    return { ...q, nominees: list, used: list.filter((n) => n.status !== "withdrawn").length };
  });
}

/** Whether the user is a focal point at all (for navigation). */
export async function isFocalPoint(db: Executor, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: nominationQuotas.id })
    .from(nominationQuotas)
    .where(eq(nominationQuotas.focalPointId, userId))
    .limit(1);
  return Boolean(row);
}
