import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { sessions } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, notFound } from "@/lib/errors";
import { buildCalendar } from "./ics";
import { canReadTimetable, getCohortHeader, getTimetable } from "./queries";

const uuid = z.uuid();

/** "CPI 2023 – Performing Arts 1" -> "cpi-2023-performing-arts-1.ics" */
function fileName(name: string): string {
  return `${name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 80) || "timetable"}.ics`;
}

/**
 * The feed of an edition, or of one of its tracks (its sessions plus the whole-cohort ones). Published
 * timetables are public; any other is readable only by those with a role in the programme, and is
 * "not found" to everyone else so its existence does not leak.
 */
export async function cohortFeed(db: Executor, actor: Actor | null, cohortId: string, trackId: string | null, origin: string) {
  if (!uuid.safeParse(cohortId).success) throw notFound("No such calendar.");
  if (trackId !== null && !uuid.safeParse(trackId).success) throw new DomainError("validation", "The track in the address is not valid.");
  const cohort = await getCohortHeader(db, cohortId);
  if (!cohort || !canReadTimetable(actor, cohort)) throw notFound("No such calendar.");
  const timetable = await getTimetable(db, cohort, { trackId: trackId ?? undefined });
  const track = trackId ? timetable.tracks.find((t) => t.id === trackId) : null;
  if (trackId && !track) throw notFound("That track is not part of this edition.");
  const name = track ? `${cohort.title} – ${track.title}` : `${cohort.programmeTitle} – ${cohort.title}`;
  const body = buildCalendar({
    name,
    timeZone: cohort.timeZone,
    url: `${origin}/programmes/${cohort.programmeSlug}`,
    cohortCancelled: cohort.status === "cancelled",
    cohortPostponedTba: cohort.status === "postponed" && cohort.startDate === null,
    sessions: timetable.sessions,
  });
  return { body, fileName: fileName(name) };
}

/** One session as a calendar file ("add to calendar"), under the same rule as its edition's feed. */
export async function sessionFeed(db: Executor, actor: Actor | null, sessionId: string, origin: string) {
  if (!uuid.safeParse(sessionId).success) throw notFound("No such session.");
  const [row] = await db.select({ cohortId: sessions.cohortId }).from(sessions).where(eq(sessions.id, sessionId)).limit(1);
  if (!row) throw notFound("No such session.");
  const cohort = await getCohortHeader(db, row.cohortId);
  if (!cohort || !canReadTimetable(actor, cohort)) throw notFound("No such session.");
  const timetable = await getTimetable(db, cohort);
  const session = timetable.sessions.find((s) => s.id === sessionId)!;
  const body = buildCalendar({ name: session.title, timeZone: cohort.timeZone, url: `${origin}/programmes/${cohort.programmeSlug}`, cohortCancelled: cohort.status === "cancelled", cohortPostponedTba: cohort.status === "postponed" && cohort.startDate === null, sessions: [session] });
  return { body, fileName: fileName(session.title) };
}

export function calendarResponse(feed: { body: string; fileName: string }): Response {
  return new Response(feed.body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `inline; filename="${feed.fileName}"`,
      "cache-control": "private, max-age=300",
    },
  });
}
