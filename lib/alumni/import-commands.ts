import { inArray, sql } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { alumniProfiles, cohorts, enrolments, profiles, programmes, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { DomainError, forbidden } from "@/lib/errors";
import { enqueueEmails } from "@/lib/mail/outbox";
import { rowProblems } from "@/lib/spreadsheet/read";
import { notesRows } from "@/lib/spreadsheet/columns";
import type { AppLocale } from "@/lib/i18n/request";
import { assertGenderWordsConfirmed, type GenderWordMapping } from "@/lib/spreadsheet/gender-words";
import {
  importTemplateHeader,
  validateImportRows,
  type ImportProgramme,
  type ImportRow,
  type InvalidRow,
  type RawSheet,
} from "./import";
import { now as clockNow } from "@/lib/time/clock";
import { issueUserTokens, TOKEN_LIFETIME_MS } from "@/lib/users/tokens";

const CLAIM_VALID_DAYS = TOKEN_LIFETIME_MS.claim_account / (24 * 3600_000);
const BATCH = 250;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

/** The programmes this actor may import alumni into: all for an administrator, their own for a manager. */
async function importableProgrammes(db: Executor, actor: Actor | null): Promise<ImportProgramme[]> {
  if (!actor || !can(actor, "alumni.import")) throw forbidden("Only staff import alumni.");
  const all = await db.select({ id: programmes.id, slug: programmes.slug, title: programmes.title }).from(programmes);
  return all.filter((p) => can(actor, "alumni.import", { programmeId: p.id }));
}

/** The alumni import's template in the reader's language: its columns, and the programmes this actor may import into. */
export async function alumniImportTemplate(
  db: Executor,
  actor: Actor | null,
  locale: AppLocale = "en",
): Promise<{ header: string[]; notes: string[][] }> {
  const programmes = await importableProgrammes(db, actor);
  const [name, email, country, gender, programme, cohortYear, field] = importTemplateHeader(locale) as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return {
    header: importTemplateHeader(locale),
    notes: notesRows(locale, [
      [name, { note: "required" }],
      [email, "Required; one row per person. A known email links to the existing account."],
      [country, "A country name or ISO code (Mongolia, MN)."],
      [
        gender,
        "Woman, Man, Non-binary, Prefer not to say, or the person's own words; F, female, femme, 여성… are read and shown for you to confirm.",
      ],
      [
        programme,
        programmes.length
          ? `Required: ${programmes.map((p) => `${p.title} (${p.slug})`).join("; ")}.`
          : "Required: no programme you may import into.",
      ],
      [cohortYear, "Required: the edition's year, e.g. 2015. A missing past edition is created."],
      [field, "Optional, at most 80 characters."],
    ]),
  };
}

export type ImportPlan = {
  total: number;
  valid: number;
  invalid: InvalidRow[];
  missingColumns: string[];
  newAccounts: number;
  existingAccounts: number;
  alreadyAlumni: number;
  newCohorts: { programmeTitle: string; year: number }[];
  /** Each distinct gender word and what it will be read as, for the person importing to confirm. */
  genderWords: GenderWordMapping[];
};

type Lookup = { existing: Map<string, string>; cohortOf: Map<string, string>; enrolled: Set<string> };

const cohortKey = (programmeId: string, year: number) => `${programmeId}:${year}`;

async function lookUp(db: Executor, rows: ImportRow[]): Promise<Lookup> {
  const existing = new Map<string, string>();
  for (const part of chunks(rows.map((r) => r.email))) {
    const found = await db
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(inArray(sql`lower(${users.email})`, part));
    for (const u of found) existing.set(u.email.toLowerCase(), u.id);
  }
  const programmeIds = [...new Set(rows.map((r) => r.programmeId))];
  const cohortRows = programmeIds.length
    ? await db
        .select({ id: cohorts.id, programmeId: cohorts.programmeId, year: cohorts.year })
        .from(cohorts)
        .where(inArray(cohorts.programmeId, programmeIds))
    : [];
  // A year with several editions imports into the first; staff can move people afterwards.
  const cohortOf = new Map<string, string>();
  for (const c of cohortRows)
    if (!cohortOf.has(cohortKey(c.programmeId, c.year))) cohortOf.set(cohortKey(c.programmeId, c.year), c.id);
  const enrolled = new Set<string>();
  const userIds = [...existing.values()];
  for (const part of chunks(userIds)) {
    const found = await db
      .select({ userId: enrolments.userId, cohortId: enrolments.cohortId })
      .from(enrolments)
      .where(inArray(enrolments.userId, part));
    for (const e of found) enrolled.add(`${e.userId}:${e.cohortId}`);
  }
  return { existing, cohortOf, enrolled };
}

function summarise(rows: ImportRow[], lookup: Lookup) {
  const newCohorts = new Map<string, { programmeTitle: string; year: number; programmeId: string }>();
  let alreadyAlumni = 0;
  let existingAccounts = 0;
  for (const r of rows) {
    const cohortId = lookup.cohortOf.get(cohortKey(r.programmeId, r.cohortYear));
    if (!cohortId)
      newCohorts.set(cohortKey(r.programmeId, r.cohortYear), {
        programmeTitle: r.programmeTitle,
        year: r.cohortYear,
        programmeId: r.programmeId,
      });
    const userId = lookup.existing.get(r.email);
    if (userId) existingAccounts++;
    if (userId && cohortId && lookup.enrolled.has(`${userId}:${cohortId}`)) alreadyAlumni++;
  }
  return { newCohorts: [...newCohorts.values()], alreadyAlumni, existingAccounts };
}

/** The dry run: what the import would do, and exactly which rows are bad and why. Writes nothing. */
export async function planImport(db: Database, actor: Actor | null, sheet: RawSheet): Promise<ImportPlan> {
  const allowed = await importableProgrammes(db, actor);
  const result = validateImportRows(sheet, allowed);
  const lookup = await lookUp(db, result.valid);
  const s = summarise(result.valid, lookup);
  return {
    total: result.valid.length + result.invalid.length,
    valid: result.valid.length,
    invalid: result.invalid,
    missingColumns: result.missingColumns,
    newAccounts: result.valid.length - s.existingAccounts,
    existingAccounts: s.existingAccounts,
    alreadyAlumni: s.alreadyAlumni,
    newCohorts: s.newCohorts.map(({ programmeTitle, year }) => ({ programmeTitle, year })),
    genderWords: result.genderWords,
  };
}

/**
 * Imports the valid rows in one transaction: accounts (without a password) and profiles for new people,
 * missing cohorts as completed editions, completed enrolments, and an invitation to claim each new
 * account. Refuses while any row is bad, unless the caller chose to exclude the bad rows.
 */
export async function commitImport(
  db: Database,
  actor: Actor | null,
  sheet: RawSheet,
  options: { excludeInvalid: boolean; gendersConfirmed?: boolean },
  now = clockNow(),
) {
  const allowed = await importableProgrammes(db, actor);
  const result = validateImportRows(sheet, allowed);
  if (result.missingColumns.length)
    throw new DomainError("validation", `The file has no ${result.missingColumns.join(", ")} column.`);
  if (result.invalid.length && !options.excludeInvalid) {
    throw new DomainError(
      "validation",
      `Nothing was imported. ${rowProblems(
        result.invalid.map((r) => r.row),
        result.invalid[0]!.errors.join(" "),
      )} Fix them, or choose to leave them out.`,
    );
  }
  if (result.valid.length === 0) throw new DomainError("validation", "There is no valid row to import.");
  assertGenderWordsConfirmed(result.genderWords, options.gendersConfirmed ?? false);
  const actorId = actor!.userId;
  return db.transaction(async (tx) => {
    const lookup = await lookUp(tx, result.valid);
    const { newCohorts } = summarise(result.valid, lookup);
    for (const c of newCohorts) {
      const [row] = await tx
        .insert(cohorts)
        .values({
          programmeId: c.programmeId,
          title: `${c.programmeTitle} ${c.year}`,
          year: c.year,
          status: "completed",
          statusReason: "Created by an alumni import",
        })
        .returning({ id: cohorts.id });
      lookup.cohortOf.set(cohortKey(c.programmeId, c.year), row!.id);
    }
    const fresh = result.valid.filter((r) => !lookup.existing.has(r.email));
    for (const part of chunks(fresh)) {
      const inserted = await tx
        .insert(users)
        .values(part.map((r) => ({ email: r.email, name: r.name, createdAt: now, updatedAt: now })))
        .returning({ id: users.id, email: users.email });
      for (const u of inserted) lookup.existing.set(u.email, u.id);
      await tx.insert(profiles).values(
        part.map((r) => ({
          userId: lookup.existing.get(r.email)!,
          gender: r.gender,
          genderOther: r.genderOther,
          nationality: r.country,
          residence: r.country,
          field: r.field,
        })),
      );
      // Every field starts staff only: the person decides what others see once they claim the account.
      await tx.insert(alumniProfiles).values(
        part.map((r) => ({
          userId: lookup.existing.get(r.email)!,
          country: r.country,
          fields: r.field ? [r.field] : [],
        })),
      );
    }
    const enrolmentRows = result.valid.map((r) => ({
      cohortId: lookup.cohortOf.get(cohortKey(r.programmeId, r.cohortYear))!,
      userId: lookup.existing.get(r.email)!,
      status: "completed" as const,
      completedAt: new Date(Date.UTC(r.cohortYear, 11, 31)),
    }));
    let enrolled = 0;
    for (const part of chunks(enrolmentRows)) {
      const inserted = await tx.insert(enrolments).values(part).onConflictDoNothing().returning({ id: enrolments.id });
      enrolled += inserted.length;
    }
    for (const part of chunks(fresh)) {
      // Single-use claim links (lib/users/tokens.ts); only their hashes are stored.
      const tokens = await issueUserTokens(
        tx,
        part.map((r) => lookup.existing.get(r.email)!),
        "claim_account",
        now,
      );
      await enqueueEmails(
        tx,
        part.map((r, n) => ({
          to: r.email,
          toUserId: lookup.existing.get(r.email)!,
          template: "alumniInvitation",
          values: {
            name: r.name,
            programme: r.programmeTitle,
            year: String(r.cohortYear),
            days: CLAIM_VALID_DAYS,
            link: `${env().APP_URL}/claim?token=${tokens[n]}`,
          },
          kind: "alumni.invitation",
          entityType: "user",
          entityId: lookup.existing.get(r.email)!,
        })),
      );
    }
    await writeAudit(tx, {
      actorId,
      action: "alumni.import",
      entityType: "alumni_import",
      data: {
        rows: result.valid.length,
        excluded: result.invalid.map((r) => r.row),
        newAccounts: fresh.length,
        enrolled,
        newCohorts: newCohorts.length,
      },
    });
    return {
      imported: result.valid.length,
      excluded: result.invalid.length,
      newAccounts: fresh.length,
      enrolled,
      invitations: fresh.length,
      newCohorts: newCohorts.length,
    };
  });
}
