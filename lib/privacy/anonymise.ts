import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  alumniBlocks,
  alumniMessages,
  alumniProfileUpdates,
  alumniProfiles,
  alumniReports,
  applicationFiles,
  applications,
  auditLog,
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
  userRecoveryCodes,
  userSessions,
  userTokens,
  users,
} from "@/db/schema";
import { getStorage, type FileStorage } from "@/lib/uploads/storage";

/** The name an erased person shows under everywhere. */
export const ERASED_NAME = "Deleted person";
const REMOVED = "[removed at the person's request]";

/**
 * Erases what identifies applications but keeps what selection and statistics count: the row, its
 * status, call and reference, and the snapshot's country and gender (aggregate fields, no longer tied to
 * a name). Answers, organisation and field, and uploaded files go. Returns the storage keys to delete
 * once the transaction has committed. Changes nothing the second time (retention runs it again and again).
 */
export async function anonymiseApplications(tx: Executor, applicationIds: readonly string[]): Promise<string[]> {
  if (applicationIds.length === 0) return [];
  const files = await tx
    .delete(applicationFiles)
    .where(inArray(applicationFiles.applicationId, [...applicationIds]))
    .returning({ key: applicationFiles.storageKey });
  await tx
    .update(applications)
    .set({ answers: {}, snapshotOrganisation: null, snapshotField: null })
    .where(inArray(applications.id, [...applicationIds]));
  return files.map((f) => f.key);
}

/**
 * Anonymises a person, inside the caller's transaction: name, email, contact and free text go; the account
 * can no longer sign in (no password, no session, no link); roles and memberships end. Their applications
 * and enrolments stay as anonymised rows, so selection and the reports still count them. Returns the
 * storage keys (uploads, photo) to delete after commit.
 */
export async function anonymisePerson(tx: Executor, userId: string, at: Date): Promise<string[]> {
  await tx
    .update(users)
    .set({
      name: ERASED_NAME,
      // Unique, and never deliverable (.invalid is reserved): no reset or claim can reach it.
      email: `erased-${userId}@erased.invalid`,
      passwordHash: null,
      totpSecret: null,
      totpEnabledAt: null,
      totpLastStep: null,
      timeZone: null,
      updatedAt: at,
    })
    .where(eq(users.id, userId));
  // Country and gender stay for the counts (as on the applications' snapshots); everything that names or
  // reaches the person goes.
  await tx
    .update(profiles)
    .set({
      givenName: null,
      familyName: null,
      genderOther: null,
      organisation: null,
      position: null,
      field: null,
      languages: [],
      yearsExperience: null,
      phone: null,
      updatedAt: at,
    })
    .where(eq(profiles.userId, userId));
  await Promise.all([
    tx.delete(userSessions).where(eq(userSessions.userId, userId)),
    tx.delete(userTokens).where(eq(userTokens.userId, userId)),
    tx.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, userId)),
    tx.delete(programmeRoles).where(eq(programmeRoles.userId, userId)),
    tx.delete(organisationMembers).where(eq(organisationMembers.userId, userId)),
    tx.update(nominationQuotas).set({ focalPointId: null }).where(eq(nominationQuotas.focalPointId, userId)),
  ]);

  const ownApplications = await tx
    .select({ id: applications.id })
    .from(applications)
    .where(eq(applications.applicantId, userId));
  const keys = await anonymiseApplications(
    tx,
    ownApplications.map((a) => a.id),
  );

  // Enrolments stay (offers, completion and attendance are counted); the certificate's printed name,
  // onboarding answers and sharing choices go, and proposals lose their text and attachments.
  const ownEnrolments = await tx
    .update(enrolments)
    .set({ certificateName: null, onboarding: {}, sharing: {} })
    .where(eq(enrolments.userId, userId))
    .returning({ id: enrolments.id });
  if (ownEnrolments.length) {
    const enrolmentIds = ownEnrolments.map((e) => e.id);
    const attachments = await tx
      .delete(proposalAttachments)
      .where(
        inArray(
          proposalAttachments.proposalId,
          tx.select({ id: proposals.id }).from(proposals).where(inArray(proposals.enrolmentId, enrolmentIds)),
        ),
      )
      .returning({ key: proposalAttachments.storageKey });
    keys.push(...attachments.map((a) => a.key));
    await tx
      .update(proposals)
      .set({ title: REMOVED, field: null, content: {}, shareWithAlumni: false })
      .where(inArray(proposals.enrolmentId, enrolmentIds));
  }

  // The alumni network: what they wrote and what others could find them by.
  const [photo] = await tx
    .delete(alumniProfiles)
    .where(eq(alumniProfiles.userId, userId))
    .returning({ key: alumniProfiles.photoKey });
  if (photo?.key) keys.push(photo.key);
  await Promise.all([
    tx.delete(alumniProfileUpdates).where(eq(alumniProfileUpdates.userId, userId)),
    tx.delete(postComments).where(eq(postComments.authorId, userId)),
    tx.delete(postRsvps).where(eq(postRsvps.userId, userId)),
    tx.delete(alumniMessages).where(or(eq(alumniMessages.senderId, userId), eq(alumniMessages.recipientId, userId))),
    tx.delete(alumniBlocks).where(or(eq(alumniBlocks.blockerId, userId), eq(alumniBlocks.blockedId, userId))),
    tx.delete(alumniReports).where(eq(alumniReports.reporterId, userId)),
    tx.delete(expertEngagements).where(eq(expertEngagements.expertId, userId)),
  ]);
  await tx.delete(posts).where(eq(posts.authorId, userId));

  // Messages sent to them and the log's details about their account could name them or their address.
  await tx
    .update(emailOutbox)
    .set({ toAddress: `erased-${userId}@erased.invalid`, subject: REMOVED, bodyText: REMOVED })
    .where(eq(emailOutbox.toUserId, userId));
  await tx
    .update(auditLog)
    .set({ data: sql`jsonb_build_object('erased', true)` })
    .where(and(eq(auditLog.entityType, "user"), eq(auditLog.entityId, userId)));
  await tx.update(deletionRequests).set({ note: null }).where(eq(deletionRequests.userId, userId));
  return keys;
}

/** Deletes stored files after the rows that named them are gone; a file already missing is fine. */
export async function deleteStoredFiles(keys: readonly string[], storage: FileStorage = getStorage()): Promise<void> {
  await Promise.all(keys.map((key) => storage.delete(key)));
}
