import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { applications, reviews, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { assertInScope, callScope } from "@/lib/auth/scope";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, notFound } from "@/lib/errors";
import { rowProblems } from "@/lib/spreadsheet/read";
import { now as clockNow } from "@/lib/time/clock";
import { getCallContext, REVIEWABLE } from "./call";
import { planScoreImport, scoreColumns, scoreTemplateHeader, type ImportRow } from "./import";
import type { AppLocale } from "@/lib/i18n/request";
import { notesRows } from "@/lib/spreadsheet/columns";

export type ImportResult = {
  dryRun: boolean;
  rows: ImportRow[];
  headerErrors: string[];
  valid: number;
  invalid: number;
  imported: number;
};

/**
 * Imports a jury's scores from a table (CSV or the first sheet of an XLSX file). A dry run only says
 * what would happen, row by row; the real run refuses the whole file while any row has an error, so
 * a file is never half imported. Each row becomes (or replaces) that reviewer's submitted review.
 */
export async function importScores(
  db: Database,
  actor: Actor | null,
  input: { callId: string; dryRun: boolean; table: string[][]; fileName: string },
): Promise<ImportResult> {
  assertInScope(actor, "review.assign", await callScope(db, input.callId), "That call does not exist.");
  const call = await getCallContext(db, input.callId);
  if (!call) throw notFound("That call does not exist.");
  if (call.rubric.length === 0)
    throw new DomainError("conflict", "This call has no rubric yet: set its criteria before importing scores.");

  const apps = await db
    .select({ id: applications.id, reference: applications.reference, email: users.email })
    .from(applications)
    .innerJoin(users, eq(users.id, applications.applicantId))
    .where(and(eq(applications.callId, call.id), inArray(applications.status, REVIEWABLE)));
  const reviewerCol = scoreColumns(input.table[0] ?? []).reviewer;
  const reviewerEmails =
    reviewerCol < 0
      ? []
      : [
          ...new Set(
            input.table
              .slice(1)
              .map((r) => (r[reviewerCol] ?? "").trim().toLowerCase())
              .filter(Boolean),
          ),
        ];
  const accounts = reviewerEmails.length
    ? await db
        .select({ id: users.id, email: users.email })
        .from(users)
        .where(inArray(sql`lower(${users.email})`, reviewerEmails))
    : [];

  const plan = planScoreImport(input.table, {
    rubric: call.rubric,
    applications: apps,
    users: new Map(accounts.map((a) => [a.email.toLowerCase(), a.id])),
    defaultReviewerId: actor!.userId,
  });
  const existing = plan.rows.length
    ? await db
        .select({ applicationId: reviews.applicationId, reviewerId: reviews.reviewerId })
        .from(reviews)
        .where(
          inArray(reviews.applicationId, [
            ...new Set(plan.rows.flatMap((r) => (r.applicationId ? [r.applicationId] : []))),
          ]),
        )
    : [];
  const has = new Set(existing.map((e) => `${e.applicationId}:${e.reviewerId}`));
  for (const row of plan.rows)
    if (!row.errors.length) row.action = has.has(`${row.applicationId}:${row.reviewerId}`) ? "replace" : "create";
  const invalid = plan.rows.filter((r) => r.errors.length).length;
  const valid = plan.rows.length - invalid;
  const result = {
    dryRun: input.dryRun,
    rows: plan.rows,
    headerErrors: plan.headerErrors,
    valid,
    invalid,
    imported: 0,
  };
  if (input.dryRun) return result;
  if (plan.headerErrors.length)
    throw new DomainError("validation", `Nothing was imported: ${plan.headerErrors.join(" ")}`);
  if (invalid > 0) {
    const bad = plan.rows.filter((r) => r.errors.length);
    throw new DomainError(
      "validation",
      `Nothing was imported. ${rowProblems(
        bad.map((r) => r.line),
        bad[0]!.errors.join(" "),
      )} Fix them, then import again.`,
    );
  }
  if (valid === 0) throw new DomainError("validation", "Nothing was imported: the file has no rows of scores.");

  await db.transaction(async (tx) => {
    const now = clockNow();
    await tx
      .insert(reviews)
      .values(
        plan.rows.map((r) => ({
          reviewerId: r.reviewerId!,
          applicationId: r.applicationId!,
          status: "submitted" as const,
          scores: r.scores,
          comment: r.comment || `Imported from ${input.fileName}`,
          submittedAt: now,
        })),
      )
      .onConflictDoUpdate({
        target: [reviews.reviewerId, reviews.applicationId],
        set: {
          scores: sql`excluded.scores`,
          comment: sql`excluded.comment`,
          status: "submitted",
          submittedAt: now,
          conflictReason: null,
          version: sql`${reviews.version} + 1`,
        },
      });
    await writeAudit(tx, {
      actorId: actor!.userId,
      action: "review.importScores",
      entityType: "call",
      entityId: call.id,
      data: { fileName: input.fileName, rows: valid },
    });
  });
  return { ...result, imported: valid };
}

/**
 * The score import's template in the reader's language: the call's criteria as columns and one row per application
 * under review, by reference, for the jury to fill (a blank reviewer column means the person who imports it).
 */
export async function scoreImportTemplate(
  db: Database,
  actor: Actor | null,
  callId: string,
  locale: AppLocale = "en",
): Promise<{ rows: string[][]; notes: string[][] }> {
  assertInScope(actor, "review.assign", await callScope(db, callId), "That call does not exist.");
  const call = await getCallContext(db, callId);
  if (!call) throw notFound("That call does not exist.");
  if (call.rubric.length === 0)
    throw new DomainError("conflict", "This call has no rubric yet: set its criteria before importing scores.");
  const apps = await db
    .select({ reference: applications.reference })
    .from(applications)
    .where(and(eq(applications.callId, call.id), inArray(applications.status, REVIEWABLE)))
    .orderBy(applications.reference);
  const header = scoreTemplateHeader(call.rubric, locale);
  const notes = notesRows(locale, [
    [header[0]!, "The application's reference (or use a column named Email with the applicant's email)."],
    [header[1]!, "Optional: the reviewer's account email. Empty: the scores count as yours, the jury's."],
    ...call.rubric.map((c) => [c.label, `A whole number from 0 to ${c.max} (weight ${c.weight}).`] as const),
    [header.at(-1)!, { note: "optional" }],
  ]);
  return { rows: [header, ...apps.map((a) => [a.reference, ...header.slice(1).map(() => "")])], notes };
}
