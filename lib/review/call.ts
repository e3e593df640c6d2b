import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { subquery } from "@/db/subquery";
import { callTracks, calls, cohorts, selectionSettings, tracks, type ApplicationStatus } from "@/db/schema";
import { readBalanceRules } from "@/lib/selection/stored-rules";
import type { RubricCriterion } from "./rubric";
import type { Aggregation } from "./scores";

type CallSettings = {
  reviewersPerApplication: number;
  anonymised: boolean;
  normalise: boolean;
  aggregation: Aggregation;
  avoidSameCountry: boolean;
  offerDays: number;
  /** 0 until the settings are first saved. */
  version: number;
};

const DEFAULT_SETTINGS: CallSettings = {
  reviewersPerApplication: 2,
  anonymised: false,
  normalise: false,
  aggregation: "mean",
  avoidSameCountry: false,
  offerDays: 14,
  version: 0,
};

/** Applications that reviewers score and the ranking lists: everything sent in and not withdrawn. */
export const REVIEWABLE: ApplicationStatus[] = [
  "submitted",
  "under_review",
  "shortlisted",
  "waitlisted",
  "offered",
  "confirmed",
  "declined",
  "rejected",
];
/** Applications the selection chooses among, before decisions are sent. */
export const SELECTABLE: ApplicationStatus[] = ["submitted", "under_review", "shortlisted"];

export type CallContext = NonNullable<Awaited<ReturnType<typeof getCallContext>>>;

/** A call with what review and selection need: rubric, rules, settings, tracks, cohort and zone (one statement). */
export async function getCallContext(db: Executor, callId: string) {
  const [row] = await db
    .select({
      id: calls.id,
      title: calls.title,
      status: calls.status,
      version: calls.version,
      rubric: calls.rubric,
      balanceRules: calls.balanceRules,
      nominationOnly: calls.nominationOnly,
      cohortId: cohorts.id,
      cohortTitle: cohorts.title,
      timeZone: cohorts.timeZone,
      programmeId: cohorts.programmeId,
      settings: {
        reviewersPerApplication: selectionSettings.reviewersPerApplication,
        anonymised: selectionSettings.anonymised,
        normalise: selectionSettings.normalise,
        aggregation: selectionSettings.aggregation,
        avoidSameCountry: selectionSettings.avoidSameCountry,
        offerDays: selectionSettings.offerDays,
        version: selectionSettings.version,
      },
      // The call's tracks in their order, in the same statement.
      tracks: subquery<
        { id: string; title: string }[] | string
      >`(select coalesce(json_agg(json_build_object('id', ${tracks.id}, 'title', ${tracks.title}) order by ${tracks.position}), '[]'::json) from ${callTracks} inner join ${tracks} on ${tracks.id} = ${callTracks.trackId} where ${callTracks.callId} = ${calls.id})`,
    })
    .from(calls)
    .innerJoin(cohorts, eq(cohorts.id, calls.cohortId))
    .leftJoin(selectionSettings, eq(selectionSettings.callId, calls.id))
    .where(eq(calls.id, callId))
    .limit(1);
  if (!row) return null;
  const { settings, balanceRules, rubric, tracks: trackRows, ...call } = row;
  return {
    ...call,
    rubric: rubric as RubricCriterion[],
    rules: readBalanceRules(balanceRules),
    settings: settings?.version ? (settings as CallSettings) : DEFAULT_SETTINGS,
    tracks: (typeof trackRows === "string" ? JSON.parse(trackRows) : trackRows) as { id: string; title: string }[],
  };
}

/** A stable seed per call for ordering equal scores where no suggestion recorded one. */
export function callSeed(callId: string): number {
  return Number.parseInt(callId.replace(/-/g, "").slice(0, 8), 16) & 0x7fffffff;
}
