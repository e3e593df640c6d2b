import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  announcements,
  applications,
  attendance,
  callTracks,
  cohorts,
  enrolments,
  nominationQuotas,
  calls,
  profiles,
  programmes,
  proposals,
  sessionMaterials,
  tracks,
  users,
} from "@/db/schema";
import { feedToken } from "./codes";
import { groupByCountry, visibleParticipant } from "./directory";
import { sessionsForTrack } from "./timetable";

/** Open offers of one person, newest deadline last. */
export async function getMyOffers(db: Executor, userId: string) {
  return db
    .select({
      enrolmentId: enrolments.id,
      cohortId: cohorts.id,
      cohortTitle: cohorts.title,
      programmeTitle: programmes.title,
      // Edition and programme titles in the reader's language (lib/i18n/content.ts).
      cohortTranslations: cohorts.translations,
      programmeTranslations: programmes.translations,
      mainLanguage: programmes.mainLanguage,
      offerExpiresAt: enrolments.offerExpiresAt,
      timeZone: cohorts.timeZone,
    })
    .from(enrolments)
    .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .where(and(eq(enrolments.userId, userId), eq(enrolments.status, "offered")))
    .orderBy(asc(enrolments.offerExpiresAt));
}

/** The cohorts whose space this person may enter (confirmed or completed). */
export async function getMyCohortSpaces(db: Executor, userId: string) {
  return db
    .select({
      cohortId: cohorts.id,
      cohortTitle: cohorts.title,
      programmeTitle: programmes.title,
      // Edition and programme titles in the reader's language (lib/i18n/content.ts).
      cohortTranslations: cohorts.translations,
      programmeTranslations: programmes.translations,
      mainLanguage: programmes.mainLanguage,
      status: enrolments.status,
    })
    .from(enrolments)
    .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .where(and(eq(enrolments.userId, userId), inArray(enrolments.status, ["confirmed", "completed"])))
    .orderBy(desc(cohorts.year));
}

/**
 * One offer with what the onboarding form needs, for its holder only: userId is part of the lookup,
 * so another person's offer id finds nothing.
 */
export async function getOfferForHolder(db: Executor, userId: string, enrolmentId: string) {
  const [offer] = await db
    .select({
      id: enrolments.id,
      status: enrolments.status,
      offerExpiresAt: enrolments.offerExpiresAt,
      trackId: enrolments.trackId,
      applicationId: enrolments.applicationId,
      onboarding: enrolments.onboarding,
      sharing: enrolments.sharing,
      cohortId: cohorts.id,
      cohortTitle: cohorts.title,
      startDate: cohorts.startDate,
      endDate: cohorts.endDate,
      timeZone: cohorts.timeZone,
      programmeTitle: programmes.title,
      // Edition and programme titles in the reader's language (lib/i18n/content.ts).
      cohortTranslations: cohorts.translations,
      programmeTranslations: programmes.translations,
      mainLanguage: programmes.mainLanguage,
    })
    .from(enrolments)
    .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .where(and(eq(enrolments.id, enrolmentId), eq(enrolments.userId, userId)));
  if (!offer) return null;
  // The tracks the call offered, when the place came from a call; otherwise every track of the cohort.
  const callTrackRows = offer.applicationId
    ? await db
        .select({ id: tracks.id, title: tracks.title, field: tracks.field })
        .from(applications)
        .innerJoin(callTracks, eq(callTracks.callId, applications.callId))
        .innerJoin(tracks, eq(tracks.id, callTracks.trackId))
        .where(eq(applications.id, offer.applicationId))
        .orderBy(asc(tracks.position))
    : [];
  const trackOptions = callTrackRows.length
    ? callTrackRows
    : await db
        .select({ id: tracks.id, title: tracks.title, field: tracks.field })
        .from(tracks)
        .where(eq(tracks.cohortId, offer.cohortId))
        .orderBy(asc(tracks.position));
  return { ...offer, trackOptions };
}

/**
 * Everything the cohort space shows, for a confirmed or completed participant of that cohort; null for
 * anyone else (staff included: the space is the participants' own).
 */
