import "server-only";
import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { subquery } from "@/db/subquery";
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

/** The columns of an edition's header (its programme beside it). */
const headerColumns = {
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
  // The title and location in other languages, and the language they fall back to (lib/i18n/content.ts).
  translations: cohorts.translations,
  mainLanguage: programmes.mainLanguage,
};

/** The edition with its programme, for access checks and page headers. */
export async function getCohortHeader(db: Executor, cohortId: string) {
  const [row] = await db
    .select(headerColumns)
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

type TimetableRows = {
  phases: { id: string; title: string; mode: string; startDate: string; endDate: string }[];
  tracks: (Pick<typeof tracks.$inferSelect, "id" | "title" | "field" | "level" | "capacity"> & {
    partners: TrackPartner[];
  })[];
  sessions: (Omit<typeof sessions.$inferSelect, "cohortId" | "startsAt" | "endsAt"> & {
    startsAt: string;
    endsAt: string;
    trackIds: string[];
  })[];
};

/**
 * An edition's phases, tracks (with their partners) and sessions (with their track ids) as one json column,
 * correlated to `cohortId` (a value, or the outer query's cohorts.id): so a page can read them in the same
 * statement as the edition itself. Orders as the pages show them.
 */
function timetableSql(cohortId: SQL) {
  return subquery<TimetableRows>`json_build_object(
    'phases', (select coalesce(json_agg(json_build_object('id', ph.id, 'title', ph.title, 'mode', ph.mode,
        'startDate', ph.start_date, 'endDate', ph.end_date) order by ph.start_date, ph.position), '[]'::json)
      from ${cohortPhases} ph where ph.cohort_id = ${cohortId}),
    'tracks', (select coalesce(json_agg(json_build_object('id', tr.id, 'title', tr.title, 'field', tr.field,
        'level', tr.level, 'capacity', tr.capacity,
        'partners', (select coalesce(json_agg(json_build_object('id', o.id, 'name', o.name) order by o.name), '[]'::json)
          from ${trackPartners} tp join ${organisations} o on o.id = tp.organisation_id where tp.track_id = tr.id))
        order by tr.position, tr.title), '[]'::json)
      from ${tracks} tr where tr.cohort_id = ${cohortId}),
    'sessions', (select coalesce(json_agg(json_build_object('id', se.id, 'title', se.title, 'kind', se.kind,
        'startsAt', se.starts_at, 'endsAt', se.ends_at, 'venue', se.venue, 'onlineUrl', se.online_url,
        'speakers', se.speakers, 'description', se.description, 'audienceLevel', se.audience_level,
        'status', se.status, 'statusReason', se.status_reason, 'version', se.version,
        'trackIds', (select coalesce(json_agg(st.track_id), '[]'::json) from ${sessionTracks} st where st.session_id = se.id))
        order by se.starts_at, se.title), '[]'::json)
      from ${sessions} se where se.cohort_id = ${cohortId}))`;
}

/** The rows of timetableSql() as the pages read them: times as dates, the warnings, a track's view. */
function toTimetable(
  rows: TimetableRows,
  cohort: Pick<CohortHeader, "startDate" | "endDate" | "timeZone">,
  options: { trackId?: string },
) {
  const { phases } = rows;
  const all = rows.sessions.map((s) => ({ ...s, startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) }));
  const warnings = timetableWarnings(
    { startDate: cohort.startDate, endDate: cohort.endDate, timeZone: cohort.timeZone, phases },
    all,
  );
  // Filtering by a track keeps that track's sessions and the whole-cohort ones.
  const shown = options.trackId
    ? all.filter((s) => s.trackIds.length === 0 || s.trackIds.includes(options.trackId!))
    : all;
  return { phases, tracks: rows.tracks, sessions: shown, warnings };
}

/** Phases, tracks (with their partners) and sessions (with their track ids) of one edition, plus the warnings: one statement. */
export async function getTimetable(
  db: Executor,
  cohort: Pick<CohortHeader, "id" | "startDate" | "endDate" | "timeZone">,
  options: { trackId?: string } = {},
) {
  const [row] = await db
    .select({ timetable: timetableSql(sql`${cohort.id}::uuid`) })
    .from(sql`(values (1)) as one (x)`);
  return toTimetable(row!.timetable, cohort, options);
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

/** A published edition's timetable for the public page, with the edition: one statement; null when it is not public. */
export async function getPublicTimetable(db: Executor, cohortId: string) {
  const [row] = await db
    .select({ ...headerColumns, timetable: timetableSql(sql`${cohorts.id}`) })
    .from(cohorts)
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .where(
      and(
        eq(cohorts.id, cohortId),
        eq(cohorts.isPublished, true),
        inArray(programmes.status, ["published", "archived"]),
      ),
    )
    .limit(1);
  if (!row || !isTimetablePublic(row)) return null;
  const { timetable, ...cohort } = row;
  return { cohort, timetable: toTimetable(timetable, cohort, {}) };
}
