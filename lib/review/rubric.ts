import type { RubricCriterion } from "@/db/schema";
import type { FieldErrors } from "@/lib/errors";

// One rubric for every kind of review: a call's applications and a cohort's project proposals.
export type { RubricCriterion };

/** Whether `value` is a whole number of `step`s, allowing for binary fractions (0.1 + 0.2). */
export function isMultipleOf(value: number, step: number): boolean {
  const steps = value / step;
  return Math.abs(steps - Math.round(steps)) < 1e-9 * Math.max(1, Math.abs(steps));
}

/** What a score of this criterion may be, in words: "a whole number from 0 to 10", "a number from 0 to 100 in steps of 0.01". */
export function allowedScore(criterion: RubricCriterion): string {
  const step = criterion.step ?? 1;
  return step === 1
    ? `a whole number from 0 to ${criterion.max}`
    : `a number from 0 to ${criterion.max} in steps of ${step}`;
}

/**
 * The one rule for a score, wherever it comes from (the score form, a mentor's form, an imported file):
 * from 0 to the criterion's top, in its steps.
 */
export function fitsCriterion(value: number, criterion: RubricCriterion): boolean {
  return Number.isFinite(value) && value >= 0 && value <= criterion.max && isMultipleOf(value, criterion.step ?? 1);
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
  for (const key of Object.keys(typed))
    if (!rubric.some((c) => c.id === key)) errors[`scores.${key}`] = ["Not a criterion of this rubric."];
  for (const c of rubric) {
    const value = readScore(typed[c.id]);
    if (value === null) {
      if (options.complete) errors[`scores.${c.id}`] = [`Score ${c.label} before you submit.`];
      continue;
    }
    if (fitsCriterion(value, c)) scores[c.id] = value;
    else errors[`scores.${c.id}`] = [`${allowedScore(c).replace(/^a/, "A")}.`];
  }
  return { scores, errors };
}
