import type { RubricCriterion } from "@/db/schema";
import type { FieldErrors } from "@/lib/errors";

// One rubric for every kind of review: a call's applications and a cohort's project proposals.
export type { RubricCriterion };

/** Why one typed score does not fit its criterion, or null when it does. */
export function scoreProblem(value: number, criterion: RubricCriterion): string | null {
  if (!Number.isFinite(value) || !Number.isInteger(value) || value < 0 || value > criterion.max) return `A whole number from 0 to ${criterion.max}.`;
  return null;
}

/** A score as a person typed it ("7", "7,5", 7) or null when left empty. */
function readScore(raw: number | string | null | undefined): number | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") return raw;
  const text = raw.trim().replace(",", ".");
  return text === "" ? null : Number(text);
}

/**
 * Scores checked against the rubric: only its criteria, each within its scale; with `complete`, every
 * criterion scored. Field errors are keyed `scores.<criterion>` so they land on the form's fields.
 */
export function checkScores(
  rubric: readonly RubricCriterion[],
  typed: Readonly<Record<string, number | string | null | undefined>>,
  options: { complete: boolean },
): { scores: Record<string, number>; errors: FieldErrors } {
  const scores: Record<string, number> = {};
  const errors: FieldErrors = {};
  for (const key of Object.keys(typed)) if (!rubric.some((c) => c.id === key)) errors[`scores.${key}`] = ["Not a criterion of this rubric."];
  for (const c of rubric) {
    const value = readScore(typed[c.id]);
    if (value === null) {
      if (options.complete) errors[`scores.${c.id}`] = [`Score ${c.label} before you submit.`];
      continue;
    }
    const problem = scoreProblem(value, c);
    if (problem) errors[`scores.${c.id}`] = [problem];
    else scores[c.id] = value;
  }
  return { scores, errors };
}
