import type { AppLocale } from "@/lib/i18n/request";
import { columnOf, columnTitle, foldHeader } from "@/lib/spreadsheet/columns";
import { isBlankRow } from "@/lib/spreadsheet/read";
import { allowedScore, fitsCriterion, type RubricCriterion } from "./rubric";

export type ImportRow = {
  line: number;
  /** What the row names the application by, as written. */
  key: string;
  applicationId: string | null;
  reference: string | null;
  reviewerId: string | null;
  reviewerEmail: string | null;
  scores: Record<string, number>;
  comment: string;
  errors: string[];
  /** Set by the command: create a review, or replace the one that reviewer already has. */
  action?: "create" | "replace";
};

export type ImportContext = {
  rubric: readonly RubricCriterion[];
  applications: readonly { id: string; reference: string; email: string }[];
  /** Accounts by lower-cased email, for the optional reviewer column. */
  users: ReadonlyMap<string, string>;
  /** Who a row without a reviewer column counts as (the jury as one reviewer). */
  defaultReviewerId: string;
};

const norm = (s: string) => s.normalize("NFKC").trim().toLowerCase();

/**
 * One score as written in a file, checked against its criterion: the one place that decides what a
 * score may be (a comma decimal is read as a point). Returns the value or the row's message.
 */
export function parseScoreValue(raw: string, criterion: RubricCriterion): { value: number } | { error: string } {
  const text = raw.trim().replace(",", ".");
  const value = Number(text);
  if (text === "" || !Number.isFinite(value)) return { error: `${criterion.label}: no score.` };
  if (!fitsCriterion(value, criterion))
    return { error: `${criterion.label}: ${raw.trim()} is not ${allowedScore(criterion)}.` };
  return { value };
}

/** The columns of the score import's template in the reader's language: the call's own criteria, by label. */
export function scoreTemplateHeader(rubric: readonly RubricCriterion[], locale: AppLocale = "en"): string[] {
  return [
    columnTitle(locale, "reference"),
    columnTitle(locale, "reviewer"),
    ...rubric.map((c) => c.label),
    columnTitle(locale, "comment"),
  ];
}

// The fixed columns, by their title in en, ko or fr (spreadsheet.columns.*) or a spelling people use.
const FIXED = [
  { key: "reference", title: "reference", aliases: ["application", "ref", "application reference"] },
  { key: "email", title: "email", aliases: ["applicant email", "applicant"] },
  { key: "reviewer", title: "reviewer", aliases: ["reviewer email", "juror"] },
  { key: "comment", title: "comment", aliases: ["comments", "note"] },
] as const;

/** Where each fixed column of a score file is (-1 when absent): the reference, the applicant's email, the reviewer, the comment. */
export function scoreColumns(header: readonly string[]): Record<(typeof FIXED)[number]["key"], number> {
  const keys = header.map((h) => columnOf(h, FIXED));
  const at = (key: (typeof FIXED)[number]["key"]) => keys.indexOf(key);
  return { reference: at("reference"), email: at("email"), reviewer: at("reviewer"), comment: at("comment") };
}

/**
 * Matches each row to an application of the call (by reference, else by the applicant's email) and
 * checks its scores against the rubric. Pure: the same file gives the same plan, dry run or not.
 */
export function planScoreImport(
  table: readonly (readonly string[])[],
  ctx: ImportContext,
): { rows: ImportRow[]; headerErrors: string[] } {
  const [header, ...body] = table;
  if (!header) return { rows: [], headerErrors: ["The file is empty."] };
  const columns = header.map(foldHeader);
  const { reference: refCol, email: emailCol, reviewer: reviewerCol, comment: commentCol } = scoreColumns(header);
  const criterionCols = ctx.rubric.map((c) => ({
    c,
    index: columns.findIndex((h) => h && (h === foldHeader(c.id) || h === foldHeader(c.label))),
  }));
  const headerErrors: string[] = [];
  if (refCol < 0 && emailCol < 0)
    headerErrors.push("Add a column named reference or email to say which application each row scores.");
  const missing = criterionCols.filter((x) => x.index < 0).map((x) => x.c.id);
  if (missing.length) headerErrors.push(`Add a column for each criterion: ${missing.join(", ")}.`);
  if (headerErrors.length) return { rows: [], headerErrors };

  const byReference = new Map(ctx.applications.map((a) => [norm(a.reference), a]));
  const byEmail = new Map(ctx.applications.map((a) => [norm(a.email), a]));
  const seen = new Set<string>();
  const rows = body.flatMap((cells, i): ImportRow[] => {
    if (isBlankRow(cells)) return [];
    const cell = (index: number) => (index >= 0 ? (cells[index] ?? "").trim() : "");
    const errors: string[] = [];
    const ref = cell(refCol);
    const email = cell(emailCol);
    const app = (ref && byReference.get(norm(ref))) || (email && byEmail.get(norm(email))) || null;
    if (!app)
      errors.push(
        ref || email
          ? `No application to this call has the reference or email "${ref || email}".`
          : "No reference or email.",
      );
    const reviewerEmail = cell(reviewerCol) || null;
    const reviewerId = reviewerEmail ? (ctx.users.get(norm(reviewerEmail)) ?? null) : ctx.defaultReviewerId;
    if (reviewerEmail && !reviewerId) errors.push(`No account has the reviewer email ${reviewerEmail}.`);
    const scores: Record<string, number> = {};
    for (const { c, index } of criterionCols) {
      const read = parseScoreValue(cell(index), c);
      if ("error" in read) errors.push(read.error);
      else scores[c.id] = read.value;
    }
    const pair = app && reviewerId ? `${app.id}:${reviewerId}` : null;
    if (pair && seen.has(pair)) errors.push("The same reviewer scores this application twice in the file.");
    if (pair) seen.add(pair);
    return [
      {
        line: i + 2,
        key: ref || email,
        applicationId: app?.id ?? null,
        reference: app?.reference ?? null,
        reviewerId,
        reviewerEmail,
        scores,
        comment: cell(commentCol).slice(0, 4000),
        errors,
      },
    ];
  });
  return { rows, headerErrors };
}
