import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { sessions } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { buildSessionCalendar, calendarFileName } from "@/lib/calendar";
import { DomainError, notFound } from "@/lib/errors";
import { canReadTimetable, getCohortHeader, getTimetable } from "./queries";

const uuid = z.uuid();

/**
 * The feed of an edition, or of one of its tracks (its sessions plus the whole-cohort ones). Published
 * timetables are public; any other is readable only by those with a role in the programme, and is
 * "not found" to everyone else so its existence does not leak.
 */
export async function cohortFeed(
  db: Executor,
  actor: Actor | null,
  cohortId: string,
  trackId: string | null,
  origin: string,
) {
  if (!uuid.safeParse(cohortId).success) throw notFound("No such calendar.");
  if (trackId !== null && !uuid.safeParse(trackId).success)
    throw new DomainError("validation", "The track in the address is not valid.");
  const cohort = await getCohortHeader(db, cohortId);
  if (!cohort || !canReadTimetable(actor, cohort)) throw notFound("No such calendar.");
  const timetable = await getTimetable(db, cohort, { trackId: trackId ?? undefined });
  const track = trackId ? timetable.tracks.find((t) => t.id === trackId) : null;
  if (trackId && !track) throw notFound("That track is not part of this edition.");
  const name = track ? `${cohort.title} – ${track.title}` : `${cohort.programmeTitle} – ${cohort.title}`;
  const body = buildSessionCalendar({
    name,
    timeZone: cohort.timeZone,
    url: `${origin}/programmes/${cohort.programmeSlug}`,
    edition: cohort,
    sessions: timetable.sessions,
  });
  return { body, fileName: calendarFileName(name) };
}

/** One session as a calendar file ("add to calendar"), under the same rule as its edition's feed. */
export async function sessionFeed(db: Executor, actor: Actor | null, sessionId: string, origin: string) {
  if (!uuid.safeParse(sessionId).success) throw notFound("No such session.");
  const [row] = await db
    .select({ cohortId: sessions.cohortId })
    .from(sessions)
    .where(eq(sessions.id, sessionId))
    .limit(1);
  if (!row) throw notFound("No such session.");
  const cohort = await getCohortHeader(db, row.cohortId);
  if (!cohort || !canReadTimetable(actor, cohort)) throw notFound("No such session.");
  const timetable = await getTimetable(db, cohort);
  const session = timetable.sessions.find((s) => s.id === sessionId)!;
  const body = buildSessionCalendar({
    name: session.title,
    timeZone: cohort.timeZone,
    url: `${origin}/programmes/${cohort.programmeSlug}`,
    edition: cohort,
    sessions: [session],
  });
  return { body, fileName: calendarFileName(session.title) };
}
