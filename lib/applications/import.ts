import { eq, inArray, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import {
  applicationEvents,
  applications,
  callTracks,
  calls,
  cohorts,
  profiles,
  programmes,
  tracks,
  users,
} from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, forbidden, notFound } from "@/lib/errors";
import type { GenderWordMapping } from "@/lib/spreadsheet/gender-words";
import { assertGenderWordsConfirmed } from "@/lib/spreadsheet/gender-words";
import { rowProblems } from "@/lib/spreadsheet/read";
import type { AppLocale } from "@/lib/i18n/request";
import {
  importTemplateHeader,
  importTemplateNotes,
  validateImportRows,
  type ImportContext,
  type ImportRow,
  type ImportTarget,
  type RowError,
} from "./import-rows";
import { newReference } from "./reference";
import { now as clockNow } from "@/lib/time/clock";

const BATCH = 200;

/** The cells of one mapped column, trimmed, without blanks. */
function column(rows: string[][], mapping: ImportTarget[], target: ImportTarget): string[] {
  const at = mapping.indexOf(target);
  return at < 0 ? [] : rows.map((r) => (r[at] ?? "").trim()).filter(Boolean);
}

/**
 * What the rows would meet in the database, read before the check so that the dry run finds everything
 * the import would hit: emails that already applied to this call, and references used by any call.
 */
async function loadContext(
  db: Database,
  actor: Actor | null,
  callId: string,
  rows: string[][],
  mapping: ImportTarget[],
) {
  const [call] = await db
    .select({
      id: calls.id,
      form: calls.form,
      programmeId: cohorts.programmeId,
      timeZone: cohorts.timeZone,
      mainLanguage: programmes.mainLanguage,
    })
    .from(calls)
    .innerJoin(cohorts, eq(cohorts.id, calls.cohortId))
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .where(eq(calls.id, callId));
  if (!call) throw notFound("That call does not exist.");
  if (!can(actor, "application.import", { programmeId: call.programmeId })) throw forbidden();
  const lower = [...new Set(column(rows, mapping, "email").map((e) => e.toLowerCase()))];
  const fileReferences = [...new Set(column(rows, mapping, "reference"))];
  const [offered, taken, references, used] = await Promise.all([
    db
      .select({ id: tracks.id, title: tracks.title })
      .from(callTracks)
      .innerJoin(tracks, eq(tracks.id, callTracks.trackId))
      .where(eq(callTracks.callId, callId)),
    lower.length
      ? db
          .select({ email: sql<string>`lower(${users.email})` })
          .from(applications)
          .innerJoin(users, eq(users.id, applications.applicantId))
          .where(
            sql`${applications.callId} = ${callId} and lower(${users.email}) in (${sql.join(
              lower.map((e) => sql`${e}`),
              sql`, `,
            )})`,
          )
      : Promise.resolve([]),
    db.select({ reference: applications.reference }).from(applications).where(eq(applications.callId, callId)).limit(1),
    fileReferences.length
      ? db
          .select({ reference: applications.reference })
          .from(applications)
          .where(inArray(applications.reference, fileReferences))
      : Promise.resolve([]),
  ]);
  const context: ImportContext = {
    form: call.form,
    timeZone: call.timeZone,
    tracks: offered,
    emailsWithApplication: new Set(taken.map((r) => r.email)),
    existingReferences: new Set(used.map((r) => r.reference)),
  };
  return { call, context, sampleReference: references[0]?.reference ?? null };
}

/**
 * The import's template for a call, in the reader's language: its own columns (applicant fields, then its
 * questions), and what each takes. suggestMapping reads its header back in any of the languages.
 */
export async function applicationImportTemplate(
  db: Database,
  actor: Actor | null,
  callId: string,
  locale: AppLocale = "en",
): Promise<{ header: string[]; notes: string[][] }> {
  const { call, context } = await loadContext(db, actor, callId, [], []);
  return {
    header: importTemplateHeader(call.form, locale, call.mainLanguage),
    notes: importTemplateNotes(call.form, context.tracks, locale, call.mainLanguage),
  };
}

/** The dry run: every row's errors, and nothing written. */
export async function dryRunImport(
  db: Database,
  actor: Actor | null,
  input: { callId: string; rows: string[][]; mapping: ImportTarget[] },
): Promise<{ ready: number; errors: RowError[]; genderWords: GenderWordMapping[] }> {
  const { context } = await loadContext(db, actor, input.callId, input.rows, input.mapping);
  const { rows, errors, genderWords } = validateImportRows(input.rows, input.mapping, context);
  return { ready: rows.length, errors, genderWords };
}

/**
 * Imports every row or none: the rows are checked again, then written in one transaction (accounts
 * for unknown emails, without a password, claimed by signing up; their profile; the application and
 * its history). `onProgress` hears after each batch, so the page can show how far it is.
 */
