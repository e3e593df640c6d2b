import "server-only";
import { and, asc, eq, gt, inArray, lte, type SQL } from "drizzle-orm";
import { subquery } from "@/db/subquery";
import type { Executor } from "@/db/client";
import { applications, callTracks, calls, cohorts, programmes, tracks } from "@/db/schema";
import { now as clockNow } from "@/lib/time/clock";

/** A call open and between its opening and closing times. */
function takingApplications(now: Date): SQL {
  return and(eq(calls.status, "open"), lte(calls.opensAt, now), gt(calls.closesAt, now))!;
}

/**
 * The open calls of one programme, as listOpenCalls() gives them, for a statement that reads the programme
 * (`programmeId` is its id column): the programme page reads its calls in the same statement as itself.
 */
export function openCallsOfProgrammeSql(
  programme: { id: SQL; title: SQL; slug: SQL; translations: SQL; mainLanguage: SQL },
  now: Date = clockNow(),
) {
  type Row = Omit<Awaited<ReturnType<typeof listOpenCalls>>[number], "closesAt"> & { closesAt: string };
  return subquery<Row[]>`(select coalesce(json_agg(json_build_object('id', ${calls.id}, 'title', ${calls.title},
      'closesAt', ${calls.closesAt}, 'nominationOnly', ${calls.nominationOnly}, 'cohortTitle', ${cohorts.title},
      'timeZone', ${cohorts.timeZone}, 'programmeTitle', ${programme.title}, 'programmeSlug', ${programme.slug},
      'translations', ${calls.translations}, 'cohortTranslations', ${cohorts.translations},
      'programmeTranslations', ${programme.translations}, 'mainLanguage', ${programme.mainLanguage})
      order by ${calls.closesAt}), '[]'::json)
    from ${calls} join ${cohorts} on ${cohorts.id} = ${calls.cohortId}
    where ${cohorts.programmeId} = ${programme.id} and ${takingApplications(now)})`.mapWith((rows: Row[]) =>
    rows.map((r) => ({ ...r, closesAt: new Date(r.closesAt) })),
  );
}

/** Calls taking applications now, on published programmes; one programme's when programmeId is given. */
export async function listOpenCalls(db: Executor, options: { programmeId?: string; now?: Date } = {}) {
  const now = options.now ?? clockNow();
  return db
    .select({
      id: calls.id,
      title: calls.title,
      closesAt: calls.closesAt,
      nominationOnly: calls.nominationOnly,
      cohortTitle: cohorts.title,
      timeZone: cohorts.timeZone,
      programmeTitle: programmes.title,
      programmeSlug: programmes.slug,
      // The titles in other languages, so a list shows each in the reader's language without a query per row.
      translations: calls.translations,
      cohortTranslations: cohorts.translations,
      programmeTranslations: programmes.translations,
      mainLanguage: programmes.mainLanguage,
    })
    .from(calls)
    .innerJoin(cohorts, eq(cohorts.id, calls.cohortId))
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .where(
      and(
        takingApplications(now),
        inArray(programmes.status, ["published", "archived"]),
        options.programmeId ? eq(programmes.id, options.programmeId) : undefined,
      ),
    )
    .orderBy(asc(calls.closesAt));
}

/** A call as the public sees it (never a draft), with its tracks and, for a signed-in viewer, their application. */
export async function getPublicCall(db: Executor, callId: string, viewerId: string | null) {
  const [call] = await db
    .select({
      id: calls.id,
      title: calls.title,
      description: calls.description,
      translations: calls.translations,
      mainLanguage: programmes.mainLanguage,
      programmeTranslations: programmes.translations,
      status: calls.status,
      opensAt: calls.opensAt,
      closesAt: calls.closesAt,
      eligibility: calls.eligibility,
      nominationOnly: calls.nominationOnly,
      allowEditAfterSubmit: calls.allowEditAfterSubmit,
      cohortTitle: cohorts.title,
      timeZone: cohorts.timeZone,
      programmeId: programmes.id,
      programmeTitle: programmes.title,
      programmeSlug: programmes.slug,
    })
    .from(calls)
    .innerJoin(cohorts, eq(cohorts.id, calls.cohortId))
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .where(
      and(
        eq(calls.id, callId),
        inArray(calls.status, ["open", "closed"]),
        inArray(programmes.status, ["published", "archived"]),
      ),
    )
    .limit(1);
  if (!call) return null;
  const [offered, mine] = await Promise.all([
    db
      .select({ id: tracks.id, title: tracks.title })
      .from(callTracks)
      .innerJoin(tracks, eq(tracks.id, callTracks.trackId))
      .where(eq(callTracks.callId, callId))
      .orderBy(asc(tracks.position)),
    viewerId
      ? db
          .select({ id: applications.id, status: applications.status })
          .from(applications)
          .where(and(eq(applications.callId, callId), eq(applications.applicantId, viewerId)))
          .limit(1)
      : Promise.resolve([]),
  ]);
  return { ...call, tracks: offered, myApplication: mine[0] ?? null };
}
