import "server-only";
import { asc, desc, eq, inArray, notInArray, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { applications, callTracks, calls, cohorts, programmes, tracks } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { countWhere, subquery } from "@/db/subquery";
import { applicationCountSql } from "./status-counts";

/** Programmes whose calls the actor runs: every one for an administrator, their own for a manager. */
function managedProgrammeFilter(actor: Actor): SQL | undefined {
  if (actor.isAdmin) return undefined;
  const ids = actor.roles.filter((r) => r.role === "manager").map((r) => r.programmeId);
  return inArray(programmes.id, ids.length ? ids : ["00000000-0000-0000-0000-000000000000"]);
}

export async function listManagedCalls(db: Executor, actor: Actor) {
  const scope = managedProgrammeFilter(actor);
  const rows = await db
    .select({
      id: calls.id,
      title: calls.title,
      status: calls.status,
      opensAt: calls.opensAt,
      closesAt: calls.closesAt,
      nominationOnly: calls.nominationOnly,
      cohortTitle: cohorts.title,
      timeZone: cohorts.timeZone,
      programmeTitle: programmes.title,
      drafts: countWhere(applications.callId, calls.id, { where: eq(applications.status, "draft") }),
      sent: countWhere(applications.callId, calls.id, {
        where: notInArray(applications.status, ["draft", "withdrawn"]),
      }),
    })
    .from(calls)
    .innerJoin(cohorts, eq(cohorts.id, calls.cohortId))
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .where(scope)
    .orderBy(desc(calls.closesAt));
  return rows;
}

export async function listManagedCohorts(db: Executor, actor: Actor) {
  return db
    .select({ id: cohorts.id, title: cohorts.title, timeZone: cohorts.timeZone, programmeTitle: programmes.title })
    .from(cohorts)
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .where(managedProgrammeFilter(actor))
    .orderBy(asc(programmes.title), desc(cohorts.year));
}

/**
 * A call with everything its settings and form pages need, or null when it is not the actor's to manage: one
 * statement (every page of a call starts with it, so its tracks and count ride along as subqueries).
 */
export async function getCallForAdmin(db: Executor, actor: Actor, callId: string) {
  const scope = managedProgrammeFilter(actor);
  const [call] = await db
    .select({
      id: calls.id,
      cohortId: calls.cohortId,
      title: calls.title,
      description: calls.description,
      status: calls.status,
      opensAt: calls.opensAt,
      closesAt: calls.closesAt,
      eligibility: calls.eligibility,
      form: calls.form,
      confirmationMessage: calls.confirmationMessage,
      translations: calls.translations,
      mainLanguage: programmes.mainLanguage,
      nominationOnly: calls.nominationOnly,
      allowEditAfterSubmit: calls.allowEditAfterSubmit,
      version: calls.version,
      cohortTitle: cohorts.title,
      timeZone: cohorts.timeZone,
      programmeId: programmes.id,
      programmeTitle: programmes.title,
      cohortTracks: subquery<
        { id: string; title: string }[]
      >`(select coalesce(json_agg(json_build_object('id', t.id, 'title', t.title) order by t.position, t.id), '[]'::json)
        from ${tracks} t where t.cohort_id = ${calls.cohortId})`,
      trackIds: subquery<
        string[]
      >`(select coalesce(json_agg(ct.track_id), '[]'::json) from ${callTracks} ct where ct.call_id = ${calls.id})`,
      // Kept per status by the database (status-counts.ts): a call of 100,000 is not counted on each page.
      applicationCount: applicationCountSql(calls.id),
    })
    .from(calls)
    .innerJoin(cohorts, eq(cohorts.id, calls.cohortId))
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .where(scope ? sql`${calls.id} = ${callId} and ${scope}` : eq(calls.id, callId))
    .limit(1);
  return call ?? null;
}
