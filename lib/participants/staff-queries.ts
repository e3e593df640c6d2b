import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { subquery } from "@/db/subquery";
import {
  announcements,
  applications,
  auditLog,
  cohorts,
  enrolments,
  programmes,
  seatReplacements,
  sessionMaterials,
  sessions,
  users,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { translationSavesOf } from "./space-commands";

/** Cohorts the actor runs: every cohort for an administrator, their programmes' for a manager. */
export async function listStaffCohorts(db: Executor, actor: Actor) {
  const managed = actor.roles.filter((r) => r.role === "manager").map((r) => r.programmeId);
  if (!actor.isAdmin && managed.length === 0) return [];
  return db
    .select({
      id: cohorts.id,
      title: cohorts.title,
      year: cohorts.year,
      status: cohorts.status,
      programmeTitle: programmes.title,
    })
    .from(cohorts)
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .where(actor.isAdmin ? undefined : inArray(cohorts.programmeId, managed))
    .orderBy(desc(cohorts.year), asc(cohorts.title));
}

/** The cohort and its programme, for a staff page's title and permission scope. */
export async function getStaffCohort(db: Executor, cohortId: string) {
  const [row] = await db
    .select({
      id: cohorts.id,
      title: cohorts.title,
      status: cohorts.status,
      timeZone: cohorts.timeZone,
      programmeId: cohorts.programmeId,
      programmeTitle: programmes.title,
      mainLanguage: programmes.mainLanguage,
    })
    .from(cohorts)
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .where(eq(cohorts.id, cohortId));
  return row ?? null;
}

const proposedApplication = alias(applications, "proposed_application");
const proposedUser = alias(users, "proposed_user");

/** The cohort hub: places by status, open offers, proposed replacements, announcements and materials. */
export async function getCohortHub(db: Executor, cohortId: string) {
  const [counts, offers, replacements, news, cohortSessions] = await Promise.all([
    db
      .select({ status: enrolments.status, n: sql<number>`count(*)::int` })
      .from(enrolments)
      .where(eq(enrolments.cohortId, cohortId))
      .groupBy(enrolments.status),
    db
      .select({
        enrolmentId: enrolments.id,
        name: users.name,
        email: users.email,
        offerExpiresAt: enrolments.offerExpiresAt,
      })
      .from(enrolments)
      .innerJoin(users, eq(users.id, enrolments.userId))
      .where(and(eq(enrolments.cohortId, cohortId), eq(enrolments.status, "offered")))
      .orderBy(asc(enrolments.offerExpiresAt)),
    db
      .select({
        id: seatReplacements.id,
        freedName: users.name,
        reason: seatReplacements.reason,
        createdAt: seatReplacements.createdAt,
        proposedReference: proposedApplication.reference,
        proposedName: proposedUser.name,
        proposedStatus: proposedApplication.status,
      })
      .from(seatReplacements)
      .innerJoin(enrolments, eq(enrolments.id, seatReplacements.freedEnrolmentId))
      .innerJoin(users, eq(users.id, enrolments.userId))
      .leftJoin(proposedApplication, eq(proposedApplication.id, seatReplacements.proposedApplicationId))
      .leftJoin(proposedUser, eq(proposedUser.id, proposedApplication.applicantId))
      .where(eq(seatReplacements.cohortId, cohortId))
      .orderBy(desc(seatReplacements.createdAt)),
    db
      .select({
        id: announcements.id,
        title: announcements.title,
        body: announcements.body,
        translations: announcements.translations,
        createdAt: announcements.createdAt,
      })
      .from(announcements)
      .where(eq(announcements.cohortId, cohortId))
      .orderBy(desc(announcements.createdAt))
      .limit(10),
    db
      .select({ id: sessions.id, title: sessions.title, startsAt: sessions.startsAt })
      .from(sessions)
      .where(eq(sessions.cohortId, cohortId))
      .orderBy(asc(sessions.startsAt)),
  ]);
  const materials = cohortSessions.length
    ? await db
        .select({
          id: sessionMaterials.id,
          sessionId: sessionMaterials.sessionId,
          kind: sessionMaterials.kind,
          title: sessionMaterials.title,
          url: sessionMaterials.url,
        })
        .from(sessionMaterials)
        .where(
          inArray(
            sessionMaterials.sessionId,
            cohortSessions.map((s) => s.id),
          ),
        )
        .orderBy(asc(sessionMaterials.createdAt))
    : [];
  return {
    counts: Object.fromEntries(counts.map((c) => [c.status, c.n])) as Record<string, number>,
    offers,
    replacements,
    announcements: news,
    sessions: cohortSessions,
    materials,
  };
}

/**
 * One announcement of a cohort with its translations and the version its translations editor saves under (how
 * many saves it has had, plus one: lib/participants/space-commands.ts), read in one statement.
 */
export async function getAnnouncementTranslations(db: Executor, cohortId: string, announcementId: string) {
  const [row] = await db
    .select({
      id: announcements.id,
      title: announcements.title,
      body: announcements.body,
      translations: announcements.translations,
      version: subquery<number>`(select count(*)::int + 1 from ${auditLog} where ${translationSavesOf(announcementId)})`,
    })
    .from(announcements)
    .where(and(eq(announcements.id, announcementId), eq(announcements.cohortId, cohortId)));
  return row ?? null;
}
