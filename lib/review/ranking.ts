import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { applications, reviews, users, type ApplicationStatus, type Gender } from "@/db/schema";
import { regionOf, isCountryCode, type UnescoRegion } from "@/lib/geo";
import type { Candidate } from "@/lib/selection/types";
import { rankApplications, type RankedApplication, type SubmittedReview } from "./scores";
import { callSeed, REVIEWABLE, type CallContext } from "./call";
import { subquery } from "@/db/subquery";

type ScoredRow = {
  id: string;
  reference: string;
  status: ApplicationStatus;
  applicantId: string;
  name: string;
  email: string;
  gender: Gender | null;
  country: string | null;
  region: UnescoRegion | null;
  organisation: string | null;
  trackId: string | null;
  assigned: number;
};
export type ScoredApplication = RankedApplication<ScoredRow>;

/**
 * Every application of the call that was sent in, scored and ranked, in one query (each application's
 * submitted reviews come aggregated alongside it). Normalisation always sees all of a reviewer's
 * reviews in the call, so filter by status after ranking, never before.
 */
export async function loadScoredApplications(
  db: Executor,
  call: CallContext,
  seed = callSeed(call.id),
): Promise<ScoredApplication[]> {
  const rows = await db
    .select({
      id: applications.id,
      reference: applications.reference,
      status: applications.status,
      applicantId: applications.applicantId,
      name: users.name,
      email: users.email,
      gender: applications.snapshotGender,
      country: applications.snapshotNationality,
      organisation: applications.snapshotOrganisation,
      trackId: sql<string | null>`${applications.trackPreferences}[1]`,
      assigned: subquery<number>`(select count(*)::int from ${reviews} r where r.application_id = ${applications.id} and r.status <> 'conflict')`,
      submitted: subquery<{ reviewerId: string; scores: Record<string, number> }[]>`coalesce((
        select json_agg(json_build_object('reviewerId', r.reviewer_id, 'scores', r.scores) order by r.reviewer_id)
        from ${reviews} r where r.application_id = ${applications.id} and r.status = 'submitted'), '[]'::json)`,
    })
    .from(applications)
    .innerJoin(users, eq(users.id, applications.applicantId))
    .where(and(eq(applications.callId, call.id), inArray(applications.status, REVIEWABLE)));

  const submitted: SubmittedReview[] = rows.flatMap((r) =>
    r.submitted.map((s) => ({ applicationId: r.id, reviewerId: s.reviewerId, scores: s.scores })),
  );
  const plain: ScoredRow[] = rows.map(({ submitted: _s, ...r }) => ({
    ...r,
    region: r.country && isCountryCode(r.country) ? regionOf(r.country) : null,
  }));
  return rankApplications(plain, submitted, call.rubric, {
    aggregation: call.settings.aggregation,
    normalise: call.settings.normalise,
    seed,
  });
}

/** What the solver and the meters see of an application. */
export function toCandidate(a: ScoredApplication): Candidate {
  return { id: a.id, score: a.score, gender: a.gender, country: a.country, region: a.region, trackId: a.trackId };
}
