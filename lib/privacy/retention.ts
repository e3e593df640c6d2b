import { and, eq, exists, inArray, ne, or, isNotNull, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { applicationFiles, applications, calls, cohorts, retentionPolicies, type ApplicationStatus } from "@/db/schema";
import { writeAudits } from "@/lib/audit/commands";
import { now as clockNow } from "@/lib/time/clock";
import { anonymiseApplications, deleteStoredFiles } from "./anonymise";

/** Applications that ended without a place: what a programme's retention period applies to. */
const UNSUCCESSFUL: readonly ApplicationStatus[] = ["draft", "withdrawn", "rejected", "waitlisted", "declined"];

/**
 * Anonymises the unsuccessful applications of every programme with a retention period whose call closed
 * more than that many months before `now`: answers, organisation, field and files go; the row, status and
 * the country and gender snapshot stay for the statistics. Idempotent: a second run finds nothing left to
 * erase and writes nothing. Meant to run as a scheduled job (lib/jobs); exported for it and for tests.
 */
export async function applyRetention(
  db: Database,
  now: Date = clockNow(),
): Promise<{ applications: number; files: number }> {
  const { ids, keys } = await db.transaction(async (tx) => {
    const due = await tx
      .select({ id: applications.id, months: retentionPolicies.unsuccessfulMonths })
      .from(applications)
      .innerJoin(calls, eq(calls.id, applications.callId))
      .innerJoin(cohorts, eq(cohorts.id, calls.cohortId))
      .innerJoin(retentionPolicies, eq(retentionPolicies.programmeId, cohorts.programmeId))
      .where(
        and(
          inArray(applications.status, [...UNSUCCESSFUL]),
          // The instant as text with its cast: a Date inside a raw sql template is not serialised by postgres-js.
          sql`${calls.closesAt} + make_interval(months => ${retentionPolicies.unsuccessfulMonths}) <= ${now.toISOString()}::timestamptz`,
          // Only what still holds something to erase, so a second run changes nothing.
          or(
            ne(applications.answers, sql`'{}'::jsonb`),
            isNotNull(applications.snapshotOrganisation),
            isNotNull(applications.snapshotField),
            exists(
              tx
                .select({ one: sql`1` })
                .from(applicationFiles)
                .where(eq(applicationFiles.applicationId, applications.id)),
            ),
          ),
        ),
      )
      .for("update", { of: applications });
    const ids = due.map((d) => d.id);
    const keys = await anonymiseApplications(tx, ids);
    await writeAudits(
      tx,
      due.map((d) => ({
        actorId: null,
        action: "privacy.retention",
        entityType: "application",
        entityId: d.id,
        data: { retentionMonths: d.months },
        after: { answers: "erased", organisation: "erased", field: "erased" },
        at: now,
      })),
    );
    return { ids, keys };
  });
  await deleteStoredFiles(keys);
  return { applications: ids.length, files: keys.length };
}
