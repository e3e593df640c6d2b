import { seededTieBreak } from "@/lib/selection";

export type AssignableApplication = {
  id: string;
  organisation: string | null;
  country: string | null;
  /** Reviewers already on it (assigned, draft or submitted). */
  reviewerIds: readonly string[];
  /** Reviewers who declared a conflict with it: never assigned again. */
  declaredConflictIds: readonly string[];
};

export type AssignableReviewer = { id: string; organisation: string | null; country: string | null; load: number };

const normalised = (text: string | null) => (text ?? "").normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();

/** Why a reviewer may not review an application, or null: same organisation, or (optionally) same country. */
export function detectConflict(
  application: Pick<AssignableApplication, "organisation" | "country">,
  reviewer: Pick<AssignableReviewer, "organisation" | "country">,
  options: { avoidSameCountry: boolean },
): string | null {
  const org = normalised(application.organisation);
  if (org && org === normalised(reviewer.organisation)) return "works at the applicant's organisation";
  if (options.avoidSameCountry && application.country && application.country === reviewer.country)
    return "is from the applicant's country";
  return null;
}

export type AssignmentPlan = {
  assignments: { applicationId: string; reviewerId: string }[];
  /** Applications that could not get enough reviewers free of conflicts. */
  short: { applicationId: string; missing: number }[];
  /** Load per reviewer after the plan (existing + new). */
  load: Map<string, number>;
};

/**
 * Gives every application up to `perApplication` reviewers, each time the least-loaded reviewer free
 * of declared and detected conflicts (ties broken by a stable hash, so pairs vary but reruns do not).
 * Existing assignments stay; only the missing places are filled.
 */
export function planAssignments(
  applications: readonly AssignableApplication[],
  reviewers: readonly AssignableReviewer[],
  options: { perApplication: number; avoidSameCountry: boolean; seed?: number },
): AssignmentPlan {
  const load = new Map(reviewers.map((r) => [r.id, r.load]));
  const assignments: AssignmentPlan["assignments"] = [];
  const short: AssignmentPlan["short"] = [];
  const seed = options.seed ?? 1;
  // The most constrained applications first (fewest reviewers free of conflicts for the places they
  // need), so the flexible ones absorb the load that is left and it stays even.
  const eligible = new Map(
    applications.map((a) => {
      const excluded = new Set([...a.reviewerIds, ...a.declaredConflictIds]);
      return [a.id, reviewers.filter((r) => !excluded.has(r.id) && detectConflict(a, r, options) === null)];
    }),
  );
  const slack = (a: AssignableApplication) =>
    eligible.get(a.id)!.length - (options.perApplication - a.reviewerIds.length);
  const ordered = [...applications].sort((a, b) => slack(a) - slack(b) || (a.id < b.id ? -1 : 1));
  for (const application of ordered) {
    let missing = options.perApplication - application.reviewerIds.length;
    if (missing <= 0) continue;
    const free = [...eligible.get(application.id)!].sort(
      (a, b) =>
        load.get(a.id)! - load.get(b.id)! ||
        seededTieBreak(seed, `${application.id}:${a.id}`) - seededTieBreak(seed, `${application.id}:${b.id}`),
    );
    for (const reviewer of free.slice(0, missing)) {
      assignments.push({ applicationId: application.id, reviewerId: reviewer.id });
      load.set(reviewer.id, load.get(reviewer.id)! + 1);
      missing--;
    }
    if (missing > 0) short.push({ applicationId: application.id, missing });
  }
  return { assignments, short, load };
}
