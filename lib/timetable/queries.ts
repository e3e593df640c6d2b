import "server-only";
import { and, asc, eq, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  cohortPhases,
  cohorts,
  organisations,
  programmes,
  sessionTracks,
  sessions,
  trackPartners,
  tracks,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { can } from "@/lib/auth/permissions";
import { timetableWarnings } from "./warnings";

export type CohortHeader = NonNullable<Awaited<ReturnType<typeof getCohortHeader>>>;

/** The edition with its programme, for access checks and page headers. */
export async function getCohortHeader(db: Executor, cohortId: string) {
  const [row] = await db
    .select({
      id: cohorts.id,
      programmeId: cohorts.programmeId,
      programmeTitle: programmes.title,
      programmeSlug: programmes.slug,
      programmeStatus: programmes.status,
      title: cohorts.title,
      year: cohorts.year,
      startDate: cohorts.startDate,
      endDate: cohorts.endDate,
      timeZone: cohorts.timeZone,
      format: cohorts.format,
      location: cohorts.location,
      capacity: cohorts.capacity,
      status: cohorts.status,
      statusReason: cohorts.statusReason,
      isPublished: cohorts.isPublished,
      version: cohorts.version,
    })
    .from(cohorts)
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .where(eq(cohorts.id, cohortId))
    .limit(1);
  return row ?? null;
}

/** A published edition of a public programme has a public timetable; others only for those with a role in it. */
function isTimetablePublic(cohort: { isPublished: boolean; programmeStatus: string }): boolean {
  return cohort.isPublished && (cohort.programmeStatus === "published" || cohort.programmeStatus === "archived");
}

export function canReadTimetable(
  actor: Actor | null,
  cohort: { programmeId: string; isPublished: boolean; programmeStatus: string },
): boolean {
  return (
    isTimetablePublic(cohort) ||
    can(actor, "programme.viewPartner", { programmeId: cohort.programmeId }) ||
    can(actor, "participant.space", { programmeId: cohort.programmeId })
  );
}

export type TrackPartner = { id: string; name: string };

/**
 * The partner organisations of every track that `where` (a condition on tracks or their cohort) selects, by
 * track id, each track's partners in name order. One query whatever the number of tracks.
 */
export async function listTrackPartners(db: Executor, where: SQL | undefined): Promise<Map<string, TrackPartner[]>> {
  const rows = await db
    .select({ trackId: trackPartners.trackId, id: organisations.id, name: organisations.name })
    .from(trackPartners)
    .innerJoin(tracks, eq(tracks.id, trackPartners.trackId))
    .innerJoin(cohorts, eq(cohorts.id, tracks.cohortId))
    .innerJoin(organisations, eq(organisations.id, trackPartners.organisationId))
    .where(where)
    .orderBy(asc(organisations.name));
  const byTrack = new Map<string, TrackPartner[]>();
  for (const { trackId, ...partner } of rows) byTrack.set(trackId, [...(byTrack.get(trackId) ?? []), partner]);
  return byTrack;
}

/** Phases, tracks (with their partners) and sessions (with their track ids) of one edition, plus the warnings. */
export async function getTimetable(
  db: Executor,
  cohort: Pick<CohortHeader, "id" | "startDate" | "endDate" | "timeZone">,
  options: { trackId?: string } = {},
) {
  const [phases, trackRows, partners, sessionRows, links] = await Promise.all([
    db
      .select({
        id: cohortPhases.id,
        title: cohortPhases.title,
        mode: cohortPhases.mode,
        startDate: cohortPhases.startDate,
        endDate: cohortPhases.endDate,
      })
      .from(cohortPhases)
      .where(eq(cohortPhases.cohortId, cohort.id))
      .orderBy(asc(cohortPhases.startDate), asc(cohortPhases.position)),
    db
      .select({
        id: tracks.id,
        title: tracks.title,
        field: tracks.field,
        level: tracks.level,
        capacity: tracks.capacity,
      })
      .from(tracks)
      .where(eq(tracks.cohortId, cohort.id))
      .orderBy(asc(tracks.position), asc(tracks.title)),
    listTrackPartners(db, eq(tracks.cohortId, cohort.id)),
    db
      .select({
        id: sessions.id,
        title: sessions.title,
        kind: sessions.kind,
        startsAt: sessions.startsAt,
        endsAt: sessions.endsAt,
        venue: sessions.venue,
        onlineUrl: sessions.onlineUrl,
        speakers: sessions.speakers,
        description: sessions.description,
        audienceLevel: sessions.audienceLevel,
        status: sessions.status,
        statusReason: sessions.statusReason,
        version: sessions.version,
      })
      .from(sessions)
      .where(eq(sessions.cohortId, cohort.id))
      .orderBy(asc(sessions.startsAt), asc(sessions.title)),
    db
      .select({ sessionId: sessionTracks.sessionId, trackId: sessionTracks.trackId })
      .from(sessionTracks)
      .innerJoin(sessions, eq(sessions.id, sessionTracks.sessionId))
      .where(eq(sessions.cohortId, cohort.id)),
  ]);
  const tracksOf = new Map<string, string[]>();
  for (const l of links) tracksOf.set(l.sessionId, [...(tracksOf.get(l.sessionId) ?? []), l.trackId]);
  const all = sessionRows.map((s) => ({ ...s, trackIds: tracksOf.get(s.id) ?? [] }));
  const warnings = timetableWarnings(
    { startDate: cohort.startDate, endDate: cohort.endDate, timeZone: cohort.timeZone, phases },
    all,
  );
  // Filtering by a track keeps that track's sessions and the whole-cohort ones.
  const shown = options.trackId
    ? all.filter((s) => s.trackIds.length === 0 || s.trackIds.includes(options.trackId!))
    : all;
  const withPartners = trackRows.map((t) => ({ ...t, partners: partners.get(t.id) ?? [] }));
  return { phases, tracks: withPartners, sessions: shown, warnings };
}

/** One session with its track ids, for the edit form; null unless it belongs to the given edition. */
export async function getSessionForEdit(db: Executor, cohortId: string, sessionId: string) {
  const [row] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.id, sessionId), eq(sessions.cohortId, cohortId)))
    .limit(1);
  if (!row) return null;
  const links = await db
    .select({ trackId: sessionTracks.trackId })
    .from(sessionTracks)
    .where(eq(sessionTracks.sessionId, sessionId));
  return { ...row, trackIds: links.map((l) => l.trackId) };
}

/** A published edition's timetable for the public page; null when it is not public. */
export async function getPublicTimetable(db: Executor, cohortId: string) {
  const cohort = await getCohortHeader(db, cohortId);
  if (!cohort || !isTimetablePublic(cohort)) return null;
  return { cohort, timetable: await getTimetable(db, cohort) };
}
