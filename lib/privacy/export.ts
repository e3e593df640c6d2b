import { and, desc, eq, getTableColumns, inArray, or } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import { getTableConfig, type PgColumn, type PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import {
  alumniBlocks,
  alumniMessages,
  alumniProfileUpdates,
  alumniProfiles,
  alumniReports,
  applicationEvents,
  applicationFiles,
  applications,
  attendance,
  auditLog,
  calls,
  consents,
  deletionRequests,
  emailOutbox,
  enrolments,
  expertEngagements,
  nominationQuotas,
  organisationMembers,
  postComments,
  postRsvps,
  posts,
  profiles,
  programmeRoles,
  proposalAttachments,
  proposals,
  reviews,
  sessions,
  userSessions,
  users,
} from "@/db/schema";
import { now as clockNow } from "@/lib/time/clock";

/**
 * Every column that names a person (a foreign key to users.id), and what the download does with it:
 * the section it fills, with the columns left out (secrets, staff ids), or why it is left out.
 * export.test.ts walks the database's foreign keys: a new person column fails it until it is listed here.
 */
type Source = { section: string; table: PgTable; column: PgColumn; omit?: readonly string[] };

const SOURCES: readonly Source[] = [
  {
    section: "account",
    table: users,
    column: users.id,
    omit: ["passwordHash", "totpSecret", "totpLastStep"],
  },
  { section: "profile", table: profiles, column: profiles.userId },
  { section: "applications", table: applications, column: applications.applicantId },
  { section: "offersAndEnrolments", table: enrolments, column: enrolments.userId },
  { section: "alumniProfile", table: alumniProfiles, column: alumniProfiles.userId },
  { section: "alumniProfileHistory", table: alumniProfileUpdates, column: alumniProfileUpdates.userId },
  { section: "posts", table: posts, column: posts.authorId },
  { section: "comments", table: postComments, column: postComments.authorId },
  { section: "eventRsvps", table: postRsvps, column: postRsvps.userId },
  { section: "messagesSent", table: alumniMessages, column: alumniMessages.senderId },
  { section: "messagesReceived", table: alumniMessages, column: alumniMessages.recipientId },
  { section: "peopleBlocked", table: alumniBlocks, column: alumniBlocks.blockerId },
  { section: "reportsFiled", table: alumniReports, column: alumniReports.reporterId, omit: ["resolvedById"] },
  {
    section: "expertEngagements",
    table: expertEngagements,
    column: expertEngagements.expertId,
    omit: ["recordedById"],
  },
  { section: "programmeRoles", table: programmeRoles, column: programmeRoles.userId },
  { section: "organisationMemberships", table: organisationMembers, column: organisationMembers.userId },
  { section: "focalPointQuotas", table: nominationQuotas, column: nominationQuotas.focalPointId },
  { section: "reviewsWritten", table: reviews, column: reviews.reviewerId },
  { section: "sessions", table: userSessions, column: userSessions.userId, omit: ["grantHash"] },
  { section: "consents", table: consents, column: consents.userId },
  { section: "deletionRequests", table: deletionRequests, column: deletionRequests.userId, omit: ["decidedById"] },
  // Messages keep their secrets (single-use links) out: what was sent and when is the person's data.
  { section: "emailsReceived", table: emailOutbox, column: emailOutbox.toUserId, omit: ["bodyText", "error"] },
  { section: "auditRowsByThem", table: auditLog, column: auditLog.actorId },
  { section: "applicationMovesByThem", table: applicationEvents, column: applicationEvents.actorId },
];

/** Person columns the download leaves out, each with its reason ("table.column" in SQL names). */
export const EXCLUDED_PERSON_COLUMNS: Record<string, string> = {
  "user_tokens.user_id": "hashes of single-use links: secrets that open the account, not information about the person",
  "user_recovery_codes.user_id": "hashes of two-factor recovery codes: secrets",
  "alumni_blocks.blocked_id": "that someone blocked the person is the blocker's data",
  "alumni_reports.reported_user_id": "reports about the person are the reporter's and staff's record",
  "alumni_reports.resolved_by_id": "the staff member who handled a report: staff work, in the audit log",
  "expert_engagements.recorded_by_id": "the staff member who recorded an engagement: staff work",
  "alumni_digests.sent_by_id": "who sent a digest: staff work, in the audit log",
  "announcements.author_id": "cohort announcements written as staff: staff work",
  "session_materials.created_by_id": "session materials added as staff: staff work",
  "country_groups.created_by": "country groups made as staff: staff work",
  "selection_runs.created_by": "selection runs: staff work, in the audit log",
  "selection_runs.decided_by": "selection decisions: staff work, in the audit log",
  "letter_templates.updated_by": "letter templates: staff work",
  "retention_policies.updated_by_id": "retention settings: staff work",
  "deletion_requests.decided_by_id": "the staff member who decided a request: staff work, in the audit log",
};

/** Every person column the download reads, in SQL names, for the schema walk. */
export function collectedPersonColumns(): { column: string; section: string }[] {
  // The database is in snake_case (db/client.ts's casing); the schema's keys are camelCase.
  return SOURCES.map((s) => ({
    column: `${getTableConfig(s.table).name}.${toSnakeCase(s.column.name)}`,
    section: s.section,
  }));
}

type Row = Record<string, unknown>;

// The rows the download composes itself, beside the rows of SOURCES: the query and personalDataFields read
// the same objects, so a field added to one is named by the other.
const CALL_TITLE = { call: calls.title };
const FILE_FIELDS = {
  applicationId: applicationFiles.applicationId,
  questionId: applicationFiles.questionId,
  fileName: applicationFiles.fileName,
  mimeType: applicationFiles.mimeType,
  sizeBytes: applicationFiles.sizeBytes,
  uploadedAt: applicationFiles.uploadedAt,
};
const MOVE_FIELDS = {
  applicationId: applicationEvents.applicationId,
  from: applicationEvents.fromStatus,
  to: applicationEvents.toStatus,
  reason: applicationEvents.reason,
  at: applicationEvents.createdAt,
};
const REVIEW_RECEIVED_FIELDS = {
  applicationId: reviews.applicationId,
  proposalId: reviews.proposalId,
  status: reviews.status,
  scores: reviews.scores,
  comment: reviews.comment,
  submittedAt: reviews.submittedAt,
};
const ATTENDANCE_FIELDS = {
  enrolmentId: attendance.enrolmentId,
  session: sessions.title,
  startsAt: sessions.startsAt,
  status: attendance.status,
  method: attendance.method,
  recordedAt: attendance.recordedAt,
};
/** A proposal's row carries the names of its attachments, a list of proposal_attachments.file_name. */
const PROPOSAL_EXTRA = { attachments: proposalAttachments.fileName };
const CERTIFICATE_FIELDS = {
  enrolmentId: enrolments.id,
  code: enrolments.certificateCode,
  name: enrolments.certificateName,
  completedAt: enrolments.completedAt,
};
const AUDIT_ABOUT_FIELDS = {
  id: auditLog.id,
  action: auditLog.action,
  data: auditLog.data,
  createdAt: auditLog.createdAt,
};

/**
 * Every field of every section the download can hold, each with the column its values come from (for
 * `attachments`, each item's): what the readable page names and shows, and what its test walks. In the
 * order the page lays the sections out, which is the download's.
 */
export function personalDataFields(): Record<string, Record<string, PgColumn>> {
  const fields: Record<string, Record<string, PgColumn>> = {};
  for (const source of SOURCES) {
    const columns: Record<string, PgColumn> = getTableColumns(source.table);
    fields[source.section] = Object.fromEntries(Object.entries(columns).filter(([key]) => !source.omit?.includes(key)));
  }
  fields.applications = { ...CALL_TITLE, ...fields.applications };
  fields.applicationFiles = FILE_FIELDS;
  fields.applicationHistory = MOVE_FIELDS;
  fields.reviewsReceived = REVIEW_RECEIVED_FIELDS;
  fields.attendance = ATTENDANCE_FIELDS;
  fields.proposals = { ...getTableColumns(proposals), ...PROPOSAL_EXTRA };
  fields.certificates = CERTIFICATE_FIELDS;
  fields.auditRowsAboutThem = AUDIT_ABOUT_FIELDS;
  return fields;
}

function without(row: Row, omit: readonly string[] = []): Row {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !omit.includes(key)));
}

