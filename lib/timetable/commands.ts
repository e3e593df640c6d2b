import { and, eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database, Executor } from "@/db/client";
import { cohorts, sessionTracks, sessions, tracks } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import type { Actor } from "@/lib/auth/roles";
import { assertInScope, cohortScope, sessionScope } from "@/lib/auth/scope";
import { DomainError, notFound } from "@/lib/errors";
import { addDays, daysBetween, fromWallTime, toWallTime } from "@/lib/time";
import type {
  createSessionSchema,
  deleteSessionSchema,
  duplicateSessionSchema,
  recurringSessionSchema,
  updateSessionSchema,
} from "./schemas";
import { SESSION_LIMITS } from "./schemas";

const invalid = (fieldErrors: Record<string, string[]>) =>
  new DomainError("validation", "Please correct the highlighted fields.", fieldErrors);

async function cohortZone(tx: Executor, cohortId: string): Promise<string> {
  const [row] = await tx.select({ timeZone: cohorts.timeZone }).from(cohorts).where(eq(cohorts.id, cohortId));
  if (!row) throw notFound("That edition does not exist.");
  return row.timeZone;
}

async function checkTracks(tx: Executor, cohortId: string, trackIds: readonly string[]) {
  if ((await foreignTrackIds(tx, cohortId, trackIds)).length)
    throw invalid({ trackIds: ["Choose tracks of this edition."] });
}

/** Loads a session and checks the actor may manage its programme (read from the row, not the request). */
async function requireSessionManager(db: Executor, actor: Actor | null, sessionId: string): Promise<Actor> {
  assertInScope(actor, "cohort.manage", await sessionScope(db, sessionId), "That session does not exist.");
  return actor;
}

async function requireCohortManager(db: Executor, actor: Actor | null, cohortId: string): Promise<Actor> {
  assertInScope(actor, "cohort.manage", await cohortScope(db, cohortId), "That edition does not exist.");
  return actor;
}

/** Track ids that are not in this cohort (an id from another edition or programme is refused, not ignored). */
async function foreignTrackIds(tx: Executor, cohortId: string, trackIds: readonly string[]): Promise<string[]> {
  if (trackIds.length === 0) return [];
  const found = await tx
    .select({ id: tracks.id })
    .from(tracks)
    .where(and(eq(tracks.cohortId, cohortId), inArray(tracks.id, [...trackIds])));
  const ok = new Set(found.map((t) => t.id));
  return trackIds.filter((t) => !ok.has(t));
}

type SessionFields = Omit<z.output<typeof createSessionSchema>, "cohortId">;

function sessionColumns(input: SessionFields, timeZone: string) {
  return {
    title: input.title,
    kind: input.kind,
    startsAt: fromWallTime(input.date, input.startTime, timeZone),
    endsAt: fromWallTime(input.date, input.endTime, timeZone),
    venue: input.venue,
    onlineUrl: input.onlineUrl,
    speakers: input.speakers,
    description: input.description,
    audienceLevel: input.audienceLevel,
  };
}

async function writeTracks(tx: Executor, sessionId: string, trackIds: readonly string[]) {
  await tx.delete(sessionTracks).where(eq(sessionTracks.sessionId, sessionId));
  const unique = [...new Set(trackIds)];
  if (unique.length) await tx.insert(sessionTracks).values(unique.map((trackId) => ({ sessionId, trackId })));
}

export async function createSession(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof createSessionSchema>,
): Promise<{ sessionId: string }> {
  await requireCohortManager(db, actor, input.cohortId);
  return db.transaction(async (tx) => {
    const timeZone = await cohortZone(tx, input.cohortId);
    await checkTracks(tx, input.cohortId, input.trackIds);
    const [row] = await tx
      .insert(sessions)
      .values({ ...sessionColumns(input, timeZone), cohortId: input.cohortId })
      .returning({ id: sessions.id });
    await writeTracks(tx, row!.id, input.trackIds);
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "session.create",
      entityType: "session",
      entityId: row!.id,
      data: { cohortId: input.cohortId },
    });
    return { sessionId: row!.id };
  });
}

