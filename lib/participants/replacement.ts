import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { applications, calls, enrolments, reviews, seatReplacements, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { regionOf } from "@/lib/geo";
import { proposeReplacement, type BalanceRules, type Candidate, type CandidateGender } from "@/lib/selection";

export type ProposedReplacement = { applicationId: string | null; reference: string | null; name: string | null; reason: string };

type Rubric = { id: string; weight: number; max: number }[];

/** A review's weighted score on the 0–10 scale the selection uses; an empty rubric weighs every score alike. */
function reviewScore(scores: Record<string, number>, rubric: Rubric): number | null {
  const entries = rubric.length ? rubric.filter((c) => typeof scores[c.id] === "number") : Object.keys(scores).map((id) => ({ id, weight: 1, max: 10 }));
  const weight = entries.reduce((s, c) => s + c.weight, 0);
  if (weight === 0) return null;
  return entries.reduce((s, c) => s + (c.weight * (scores[c.id] ?? 0) * 10) / (c.max || 10), 0) / weight;
}

/**
 * When an offer is declined or lapses, asks lib/selection who should take the seat, from the call's
 * waitlist and under its balance rules, and keeps the answer for staff (seat_replacements). Nobody is
 * offered anything here: staff decide from the proposal.
 */
export async function proposeSeatReplacement(tx: Executor, freed: { enrolmentId: string; cohortId: string; applicationId: string | null }, actorId: string | null, at: Date): Promise<ProposedReplacement> {
  const record = async (value: { callId: string | null; proposedApplicationId: string | null; reason: string; rules: unknown[] }) => {
    await tx.insert(seatReplacements).values({ cohortId: freed.cohortId, freedEnrolmentId: freed.enrolmentId, ...value, createdAt: at }).onConflictDoNothing();
    await writeAudit(tx, { actorId, action: "offer.replacementProposed", entityType: "enrolment", entityId: freed.enrolmentId, data: { proposedApplicationId: value.proposedApplicationId, reason: value.reason } });
  };
  if (!freed.applicationId) {
    const reason = "This place was not filled from a call, so there is no waitlist to propose from.";
    await record({ callId: null, proposedApplicationId: null, reason, rules: [] });
    return { applicationId: null, reference: null, name: null, reason };
  }
  const [freedApplication] = await tx.select({ callId: applications.callId }).from(applications).where(eq(applications.id, freed.applicationId));
  const [call] = freedApplication
    ? await tx.select({ id: calls.id, rubric: calls.rubric, balanceRules: calls.balanceRules }).from(calls).where(eq(calls.id, freedApplication.callId))
    : [];
  if (!call) {
    const reason = "The call behind this place no longer exists.";
    await record({ callId: null, proposedApplicationId: null, reason, rules: [] });
    return { applicationId: null, reference: null, name: null, reason };
  }

  const pool = await tx
    .select({ id: applications.id, status: applications.status, gender: applications.snapshotGender, country: applications.snapshotNationality, tracks: applications.trackPreferences })
    .from(applications)
    .where(and(eq(applications.callId, call.id), inArray(applications.status, ["submitted", "under_review", "shortlisted", "offered", "confirmed", "waitlisted", "declined"])));
  const poolIds = pool.map((a) => a.id);
  const [scored, seated] = await Promise.all([
    poolIds.length
      ? tx.select({ applicationId: reviews.applicationId, scores: reviews.scores }).from(reviews).where(and(inArray(reviews.applicationId, poolIds), eq(reviews.status, "submitted")))
      : Promise.resolve([]),
    tx
      .select({ applicationId: enrolments.applicationId })
      .from(enrolments)
      .where(and(eq(enrolments.cohortId, freed.cohortId), inArray(enrolments.status, ["offered", "confirmed"]), isNotNull(enrolments.applicationId))),
  ]);
  const sums = new Map<string, { total: number; n: number }>();
  for (const r of scored) {
    const score = r.applicationId ? reviewScore(r.scores, call.rubric) : null;
    if (score === null || !r.applicationId) continue;
    const s = sums.get(r.applicationId) ?? { total: 0, n: 0 };
    sums.set(r.applicationId, { total: s.total + score, n: s.n + 1 });
  }
  const candidates: Candidate[] = pool.map((a) => {
    const s = sums.get(a.id);
    return {
      id: a.id,
      score: s ? Math.round((s.total / s.n) * 100) / 100 : 0,
      gender: (a.gender as CandidateGender | null) ?? null,
      country: a.country,
      region: a.country ? regionOf(a.country) : null,
      trackId: a.tracks[0] ?? null,
    };
  });
  const chosenIds = [...new Set([...seated.map((s) => s.applicationId as string), freed.applicationId])];
  const byScore = new Map(candidates.map((c) => [c.id, c.score]));
  const waitlistIds = pool
    .filter((a) => a.status === "waitlisted")
    .map((a) => a.id)
    .sort((x, y) => (byScore.get(y) ?? 0) - (byScore.get(x) ?? 0) || x.localeCompare(y));
  const stored = call.balanceRules as Partial<BalanceRules>;
  const rules: BalanceRules = { ...stored, seats: typeof stored.seats === "number" ? stored.seats : chosenIds.length };

  const proposal = proposeReplacement(candidates, rules, chosenIds, freed.applicationId, waitlistIds);
  await record({ callId: call.id, proposedApplicationId: proposal.replacementId, reason: proposal.reason, rules: proposal.rules });
  if (!proposal.replacementId) return { applicationId: null, reference: null, name: null, reason: proposal.reason };
  const [who] = await tx
    .select({ reference: applications.reference, name: users.name })
    .from(applications)
    .innerJoin(users, eq(users.id, applications.applicantId))
    .where(eq(applications.id, proposal.replacementId));
  return { applicationId: proposal.replacementId, reference: who?.reference ?? null, name: who?.name ?? null, reason: proposal.reason };
}
