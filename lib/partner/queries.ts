import "server-only";
import { and, asc, count, countDistinct, desc, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  applications,
  calls,
  cohorts,
  enrolments,
  organisationMembers,
  organisations,
  profiles,
  programmeOrganisations,
  programmes,
  sessions,
  tracks,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { countWhere } from "@/db/subquery";
import { listTrackPartners } from "@/lib/timetable/queries";

const NONE = "00000000-0000-0000-0000-000000000000";

/** The programmes whose partner view the actor may open: those it is a partner (or manager) of; all for an administrator. */
function partnerProgrammeIds(actor: Actor): string[] | "all" {
  if (actor.isAdmin) return "all";
  return [
    ...new Set(actor.roles.filter((r) => r.role === "partner" || r.role === "manager").map((r) => r.programmeId)),
  ];
}

export async function listPartnerProgrammes(db: Executor, actor: Actor) {
  const scope = partnerProgrammeIds(actor);
  return db
    .select({
      id: programmes.id,
      title: programmes.title,
      status: programmes.status,
      startDate: programmes.startDate,
      endDate: programmes.endDate,
      cohorts: countWhere(cohorts.programmeId, programmes.id),
    })
    .from(programmes)
    .where(scope === "all" ? undefined : inArray(programmes.id, scope.length ? scope : [NONE]))
    .orderBy(asc(programmes.title));
}

/**
 * What a partner sees of one programme: its editions with counts only. No names, emails or answers:
 * every figure is an aggregate over the edition. Each track lists all its partner organisations, and
 * `ours` marks the tracks where an organisation the actor acts for is any of them.
 */
export async function getPartnerProgramme(db: Executor, actor: Actor, programmeId: string) {
  const [programme] = await db
    .select({ id: programmes.id, title: programmes.title, summary: programmes.summary, status: programmes.status })
    .from(programmes)
    .where(eq(programmes.id, programmeId))
    .limit(1);
  if (!programme) return null;
  const inProgramme = eq(cohorts.programmeId, programmeId);
  const [editions, applied, enrolled, sessionCounts, trackRows, partners, memberOf, orgs] = await Promise.all([
    db
      .select({
        id: cohorts.id,
        title: cohorts.title,
        year: cohorts.year,
        startDate: cohorts.startDate,
        endDate: cohorts.endDate,
        timeZone: cohorts.timeZone,
        status: cohorts.status,
        statusReason: cohorts.statusReason,
        capacity: cohorts.capacity,
      })
      .from(cohorts)
      .where(inProgramme)
      .orderBy(desc(cohorts.year), desc(cohorts.startDate)),
    db
      .select({ cohortId: calls.cohortId, n: count(applications.id) })
      .from(applications)
      .innerJoin(calls, eq(calls.id, applications.callId))
      .innerJoin(cohorts, eq(cohorts.id, calls.cohortId))
      .where(and(inProgramme, notInArray(applications.status, ["draft"])))
      .groupBy(calls.cohortId),
    db
      .select({
        cohortId: enrolments.cohortId,
        n: count(enrolments.id),
        countries: countDistinct(profiles.nationality),
        completed: sql<number>`count(*) filter (where ${enrolments.status} = 'completed')::int`,
      })
      .from(enrolments)
      .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
      .leftJoin(profiles, eq(profiles.userId, enrolments.userId))
      .where(and(inProgramme, inArray(enrolments.status, ["confirmed", "completed"])))
      .groupBy(enrolments.cohortId),
    db
      .select({ cohortId: sessions.cohortId, n: count(sessions.id) })
      .from(sessions)
      .innerJoin(cohorts, eq(cohorts.id, sessions.cohortId))
      .where(inProgramme)
      .groupBy(sessions.cohortId),
    db
      .select({
        cohortId: tracks.cohortId,
        id: tracks.id,
        title: tracks.title,
        level: tracks.level,
        enrolled: countWhere(enrolments.trackId, tracks.id, {
          where: inArray(enrolments.status, ["confirmed", "completed"]),
        }),
      })
      .from(tracks)
      .innerJoin(cohorts, eq(cohorts.id, tracks.cohortId))
      .where(inProgramme)
      .orderBy(asc(tracks.position), asc(tracks.title)),
    listTrackPartners(db, inProgramme),
    db
      .select({ organisationId: organisationMembers.organisationId })
      .from(organisationMembers)
      .where(eq(organisationMembers.userId, actor.userId)),
    db
      .select({ name: organisations.name, role: programmeOrganisations.role })
      .from(programmeOrganisations)
      .innerJoin(organisations, eq(organisations.id, programmeOrganisations.organisationId))
      .where(eq(programmeOrganisations.programmeId, programmeId))
      .orderBy(asc(organisations.name)),
  ]);
  const by = <T extends { cohortId: string }>(rows: T[]) => new Map(rows.map((r) => [r.cohortId, r]));
  const a = by(applied);
  const e = by(enrolled);
  const s = by(sessionCounts);
  const mine = new Set(memberOf.map((m) => m.organisationId));
  const withPartners = trackRows.map((t) => {
    const trackPartners = partners.get(t.id) ?? [];
    return { ...t, partners: trackPartners.map((p) => p.name), ours: trackPartners.some((p) => mine.has(p.id)) };
  });
  return {
    ...programme,
    organisations: orgs,
    cohorts: editions.map((c) => ({
      ...c,
      applications: a.get(c.id)?.n ?? 0,
      enrolled: e.get(c.id)?.n ?? 0,
      completed: e.get(c.id)?.completed ?? 0,
      countries: e.get(c.id)?.countries ?? 0,
      sessions: s.get(c.id)?.n ?? 0,
      tracks: withPartners.filter((t) => t.cohortId === c.id),
    })),
  };
}
