import { normaliseScores, rankCandidates } from "@/lib/selection";
import type { RubricCriterion } from "./rubric";

export type Aggregation = "mean" | "median";

function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The weighted total of per-criterion scores on a 0–100 scale: each criterion as a share of its
 * maximum, weighted, divided by the weights' sum. Null when a criterion has no score; with `partial`,
 * over the criteria scored so far (a draft), null only when none is.
 */
export function weightedTotal(
  scores: Readonly<Record<string, number | null | undefined>>,
  rubric: readonly RubricCriterion[],
  options: { partial?: boolean } = {},
): number | null {
  let sum = 0;
  let weights = 0;
  for (const c of rubric) {
    const s = scores[c.id];
    if (s === null || s === undefined || !Number.isFinite(s)) {
      if (options.partial) continue;
      return null;
    }
    sum += c.weight * (s / c.max);
    weights += c.weight;
  }
  return weights > 0 ? (100 * sum) / weights : null;
}

/** Each criterion aggregated over the submitted reviews of one application. */
export function aggregateCriteria(
  reviews: readonly Readonly<Record<string, number>>[],
  rubric: readonly RubricCriterion[],
  method: Aggregation,
): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const c of rubric) {
    const values = reviews.map((r) => r[c.id]).filter((v): v is number => typeof v === "number" && Number.isFinite(v));
    out[c.id] = method === "median" ? median(values) : mean(values);
  }
  return out;
}

export type SubmittedReview = { applicationId: string; reviewerId: string; scores: Record<string, number> };

export type RankedApplication<A> = A & {
  rank: number;
  reviews: number;
  criteria: Record<string, number | null>;
  /** Weighted total of the aggregated criteria, 0–100; null before any review. */
  raw: number | null;
  /** Mean of per-reviewer z-scores of this application's review totals; null before any review. */
  normalised: number | null;
  /** What ranks and what the selection maximises: normalised when the call says so, else raw. */
  score: number;
};

/**
 * The ranking of a call: per-criterion aggregates, the raw weighted total and the normalised score of
 * every application, ordered by the score the call uses (ties by the seed). Applications nobody has
 * scored yet rank last with the lowest score.
 */
export function rankApplications<A extends { id: string }>(
  applications: readonly A[],
  reviews: readonly SubmittedReview[],
  rubric: readonly RubricCriterion[],
  options: { aggregation: Aggregation; normalise: boolean; seed: number },
): RankedApplication<A>[] {
  const byApplication = new Map<string, SubmittedReview[]>();
  for (const r of reviews) byApplication.set(r.applicationId, [...(byApplication.get(r.applicationId) ?? []), r]);
  const totals = reviews.flatMap((r) => {
    const total = weightedTotal(r.scores, rubric);
    return total === null ? [] : [{ reviewerId: r.reviewerId, subjectId: r.applicationId, total }];
  });
  const z = normaliseScores(totals);
  const lowestZ = Math.min(0, ...z.values());

  const rows = applications.map((a) => {
    const own = byApplication.get(a.id) ?? [];
    const criteria = aggregateCriteria(
      own.map((r) => r.scores),
      rubric,
      options.aggregation,
    );
    const raw = own.length ? weightedTotal(criteria, rubric) : null;
    const normalised = z.get(a.id) ?? null;
    const score = options.normalise ? (normalised ?? lowestZ - 1) : (raw ?? 0);
    return { ...a, rank: 0, reviews: own.length, criteria, raw, normalised, score };
  });
  return rankCandidates(rows, options.seed).map((row, i) => ({ ...row, rank: i + 1 }));
}
