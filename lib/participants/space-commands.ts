import { and, count, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { Database, Executor } from "@/db/client";
import {
  announcements,
  auditLog,
  cohorts,
  enrolments,
  programmes,
  sessionMaterials,
  sessions,
  users,
} from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { announcementScope, assertInScope } from "@/lib/auth/scope";
import { env } from "@/lib/env";
import { DomainError, notFound } from "@/lib/errors";
import { localText, mergeTranslations, unknownFields, type Translations } from "@/lib/i18n/content";
import type { AppLocale } from "@/lib/i18n/request";
import { enqueueEmails, type LocalizedValue } from "@/lib/mail/outbox";
import {
  ANNOUNCEMENT_TRANSLATED_FIELDS,
  type announcementSchema,
  type materialLinkSchema,
  type saveAnnouncementTranslationsSchema,
} from "./schemas";
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
      translations: cohorts.translations,
      mainLanguage: programmes.mainLanguage,
    })
    .from(cohorts)
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
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

/** An announcement's translations must name its own fields, in languages other than the programme's main one. */
function checkAnnouncementTranslations(translations: Translations, mainLanguage: AppLocale) {
  if (translations[mainLanguage])
    throw new DomainError("validation", "The announcement's own title and body are its main-language text.");
  for (const fields of Object.values(translations)) {
    const unknown = unknownFields(fields ?? {}, ANNOUNCEMENT_TRANSLATED_FIELDS);
    if (unknown.length) throw new DomainError("validation", `An announcement has no field called "${unknown[0]}".`);
  }
}

/** A text in each recipient's language where written, else in the programme's main language. */
function inReadersLanguage(
  mainText: string,
  translations: Translations,
  field: string,
  mainLanguage: AppLocale,
): LocalizedValue {
  return (locale) => localText(mainText, translations, field, mainLanguage, locale).text;
}

/**
 * Posts news to the cohort's space and writes it to every participant's inbox, each in their saved language
 * where the announcement (and the edition's title) is written in it, else in the programme's main language.
 */
export async function postAnnouncement(db: Database, actor: Actor | null, input: z.output<typeof announcementSchema>) {
  const cohort = await cohortOf(db, input.cohortId);
  assertInScope(actor, "cohort.manage", { programmeId: cohort.programmeId }, "That cohort does not exist.");
  const translations = input.translations ?? {};
  checkAnnouncementTranslations(translations, cohort.mainLanguage);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(announcements)
      .values({ cohortId: cohort.id, authorId: actor!.userId, title: input.title, body: input.body, translations })
      .returning({ id: announcements.id });
    const people = await tx
      .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
      .from(enrolments)
      .innerJoin(users, eq(users.id, enrolments.userId))
      .where(and(eq(enrolments.cohortId, cohort.id), inArray(enrolments.status, ["confirmed"])));
    const values = {
      cohort: inReadersLanguage(cohort.title, cohort.translations, "title", cohort.mainLanguage),
      title: inReadersLanguage(input.title, translations, "title", cohort.mainLanguage),
      message: inReadersLanguage(input.body, translations, "body", cohort.mainLanguage),
      link: `${env().APP_URL}/me/cohorts/${cohort.id}`,
    };
    await enqueueEmails(
      tx,
      people.map((p) => ({
        to: p.email,
        toUserId: p.id,
        locale: p.locale,
        template: "announcement",
        values,
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
      data: { cohortId: cohort.id, recipients: people.length, languages: Object.keys(translations) },
    });
    return { id: row!.id };
  });
}

/**
 * The audit rows of an announcement's translation saves: their count plus one is its version for the translations
 * editor. Announcements have no version column (and need none elsewhere: nothing else edits one once posted), and
 * every save writes one audit row, which is never deleted, so the count only grows.
 */
export function translationSavesOf(announcementId: string) {
  return and(
    eq(auditLog.entityType, "announcement"),
    eq(auditLog.entityId, announcementId),
    eq(auditLog.action, "announcement.translate"),
  );
}

/**
 * Writes one language's translations of an announcement's title and body (blank clears one). Refuses a tab opened
 * before someone else's save (the version is counted under a lock on the announcement's row, so two saves
 * cannot both match it), a field an announcement does not have, and the programme's main language. The email
 * already sent stays as it went; the cohort space shows the translation from now on.
 */
export async function saveAnnouncementTranslations(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof saveAnnouncementTranslationsSchema>,
): Promise<{ version: number }> {
  // An unknown announcement is in no programme: a 404 for everyone but an administrator, who gets it below.
  const scope = await announcementScope(db, input.announcementId);
  assertInScope(actor, "cohort.manage", scope, "That announcement does not exist.");
  const unknown = unknownFields(input.fields, ANNOUNCEMENT_TRANSLATED_FIELDS);
  if (unknown.length) throw new DomainError("validation", `An announcement has no field called "${unknown[0]}".`);
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ translations: announcements.translations, mainLanguage: programmes.mainLanguage })
      .from(announcements)
      .innerJoin(cohorts, eq(cohorts.id, announcements.cohortId))
      .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
      .where(eq(announcements.id, input.announcementId))
      .for("update", { of: announcements });
    if (!current) throw notFound("That announcement does not exist.");
    if (current.mainLanguage === input.language)
      throw new DomainError("validation", "This is the programme's main language: it is the announcement as posted.");
    const [saves] = await tx.select({ n: count() }).from(auditLog).where(translationSavesOf(input.announcementId));
    const version = (saves?.n ?? 0) + 1;
    if (version !== input.version)
      throw new DomainError(
        "stale",
        "Someone else changed this announcement's translations since you opened it. Reload and try again.",
      );
    await tx
      .update(announcements)
      .set({ translations: mergeTranslations(current.translations, input.language, input.fields) })
      .where(eq(announcements.id, input.announcementId));
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "announcement.translate",
      entityType: "announcement",
      entityId: input.announcementId,
      data: { language: input.language, fields: Object.keys(input.fields) },
    });
    return { version: version + 1 };
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
