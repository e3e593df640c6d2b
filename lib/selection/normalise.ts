/**
 * Per-reviewer z-scores, averaged per subject: a harsh reviewer's 6 and a lenient one's 9 count the
 * same when each is as far above that reviewer's own mean. A reviewer with one score, or all scores
 * equal, contributes 0 (no information about spread).
 */
export function normaliseScores(
  reviews: readonly { reviewerId: string; subjectId: string; total: number }[],
): Map<string, number> {
  const byReviewer = new Map<string, number[]>();
  for (const r of reviews)
    (byReviewer.get(r.reviewerId) ?? byReviewer.set(r.reviewerId, []).get(r.reviewerId)!).push(r.total);
  const stats = new Map<string, { mean: number; sd: number }>();
  for (const [reviewer, totals] of byReviewer) {
    const mean = totals.reduce((s, x) => s + x, 0) / totals.length;
    const variance = totals.reduce((s, x) => s + (x - mean) ** 2, 0) / totals.length;
    stats.set(reviewer, { mean, sd: Math.sqrt(variance) });
  }
  const sums = new Map<string, { sum: number; n: number }>();
  for (const r of reviews) {
    const { mean, sd } = stats.get(r.reviewerId)!;
    const z = sd > 1e-12 ? (r.total - mean) / sd : 0;
    const acc = sums.get(r.subjectId) ?? { sum: 0, n: 0 };
    acc.sum += z;
    acc.n += 1;
    sums.set(r.subjectId, acc);
  }
  return new Map([...sums].map(([id, { sum, n }]) => [id, sum / n]));
}
