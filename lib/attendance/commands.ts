import { subquery } from "@/db/subquery";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database, Executor } from "@/db/client";
import { attendance, enrolments, sessions, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, forbidden } from "@/lib/errors";
import { matchRoomCode, type RoomCodeOptions } from "./room-code";
import type { checkInSchema } from "@/lib/participants/schemas";
import { sessionOf } from "@/lib/participants/space-commands";
import { sessionsForTrack } from "@/lib/participants/timetable";
import type { Sheet } from "@/lib/spreadsheet/read";
import { parseAttendanceSheet } from "./csv";
import type { importAttendanceSchema, markAttendanceSchema } from "./schemas";
import { now as clockNow } from "@/lib/time/clock";

/** The participants expected at a session: confirmed or completed, in its track(s) or the whole cohort. */
export async function audienceOfSession(db: Executor, sessionId: string) {
  return db
    .select({ enrolmentId: enrolments.id, name: users.name, email: users.email, trackId: enrolments.trackId })
    .from(enrolments)
    .innerJoin(users, eq(users.id, enrolments.userId))
    .innerJoin(sessions, eq(sessions.cohortId, enrolments.cohortId))
    .where(
      and(
        eq(sessions.id, sessionId),
        inArray(enrolments.status, ["confirmed", "completed"]),
        subquery`(not exists (select 1 from session_tracks st where st.session_id = ${sessions.id}) or exists (select 1 from session_tracks st where st.session_id = ${sessions.id} and st.track_id = ${enrolments.trackId}))`,
      ),
    )
    .orderBy(users.name);
}

async function upsertAttendance(
  tx: Executor,
  rows: {
    sessionId: string;
    enrolmentId: string;
    status: "present" | "absent" | "excused";
    method: "staff" | "code" | "import";
  }[],
  at: Date,
) {
  if (rows.length === 0) return;
  await tx
    .insert(attendance)
    .values(rows.map((r) => ({ ...r, recordedAt: at })))
    .onConflictDoUpdate({
      target: [attendance.sessionId, attendance.enrolmentId],
      set: { status: sql`excluded.status`, method: sql`excluded.method`, recordedAt: sql`excluded.recorded_at` },
    });
}

/** Staff mark a whole session's list at once; everyone marked must be expected at that session. */
export async function markAttendance(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof markAttendanceSchema>,
  now = clockNow(),
) {
  const session = await sessionOf(db, input.sessionId);
  if (!can(actor, "attendance.mark", { programmeId: session.programmeId })) throw forbidden();
  return db.transaction(async (tx) => {
    const expected = new Set((await audienceOfSession(tx, session.id)).map((p) => p.enrolmentId));
    const strangers = input.entries.filter((e) => !expected.has(e.enrolmentId));
    if (strangers.length)
      throw new DomainError(
        "validation",
        `${strangers.length} of the people marked are not expected at this session. Reload the list and try again.`,
      );
    await upsertAttendance(
      tx,
      input.entries.map((e) => ({
        sessionId: session.id,
        enrolmentId: e.enrolmentId,
        status: e.status,
        method: "staff" as const,
      })),
      now,
    );
    const counts = { present: 0, absent: 0, excused: 0 };
    for (const e of input.entries) counts[e.status]++;
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "attendance.mark",
      entityType: "session",
      entityId: session.id,
      data: counts,
    });
    return counts;
  });
}

/**
 * A participant checks in with the code shown in the room. The code says which session: it is matched
 * against the sessions of the participant's own track, for this window and the previous one only.
 */
export async function checkIn(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof checkInSchema>,
  now = clockNow(),
  options: RoomCodeOptions = {},
) {
  if (!actor) throw forbidden();
  return db.transaction(async (tx) => {
    const [me] = await tx
      .select({ id: enrolments.id, trackId: enrolments.trackId })
      .from(enrolments)
      .where(
        and(
          eq(enrolments.cohortId, input.cohortId),
          eq(enrolments.userId, actor.userId),
          eq(enrolments.status, "confirmed"),
        ),
      );
    if (!me) throw forbidden("Only confirmed participants of this cohort can check in.");
    const mine = (await sessionsForTrack(tx, input.cohortId, me.trackId)).filter((s) => s.status !== "cancelled");
    const match = matchRoomCode(
      input.code,
      mine.map((s) => s.id),
      now,
      options,
    );
    if (!match)
      throw new DomainError(
        "validation",
        "We do not recognise this code. Check it against the code shown in the room now.",
        { code: ["We do not recognise this code."] },
      );
    if (match.state === "expired") {
      throw new DomainError(
        "deadline",
        "This code has expired: the room code changes every few minutes. Type the code shown in the room now.",
        { code: ["This code has expired."] },
      );
    }
    const session = mine.find((s) => s.id === match.sessionId)!;
    await upsertAttendance(tx, [{ sessionId: session.id, enrolmentId: me.id, status: "present", method: "code" }], now);
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "attendance.checkIn",
      entityType: "session",
      entityId: session.id,
      data: { enrolmentId: me.id },
    });
    return { sessionTitle: session.title };
  });
}

/**
 * Imports an online class's report for one session: people in the report with at least `minMinutes`
 * are present, the others in it absent; people not in the report are left as they were. A dry run says
 * the same and writes nothing; an import with unreadable rows writes nothing and names them.
 */
export async function importAttendance(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof importAttendanceSchema> & { sheet: Pick<Sheet, "header" | "rows"> },
  now = clockNow(),
) {
  const session = await sessionOf(db, input.sessionId);
  if (!can(actor, "attendance.mark", { programmeId: session.programmeId })) throw forbidden();
  const report = parseAttendanceSheet(input.sheet);
  if (report.minutesByEmail.size === 0)
    throw new DomainError("validation", report.problems[0] ?? "The file has no attendance rows.", {
      file: [report.problems[0] ?? "No rows."],
    });
  if (report.problems.length && !input.dryRun)
    throw new DomainError("validation", `Nothing was imported. ${report.problems.join(" ")}`, {
      file: report.problems,
    });
  return db.transaction(async (tx) => {
    const audience = await audienceOfSession(tx, session.id);
    const byEmail = new Map(audience.map((p) => [p.email.toLowerCase(), p]));
    const rows: { sessionId: string; enrolmentId: string; status: "present" | "absent"; method: "import" }[] = [];
    const unknown: string[] = [];
    for (const [email, minutes] of report.minutesByEmail) {
      const person = byEmail.get(email);
      if (!person) {
        unknown.push(email);
        continue;
      }
      rows.push({
        sessionId: session.id,
        enrolmentId: person.enrolmentId,
        status: minutes === null || minutes >= input.minMinutes ? "present" : "absent",
        method: "import",
      });
    }
    const present = rows.filter((r) => r.status === "present").length;
    if (input.dryRun)
      return { dryRun: true, present, absent: rows.length - present, unknown, problems: report.problems };
    await upsertAttendance(tx, rows, now);
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "attendance.import",
      entityType: "session",
      entityId: session.id,
      data: { present, absent: rows.length - present, unknown: unknown.length },
    });
    return { dryRun: false, present, absent: rows.length - present, unknown, problems: report.problems };
  });
}
