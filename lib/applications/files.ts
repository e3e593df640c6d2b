import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { applicationFiles, applications, calls, cohorts } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, notFound } from "@/lib/errors";
import { checkUpload, safeFileName } from "@/lib/uploads/sniff";
import type { FileStorage } from "@/lib/uploads/storage";
import { assertCallAcceptsWork, loadOwnApplication } from "./load";
import { now as clockNow } from "@/lib/time/clock";

/**
 * Stores an upload for a file question of the actor's own draft. The content is checked (magic bytes,
 * size), never the name; the stored name is the app's own key. A second upload replaces the first.
 */
export async function uploadApplicationFile(
  db: Database,
  storage: FileStorage,
  actor: Actor | null,
  input: { applicationId: string; questionId: string; fileName: string; bytes: Uint8Array },
  clock: { now?: Date } = {},
) {
  const app = await loadOwnApplication(db, actor, input.applicationId);
  if (app.status !== "draft")
    throw new DomainError("conflict", "This application has been submitted and can no longer be changed.");
  assertCallAcceptsWork(app, clock.now ?? clockNow(), "change");
  const question = app.form.questions.find((q) => q.id === input.questionId && q.type === "file" && !q.hidden);
  if (!question) throw notFound("This form has no such file question.");
  // A question that names no type asks for a PDF.
  const check = await checkUpload("applicationFile", input.bytes, {
    accept: question.accept?.length ? question.accept : ["application/pdf"],
    maxBytes: question.maxBytes,
    field: question.id,
  });

  const key = `applications/${app.id}/${randomUUID()}`;
  await storage.put(key, input.bytes);
  const fileName = safeFileName(input.fileName, check.mimeType);
  let previous: string | undefined;
  try {
    await db.transaction(async (tx) => {
      const [old] = await tx
        .select({ key: applicationFiles.storageKey })
        .from(applicationFiles)
        .where(and(eq(applicationFiles.applicationId, app.id), eq(applicationFiles.questionId, question.id)));
      previous = old?.key;
      await tx
        .insert(applicationFiles)
        .values({
          applicationId: app.id,
          questionId: question.id,
          storageKey: key,
          fileName,
          mimeType: check.mimeType,
          sizeBytes: input.bytes.length,
        })
        .onConflictDoUpdate({
          target: [applicationFiles.applicationId, applicationFiles.questionId],
          set: {
            storageKey: key,
            fileName,
            mimeType: check.mimeType,
            sizeBytes: input.bytes.length,
            uploadedAt: clockNow(),
          },
        });
      await writeAudit(tx, {
        actorId: actor!.userId,
        action: "application.uploadFile",
        entityType: "application",
        entityId: app.id,
        data: { questionId: question.id, sizeBytes: input.bytes.length, mimeType: check.mimeType },
      });
    });
  } catch (error) {
    await storage.delete(key);
    throw error;
  }
  if (previous) await storage.delete(previous);
  return { questionId: question.id, fileName, sizeBytes: input.bytes.length, mimeType: check.mimeType };
}

export async function removeApplicationFile(
  db: Database,
  storage: FileStorage,
  actor: Actor | null,
  input: { applicationId: string; questionId: string },
  clock: { now?: Date } = {},
) {
  const app = await loadOwnApplication(db, actor, input.applicationId);
  if (app.status !== "draft")
    throw new DomainError("conflict", "This application has been submitted and can no longer be changed.");
  assertCallAcceptsWork(app, clock.now ?? clockNow(), "change");
  const removed = await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(applicationFiles)
      .where(and(eq(applicationFiles.applicationId, app.id), eq(applicationFiles.questionId, input.questionId)))
      .returning({ key: applicationFiles.storageKey });
    if (row)
      await writeAudit(tx, {
        actorId: actor!.userId,
        action: "application.removeFile",
        entityType: "application",
        entityId: app.id,
        data: { questionId: input.questionId },
      });
    return row;
  });
  if (!removed) throw notFound("There is no file to remove.");
  await storage.delete(removed.key);
  return { removed: true };
}

/**
 * A stored file for its applicant, or for staff who may see every application of the programme.
 * Anyone else gets the same 404 as for an id that does not exist.
 */
export async function readApplicationFile(
  db: Executor,
  storage: FileStorage,
  actor: Actor | null,
  input: { applicationId: string; questionId: string },
) {
  if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
  const [row] = await db
    .select({
      applicantId: applications.applicantId,
      programmeId: cohorts.programmeId,
      key: applicationFiles.storageKey,
      fileName: applicationFiles.fileName,
      mimeType: applicationFiles.mimeType,
    })
    .from(applicationFiles)
    .innerJoin(applications, eq(applications.id, applicationFiles.applicationId))
    .innerJoin(calls, eq(calls.id, applications.callId))
    .innerJoin(cohorts, eq(cohorts.id, calls.cohortId))
    .where(
      and(eq(applicationFiles.applicationId, input.applicationId), eq(applicationFiles.questionId, input.questionId)),
    )
    .limit(1);
  const allowed =
    row && (row.applicantId === actor.userId || can(actor, "application.viewAll", { programmeId: row.programmeId }));
  if (!row || !allowed) throw notFound("We could not find that file.");
  const bytes = await storage.get(row.key);
  if (!bytes) throw notFound("The file is missing from storage.");
  return { bytes, fileName: row.fileName, mimeType: row.mimeType };
}