export async function importApplications(
  db: Database,
  actor: Actor | null,
  input: { callId: string; fileName: string; rows: string[][]; mapping: ImportTarget[]; gendersConfirmed?: boolean },
  onProgress: (done: number, total: number) => void = () => {},
): Promise<{ imported: number; newAccounts: number }> {
  const { call, context, sampleReference } = await loadContext(db, actor, input.callId, input.rows, input.mapping);
  const { rows, errors, genderWords } = validateImportRows(input.rows, input.mapping, context);
  if (errors.length) {
    const first = errors[0]!;
    throw new DomainError(
      "validation",
      `${rowProblems(
        errors.map((e) => e.line),
        first.messages.join(" "),
      )} Run the check to see every row.`,
    );
  }
  if (rows.length === 0) throw new DomainError("validation", "The file has no rows to import.");
  assertGenderWordsConfirmed(genderWords, input.gendersConfirmed ?? false);
  const now = clockNow();
  try {
    return await db.transaction(async (tx) => {
      let newAccounts = 0;
      for (let start = 0; start < rows.length; start += BATCH) {
        const part = rows.slice(start, start + BATCH);
        const known = await tx
          .select({ id: users.id, email: sql<string>`lower(${users.email})` })
          .from(users)
          .where(
            inArray(
              sql`lower(${users.email})`,
              part.map((r) => r.email),
            ),
          );
        const idOf = new Map(known.map((u) => [u.email, u.id]));
        const fresh = part.filter((r) => !idOf.has(r.email));
        if (fresh.length) {
          const created = await tx
            .insert(users)
            .values(fresh.map((r) => ({ email: r.email, name: r.name, passwordHash: null })))
            .returning({ id: users.id, email: users.email });
          for (const u of created) idOf.set(u.email.toLowerCase(), u.id);
          await tx.insert(profiles).values(fresh.map((r) => profileOf(idOf.get(r.email)!, r)));
          newAccounts += created.length;
        }
        const inserted = await tx
          .insert(applications)
          .values(
            part.map((r) =>
              applicationOf(call.id, idOf.get(r.email)!, r, sampleReference, context.existingReferences, now),
            ),
          )
          .returning({ id: applications.id, applicantId: applications.applicantId, status: applications.status });
        const byApplicant = new Map(part.map((r) => [idOf.get(r.email)!, r]));
        await tx.insert(applicationEvents).values(
          inserted.map((a) => ({
            applicationId: a.id,
            fromStatus: null,
            toStatus: a.status,
            actorId: actor!.userId,
            reason: `Imported from ${input.fileName} (line ${byApplicant.get(a.applicantId)?.line})`,
            createdAt: byApplicant.get(a.applicantId)?.submittedAt ?? now,
          })),
        );
        onProgress(Math.min(start + BATCH, rows.length), rows.length);
      }
      await writeAudit(tx, {
        actorId: actor!.userId,
        action: "application.import",
        entityType: "call",
        entityId: call.id,
        data: { fileName: input.fileName, rows: rows.length, newAccounts },
      });
      return { imported: rows.length, newAccounts };
    });
  } catch (error) {
    // Someone else applied or imported between the check and this transaction: the check will name the rows.
    if (isUniqueViolation(error))
      throw new DomainError(
        "conflict",
        "Another application with one of these emails or references was saved while this import ran. Run the check again to see which rows.",
      );
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e)
    if (e.code === "23505") return true;
  return false;
}

function profileOf(userId: string, r: ImportRow) {
  return {
    userId,
    nationality: r.nationality,
    residence: r.residence,
    gender: r.gender,
    genderOther: r.genderOther,
    organisation: r.organisation,
    field: r.field,
  };
}

function applicationOf(
  callId: string,
  applicantId: string,
  r: ImportRow,
  sample: string | null,
  taken: ReadonlySet<string>,
  now: Date,
) {
  const sent = r.status !== "draft";
  // A made reference is random over 31^6; the unique index catches the rare clash (isUniqueViolation).
  let reference = r.reference;
  while (!reference || taken.has(reference)) reference = newReference(sample);
  return {
    callId,
    applicantId,
    reference,
    status: r.status,
    answers: r.answers,
    trackPreferences: r.trackId ? [r.trackId] : [],
    submittedAt: sent ? (r.submittedAt ?? now) : null,
    snapshotNationality: sent ? r.nationality : null,
    snapshotResidence: sent ? r.residence : null,
    snapshotGender: sent ? r.gender : null,
    snapshotOrganisation: sent ? r.organisation : null,
    snapshotField: sent ? r.field : null,
    createdAt: r.submittedAt ?? now,
    updatedAt: now,
  };
}