export async function updateSession(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof updateSessionSchema>,
): Promise<{ version: number }> {
  const who = await requireSessionManager(db, actor, input.sessionId);
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ cohortId: sessions.cohortId })
      .from(sessions)
      .where(eq(sessions.id, input.sessionId));
    if (!current) throw notFound("That session does not exist.");
    const timeZone = await cohortZone(tx, current.cohortId);
    await checkTracks(tx, current.cohortId, input.trackIds);
    const updated = await tx
      .update(sessions)
      // The version moves on every edit: calendar feeds send it as SEQUENCE so clients replace the event.
      .set({ ...sessionColumns(input, timeZone), version: sql`${sessions.version} + 1` })
      .where(and(eq(sessions.id, input.sessionId), eq(sessions.version, input.version)))
      .returning({ version: sessions.version });
    if (updated.length === 0)
      throw new DomainError("stale", "Someone else changed this session since you opened it. Reload and try again.");
    await writeTracks(tx, input.sessionId, input.trackIds);
    await writeAudit(tx, {
      actorId: who.userId,
      action: "session.update",
      entityType: "session",
      entityId: input.sessionId,
    });
    return { version: updated[0]!.version };
  });
}

/** Copies a session, its tracks and speakers included, to another date at the same wall-clock time. */
export async function duplicateSession(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof duplicateSessionSchema>,
): Promise<{ sessionId: string }> {
  const who = await requireSessionManager(db, actor, input.sessionId);
  return db.transaction(async (tx) => {
    const [source] = await tx.select().from(sessions).where(eq(sessions.id, input.sessionId));
    if (!source) throw notFound("That session does not exist.");
    const timeZone = await cohortZone(tx, source.cohortId);
    const start = toWallTime(source.startsAt, timeZone);
    const end = toWallTime(source.endsAt, timeZone);
    const endDate = addDays(input.date, daysBetween(start.date, end.date));
    const { id: _id, version: _v, ...rest } = source;
    const [row] = await tx
      .insert(sessions)
      .values({
        ...rest,
        startsAt: fromWallTime(input.date, start.time, timeZone),
        endsAt: fromWallTime(endDate, end.time, timeZone),
        status: "scheduled",
        statusReason: null,
      })
      .returning({ id: sessions.id });
    const links = await tx
      .select({ trackId: sessionTracks.trackId })
      .from(sessionTracks)
      .where(eq(sessionTracks.sessionId, source.id));
    await writeTracks(
      tx,
      row!.id,
      links.map((l) => l.trackId),
    );
    await writeAudit(tx, {
      actorId: who.userId,
      action: "session.duplicate",
      entityType: "session",
      entityId: row!.id,
      data: { from: source.id },
    });
    return { sessionId: row!.id };
  });
}

export async function deleteSession(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof deleteSessionSchema>,
): Promise<{ deleted: boolean }> {
  const who = await requireSessionManager(db, actor, input.sessionId);
  return db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.id, input.sessionId));
    await writeAudit(tx, {
      actorId: who.userId,
      action: "session.delete",
      entityType: "session",
      entityId: input.sessionId,
    });
    return { deleted: true };
  });
}

/** The dates between first and last (inclusive) that fall on the chosen ISO weekdays (1 = Monday). */
export function recurringDates(firstDate: string, lastDate: string, weekdays: readonly number[]): string[] {
  const out: string[] = [];
  for (let d = firstDate; d <= lastDate; d = addDays(d, 1)) {
    const weekday = ((new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    if (weekdays.includes(weekday)) out.push(d);
  }
  return out;
}

/** A class repeated on chosen weekdays (the daily online class for two weeks), in one transaction. */
export async function createRecurringSessions(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof recurringSessionSchema>,
): Promise<{ created: number }> {
  await requireCohortManager(db, actor, input.cohortId);
  const dates = recurringDates(input.firstDate, input.lastDate, input.weekdays);
  if (dates.length === 0) throw invalid({ weekdays: ["None of the chosen weekdays falls between the two dates."] });
  if (dates.length > SESSION_LIMITS.occurrences)
    throw invalid({ lastDate: [`At most ${SESSION_LIMITS.occurrences} sessions at once; choose a shorter period.`] });
  return db.transaction(async (tx) => {
    const timeZone = await cohortZone(tx, input.cohortId);
    await checkTracks(tx, input.cohortId, input.trackIds);
    const rows = dates.map((date, i) => ({
      cohortId: input.cohortId,
      title: `${input.title} (${i + 1}/${dates.length})`,
      kind: input.kind,
      startsAt: fromWallTime(date, input.startTime, timeZone),
      endsAt: fromWallTime(date, input.endTime, timeZone),
      venue: input.venue,
      onlineUrl: input.onlineUrl,
    }));
    const saved = await tx.insert(sessions).values(rows).returning({ id: sessions.id });
    const links = saved.flatMap((s) => [...new Set(input.trackIds)].map((trackId) => ({ sessionId: s.id, trackId })));
    if (links.length) await tx.insert(sessionTracks).values(links);
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "session.createRecurring",
      entityType: "cohort",
      entityId: input.cohortId,
      data: { count: rows.length },
    });
    return { created: rows.length };
  });
}
