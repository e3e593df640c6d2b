import { and, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { Database, Executor } from "@/db/client";
import { announcements, cohorts, enrolments, sessionMaterials, sessions, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { assertInScope } from "@/lib/auth/scope";
import { env } from "@/lib/env";
import { DomainError, notFound } from "@/lib/errors";
import { enqueueEmails } from "@/lib/mail/outbox";
import type { announcementSchema, materialLinkSchema } from "./schemas";
import { checkUpload, safeFileName } from "@/lib/uploads/sniff";
import { storeNewFile } from "@/lib/uploads/storage";

export async function cohortOf(db: Executor, cohortId: string) {
  const [row] = await db
    .select({
      id: cohorts.id,
      programmeId: cohorts.programmeId,
      title: cohorts.title,
      timeZone: cohorts.timeZone,
      status: cohorts.status,
    })
    .from(cohorts)
    .where(eq(cohorts.id, cohortId));
  if (!row) throw notFound("That cohort does not exist.");
  return row;
}

export async function sessionOf(db: Executor, sessionId: string) {
  const [row] = await db
    .select({
      id: sessions.id,
      title: sessions.title,
      cohortId: sessions.cohortId,
      programmeId: cohorts.programmeId,
      status: sessions.status,
      startsAt: sessions.startsAt,
    })
    .from(sessions)
    .innerJoin(cohorts, eq(cohorts.id, sessions.cohortId))
    .where(eq(sessions.id, sessionId));
  if (!row) throw notFound("That session does not exist.");
  return row;
}

/** Posts news to the cohort's space and writes it to every participant's inbox. */
export async function postAnnouncement(db: Database, actor: Actor | null, input: z.output<typeof announcementSchema>) {
  const cohort = await cohortOf(db, input.cohortId);
  assertInScope(actor, "cohort.manage", { programmeId: cohort.programmeId }, "That cohort does not exist.");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(announcements)
      .values({ cohortId: cohort.id, authorId: actor!.userId, title: input.title, body: input.body })
      .returning({ id: announcements.id });
    const people = await tx
      .select({ id: users.id, email: users.email, name: users.name })
      .from(enrolments)
      .innerJoin(users, eq(users.id, enrolments.userId))
      .where(and(eq(enrolments.cohortId, cohort.id), inArray(enrolments.status, ["confirmed"])));
    await enqueueEmails(
      tx,
      people.map((p) => ({
        to: p.email,
        toUserId: p.id,
        template: "announcement",
        values: {
          cohort: cohort.title,
          title: input.title,
          message: input.body,
          link: `${env().APP_URL}/me/cohorts/${cohort.id}`,
        },
        kind: "cohort.announcement",
        entityType: "announcement",
        entityId: row!.id,
      })),
    );
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "announcement.post",
      entityType: "announcement",
      entityId: row!.id,
      data: { cohortId: cohort.id, recipients: people.length },
    });
    return { id: row!.id };
  });
}

export async function addMaterialLink(db: Database, actor: Actor | null, input: z.output<typeof materialLinkSchema>) {
  const session = await sessionOf(db, input.sessionId);
  assertInScope(actor, "cohort.manage", { programmeId: session.programmeId }, "That session does not exist.");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(sessionMaterials)
      .values({ sessionId: session.id, kind: "link", title: input.title, url: input.url, createdById: actor!.userId })
      .returning({ id: sessionMaterials.id });
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "material.addLink",
      entityType: "session",
      entityId: session.id,
      data: { materialId: row!.id },
    });
    return { id: row!.id };
  });
}

/** Stores a file for a session after checking its content and size; the file is written before the row. */
export async function addMaterialFile(
  db: Database,
  actor: Actor | null,
  input: { sessionId: string; title: string; fileName: string; bytes: Uint8Array },
) {
  const session = await sessionOf(db, input.sessionId);
  assertInScope(actor, "cohort.manage", { programmeId: session.programmeId }, "That session does not exist.");
  const title = input.title.trim() || safeFileName(input.fileName);
  if (title.length > 200)
    throw new DomainError("validation", "Please correct the highlighted fields.", {
      title: ["At most 200 characters."],
    });
  const { mimeType } = await checkUpload("material", input.bytes);
  const storageKey = await storeNewFile("participants", input.bytes);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(sessionMaterials)
      .values({
        sessionId: session.id,
        kind: "file",
        title,
        storageKey,
        fileName: safeFileName(input.fileName),
        mimeType,
        sizeBytes: input.bytes.byteLength,
        createdById: actor!.userId,
      })
      .returning({ id: sessionMaterials.id });
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "material.addFile",
      entityType: "session",
      entityId: session.id,
      data: { materialId: row!.id, mimeType, sizeBytes: input.bytes.byteLength },
    });
    return { id: row!.id };
  });
}

/**
 * A material for download, if the actor may see it: a confirmed or completed participant of the
 * session's cohort (whatever their track: materials are shared), or its staff.
 */
export async function materialForDownload(db: Executor, actor: Actor | null, materialId: string) {
  if (!actor) throw new DomainError("unauthenticated", "Please sign in to download this file.");
  const [row] = await db
    .select({
      storageKey: sessionMaterials.storageKey,
      fileName: sessionMaterials.fileName,
      mimeType: sessionMaterials.mimeType,
      cohortId: sessions.cohortId,
      programmeId: cohorts.programmeId,
    })
    .from(sessionMaterials)
    .innerJoin(sessions, eq(sessions.id, sessionMaterials.sessionId))
    .innerJoin(cohorts, eq(cohorts.id, sessions.cohortId))
    .where(and(eq(sessionMaterials.id, materialId), eq(sessionMaterials.kind, "file")));
  if (!row?.storageKey) throw notFound("That file does not exist.");
  if (!can(actor, "cohort.manage", { programmeId: row.programmeId })) {
    const [mine] = await db
      .select({ id: enrolments.id })
      .from(enrolments)
      .where(
        and(
          eq(enrolments.cohortId, row.cohortId),
          eq(enrolments.userId, actor.userId),
          inArray(enrolments.status, ["confirmed", "completed"]),
        ),
      );
    if (!mine) throw notFound("That file does not exist.");
  }
  return {
    storageKey: row.storageKey,
    fileName: row.fileName ?? "material",
    mimeType: row.mimeType ?? "application/octet-stream",
  };
}