export async function getCohortSpace(db: Executor, userId: string, cohortId: string) {
  const [me] = await db
    .select({
      enrolmentId: enrolments.id,
      status: enrolments.status,
      trackId: enrolments.trackId,
      onboarding: enrolments.onboarding,
      sharing: enrolments.sharing,
      certificateCode: enrolments.certificateCode,
      completedAt: enrolments.completedAt,
      cohortTitle: cohorts.title,
      timeZone: cohorts.timeZone,
      programmeId: cohorts.programmeId,
      programmeTitle: programmes.title,
      // Edition and programme titles in the reader's language (lib/i18n/content.ts).
      cohortTranslations: cohorts.translations,
      programmeTranslations: programmes.translations,
      mainLanguage: programmes.mainLanguage,
      myTimeZone: users.timeZone,
    })
    .from(enrolments)
    .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .innerJoin(users, eq(users.id, enrolments.userId))
    .where(
      and(
        eq(enrolments.cohortId, cohortId),
        eq(enrolments.userId, userId),
        inArray(enrolments.status, ["confirmed", "completed"]),
      ),
    );
  if (!me) return null;

  const [track, timetable, news, people, quotas, delegationCalls, proposal] = await Promise.all([
    me.trackId
      ? db
          .select({ id: tracks.id, title: tracks.title })
          .from(tracks)
          .where(eq(tracks.id, me.trackId))
          .then((r) => r[0] ?? null)
      : Promise.resolve(null),
    sessionsForTrack(db, cohortId, me.trackId),
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
      .limit(20),
    db
      .select({
        enrolmentId: enrolments.id,
        name: users.name,
        email: users.email,
        country: profiles.nationality,
        organisation: profiles.organisation,
        sharing: enrolments.sharing,
        trackTitle: tracks.title,
      })
      .from(enrolments)
      .innerJoin(users, eq(users.id, enrolments.userId))
      .leftJoin(profiles, eq(profiles.userId, enrolments.userId))
      .leftJoin(tracks, eq(tracks.id, enrolments.trackId))
      .where(and(eq(enrolments.cohortId, cohortId), inArray(enrolments.status, ["confirmed", "completed"])))
      .orderBy(asc(users.name)),
    db
      .select({ id: nominationQuotas.id })
      .from(nominationQuotas)
      .innerJoin(calls, eq(calls.id, nominationQuotas.callId))
      .where(eq(calls.cohortId, cohortId))
      .limit(1),
    db.select({ rules: calls.balanceRules }).from(calls).where(eq(calls.cohortId, cohortId)),
    db
      .select({ id: proposals.id, status: proposals.status, title: proposals.title })
      .from(proposals)
      .where(eq(proposals.enrolmentId, me.enrolmentId))
      .then((r) => r[0] ?? null),
  ]);

  const sessionIds = timetable.map((s) => s.id);
  const [materials, mine, outstanding] = sessionIds.length
    ? await Promise.all([
        db
          .select({
            id: sessionMaterials.id,
            sessionId: sessionMaterials.sessionId,
            kind: sessionMaterials.kind,
            title: sessionMaterials.title,
            url: sessionMaterials.url,
            fileName: sessionMaterials.fileName,
            sizeBytes: sessionMaterials.sizeBytes,
          })
          .from(sessionMaterials)
          .where(inArray(sessionMaterials.sessionId, sessionIds))
          .orderBy(asc(sessionMaterials.createdAt)),
        db
          .select({ sessionId: attendance.sessionId, status: attendance.status })
          .from(attendance)
          .where(and(eq(attendance.enrolmentId, me.enrolmentId), inArray(attendance.sessionId, sessionIds))),
        outstandingProposalsFor(db, sessionIds),
      ])
    : [[], [], []];

  const hasDelegations =
    quotas.length > 0 || delegationCalls.some((c) => Boolean((c.rules as { delegations?: unknown }).delegations));
  const directory = people.map((p) => visibleParticipant(p, p.enrolmentId === me.enrolmentId));
  return {
    me: { ...me, track, feedToken: feedToken(me.enrolmentId) },
    timetable,
    announcements: news,
    materials,
    myAttendance: new Map(mine.map((a) => [a.sessionId, a.status])),
    outstanding,
    directory,
    delegations: hasDelegations ? groupByCountry(directory) : null,
    proposal,
  };
}

/** Outstanding proposals to be presented at these sessions (CPI Day), with their authors. */
async function outstandingProposalsFor(db: Executor, sessionIds: readonly string[]) {
  if (sessionIds.length === 0) return [];
  return db
    .select({
      id: proposals.id,
      sessionId: proposals.presentationSessionId,
      title: proposals.title,
      field: proposals.field,
      author: users.name,
    })
    .from(proposals)
    .innerJoin(enrolments, eq(enrolments.id, proposals.enrolmentId))
    .innerJoin(users, eq(users.id, enrolments.userId))
    .where(and(eq(proposals.isOutstanding, true), inArray(proposals.presentationSessionId, [...sessionIds])))
    .orderBy(asc(proposals.title));
}
