import { createHash } from "node:crypto";

const NAMESPACE = "madang-seed/v1";

/**
 * A stable UUID (version 5 layout, SHA-1 of a namespace and a name) for a seeded row, so running the
 * seed twice addresses the same rows instead of adding new ones.
 */
export function seedUuid(name: string): string {
  const bytes = createHash("sha1").update(`${NAMESPACE}:${name}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Slugs of the seeded programmes and network: stable, and what pages and tests should look up. */
export const SEED_SLUGS = {
  cpi: "cultural-partnership-initiative",
  seoul2018: "unesco-2005-convention-capacity-development-seoul-2018",
  asean: "unesco-asean-rok-cultural-policymakers-workshop",
  kaces: "kaces-arts-culture-education-international-exchange",
  learningCitiesNetwork: "gnlc",
} as const;

/** Fixed ids of seeded rows that have no natural key of their own. */
export const SEED_IDS = {
  cpi2023Cohort: seedUuid("cohort:cpi-2023"),
  cpi2027Cohort: seedUuid("cohort:cpi-2027"),
  cpi2027Call: seedUuid("call:cpi-2027"),
  seoul2018Cohort: seedUuid("cohort:seoul-2018"),
  aseanCohort: seedUuid("cohort:asean-rok"),
  aseanCall: seedUuid("call:asean-rok-nominations"),
  /** Closed call for Seoul 2018: 120 applicants, the 30 chosen by a recorded selection run. */
  seoul2018Call: seedUuid("call:seoul-2018"),
  /** Closed call with a reviewed pool of 120 like Seoul 2018's and no selection, for the balanced-selection journeys. */
  selectionPracticeCall: seedUuid("call:selection-practice"),
  /** Closed ASEAN–ROK delegations call where one member state nominated only two officials. */
  aseanDelegationsCall: seedUuid("call:asean-rok-delegations"),
  cpi2027AdministratorsCall: seedUuid("call:cpi-2027-administrators"),
  cpi2027MentorsCall: seedUuid("call:cpi-2027-mentors"),
  applicantMentorsDraft: seedUuid("application:cpi-2027-mentors:applicant"),
  cpiDayForumSession: seedUuid("session:cpi-2023:cpi-day-forum"),
  outstandingProposalsSession: seedUuid("session:cpi-2023:cpi-day-proposals"),
  /** CPI Day 2027: where the cohort's outstanding proposals are presented. */
  cpi2027ProposalsSession: seedUuid("session:cpi-2027:cpi-day-proposals"),
  /** The demo offer to confirm (offer@madang.test) and the one that has already lapsed. */
  cpi2027OpenOffer: seedUuid("enrolment:cpi-2027:offer-holder"),
  cpi2027LapsedOffer: seedUuid("enrolment:cpi-2027:lapsed-offer"),
} as const;

/** Reference prefix of applications to the CPI 2027 call ("CPI27-0001"). */
export const CPI_2027_REFERENCE_PREFIX = "CPI27-";
export const SEOUL_2018_REFERENCE_PREFIX = "SEO18-";
export const SELECTION_PRACTICE_REFERENCE_PREFIX = "PRA18-";
export const ASEAN_DELEGATIONS_REFERENCE_PREFIX = "ASEAN-D-";
