import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { attendance, cohorts, enrolments, programmes, proposals, sessionTracks, sessions, users } from "@/db/schema";
import { isAuthenticCertificateCode } from "@/lib/participants/codes";
import { evaluateCompletion, type CompletionVerdict } from "@/lib/participants/completion";
import { cohortSettings } from "@/lib/proposals/settings";

type GraduationRow = {
  enrolmentId: string;
  userId: string;
  name: string;
  email: string;
  status: string;
  certificateCode: string | null;
  sessions: number;
  attended: number;
  proposalSubmitted: boolean;
  verdict: CompletionVerdict;
};

/**
 * Every participant of the cohort against its completion rule, in four queries whatever the cohort's
 * size: sessions with their tracks, the participants, their attendance and their proposals.
 */
export async function graduationReview(db: Executor, cohortId: string) {
  const settings = await cohortSettings(db, cohortId);
  const [cohortSessions, links, people] = await Promise.all([
    db
      .select({ id: sessions.id })
      .from(sessions)
      .where(and(eq(sessions.cohortId, cohortId), inArray(sessions.status, ["scheduled", "postponed"]))),
    db
      .select({ sessionId: sessionTracks.sessionId, trackId: sessionTracks.trackId })
      .from(sessionTracks)
      .innerJoin(sessions, eq(sessions.id, sessionTracks.sessionId))
      .where(eq(sessions.cohortId, cohortId)),
    db
      .select({
        enrolmentId: enrolments.id,
        userId: users.id,
        name: users.name,
        email: users.email,
        status: enrolments.status,
        trackId: enrolments.trackId,
        certificateCode: enrolments.certificateCode,
      })
      .from(enrolments)
      .innerJoin(users, eq(users.id, enrolments.userId))
      .where(
        and(eq(enrolments.cohortId, cohortId), inArray(enrolments.status, ["confirmed", "not_completed", "completed"])),
      )
      .orderBy(asc(users.name)),
  ]);
  const ids = people.map((p) => p.enrolmentId);
  const [present, submitted] = ids.length
    ? await Promise.all([
        db
          .select({ enrolmentId: attendance.enrolmentId, sessionId: attendance.sessionId })
          .from(attendance)
          .where(and(inArray(attendance.enrolmentId, ids), eq(attendance.status, "present"))),
        db
          .select({ enrolmentId: proposals.enrolmentId })
          .from(proposals)
          .where(and(inArray(proposals.enrolmentId, ids), inArray(proposals.status, ["submitted", "reviewed"]))),
      ])
    : [[], []];
  const tracksOf = new Map<string, Set<string>>();
  for (const l of links) tracksOf.set(l.sessionId, (tracksOf.get(l.sessionId) ?? new Set()).add(l.trackId));
  const attendedBy = new Map<string, Set<string>>();
  for (const a of present) attendedBy.set(a.enrolmentId, (attendedBy.get(a.enrolmentId) ?? new Set()).add(a.sessionId));
  const withProposal = new Set(submitted.map((s) => s.enrolmentId));

  const rows: GraduationRow[] = people.map((p) => {
    const expected = cohortSessions.filter((s) => {
      const t = tracksOf.get(s.id);
      return !t || (p.trackId !== null && t.has(p.trackId));
    });
    const mine = attendedBy.get(p.enrolmentId) ?? new Set();
    const attended = expected.filter((s) => mine.has(s.id)).length;
    const facts = { sessions: expected.length, attended, proposalSubmitted: withProposal.has(p.enrolmentId) };
    return { ...p, ...facts, verdict: evaluateCompletion(facts, settings.completionRule) };
  });
  return { rule: settings.completionRule, settingsVersion: settings.version, rows };
}

/** The name as printed when the certificate was issued (older rows without one: the account's name). */
const certifiedName = sql<string>`coalesce(${enrolments.certificateName}, ${users.name})`;

/** What the public verify page may say about a code: name, programme and date, nothing more. */
export async function verifyCertificate(db: Executor, code: string) {
  const normalised = code.trim().toUpperCase();
  if (!isAuthenticCertificateCode(normalised)) return null;
  const [row] = await db
    .select({
      name: certifiedName,
      programmeTitle: programmes.title,
      cohortTitle: cohorts.title,
      completedAt: enrolments.completedAt,
      timeZone: cohorts.timeZone,
    })
    .from(enrolments)
    .innerJoin(users, eq(users.id, enrolments.userId))
    .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .where(and(eq(enrolments.certificateCode, normalised), eq(enrolments.status, "completed")));
  return row ?? null;
}

/** The data printed on a certificate, for its holder only (userId is part of the lookup). */
export async function certificateOfHolder(db: Executor, userId: string, cohortId: string) {
  const [row] = await db
    .select({
      name: certifiedName,
      programmeTitle: programmes.title,
      cohortTitle: cohorts.title,
      completedAt: enrolments.completedAt,
      timeZone: cohorts.timeZone,
      code: enrolments.certificateCode,
    })
    .from(enrolments)
    .innerJoin(users, eq(users.id, enrolments.userId))
    .innerJoin(cohorts, eq(cohorts.id, enrolments.cohortId))
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .where(and(eq(enrolments.cohortId, cohortId), eq(enrolments.userId, userId), eq(enrolments.status, "completed")));
  return row?.code && row.completedAt ? { ...row, code: row.code, completedAt: row.completedAt } : null;
}