export type PersonalData = { generatedAt: string; sections: Record<string, Row[]> };

/**
 * Everything Madang holds about one person, in one object: every row that names them (SOURCES), and
 * the rows that hang from those (their applications' call, files and moves, the reviews they received
 * without the reviewers, attendance, proposals and certificates of their enrolments, the audit rows
 * about their account). The JSON download is this object; the readable page lays it out.
 */
export async function collectPersonalData(db: Executor, userId: string): Promise<PersonalData> {
  const sections: Record<string, Row[]> = {};
  for (const source of SOURCES) {
    const rows = (await db.select().from(source.table).where(eq(source.column, userId))) as Row[];
    sections[source.section] = rows.map((row) => without(row, source.omit));
  }
  const applicationIds = sections.applications!.map((a) => a.id as string);
  const enrolmentIds = sections.offersAndEnrolments!.map((e) => e.id as string);
  const none = Promise.resolve([]);
  const [callTitles, files, moves, reviewsReceived, attended, ownProposals, auditAboutThem] = await Promise.all([
    applicationIds.length
      ? db
          .select({ applicationId: applications.id, ...CALL_TITLE })
          .from(applications)
          .innerJoin(calls, eq(calls.id, applications.callId))
          .where(inArray(applications.id, applicationIds))
      : none,
    applicationIds.length
      ? db.select(FILE_FIELDS).from(applicationFiles).where(inArray(applicationFiles.applicationId, applicationIds))
      : none,
    applicationIds.length
      ? db
          .select(MOVE_FIELDS)
          .from(applicationEvents)
          .where(inArray(applicationEvents.applicationId, applicationIds))
          .orderBy(applicationEvents.createdAt)
      : none,
    // Reviews of their applications and proposals: scores and comments, never who wrote them.
    applicationIds.length || enrolmentIds.length
      ? db
          .select(REVIEW_RECEIVED_FIELDS)
          .from(reviews)
          .leftJoin(proposals, eq(proposals.id, reviews.proposalId))
          .where(
            and(
              or(
                applicationIds.length ? inArray(reviews.applicationId, applicationIds) : undefined,
                enrolmentIds.length ? inArray(proposals.enrolmentId, enrolmentIds) : undefined,
              ),
              eq(reviews.status, "submitted"),
            ),
          )
      : none,
    enrolmentIds.length
      ? db
          .select(ATTENDANCE_FIELDS)
          .from(attendance)
          .innerJoin(sessions, eq(sessions.id, attendance.sessionId))
          .where(inArray(attendance.enrolmentId, enrolmentIds))
          .orderBy(sessions.startsAt)
      : none,
    enrolmentIds.length
      ? db
          .select({ proposal: proposals, attachment: PROPOSAL_EXTRA.attachments })
          .from(proposals)
          .leftJoin(proposalAttachments, eq(proposalAttachments.proposalId, proposals.id))
          .where(inArray(proposals.enrolmentId, enrolmentIds))
      : none,
    db
      .select(AUDIT_ABOUT_FIELDS)
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "user"), eq(auditLog.entityId, userId)))
      .orderBy(desc(auditLog.id)),
  ]);
  const titleOf = new Map(callTitles.map((c) => [c.applicationId, c.call]));
  sections.applications = sections.applications!.map((a) => ({ call: titleOf.get(a.id as string), ...a }));
  sections.applicationFiles = files;
  sections.applicationHistory = moves;
  sections.reviewsReceived = reviewsReceived;
  sections.attendance = attended;
  const byProposal = new Map<string, Row>();
  for (const { proposal, attachment } of ownProposals) {
    const row = byProposal.get(proposal.id) ?? { ...proposal, attachments: [] as string[] };
    if (attachment) (row.attachments as string[]).push(attachment);
    byProposal.set(proposal.id, row);
  }
  sections.proposals = [...byProposal.values()];
  sections.certificates = sections
    .offersAndEnrolments!.filter((e) => e.certificateCode)
    .map(
      (e) =>
        ({
          enrolmentId: e.id,
          code: e.certificateCode,
          name: e.certificateName,
          completedAt: e.completedAt,
        }) satisfies Record<keyof typeof CERTIFICATE_FIELDS, unknown>,
    );
  sections.auditRowsAboutThem = auditAboutThem;
  return { generatedAt: clockNow().toISOString(), sections };
}
