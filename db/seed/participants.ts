import { inArray } from "drizzle-orm";
import { applicationEvents, applications, cohortParticipantSettings, enrolments, reviews } from "../schema";
import type { ApplicationStatus } from "../schema";
import { DEFAULT_COMPLETION_RULE } from "../../lib/participants/completion";
import { DEFAULT_PROPOSAL_TEMPLATE } from "../../lib/proposals/template";
import { seoul, type Tx } from "./batch";
import { CPI_2027_QUESTIONS } from "./calls";
import { CPI_2027_REFERENCE_PREFIX, SEED_IDS, seedUuid } from "./ids";
import type { DemoUserIds } from "./people";
import type { PersonSeed } from "./persons";
import type { CohortIds, TrackKey } from "./programmes";
import { upsertPeople, userId } from "./users";

/** When CPI 2027's proposals are due, on Seoul time. */
const CPI_2027_PROPOSAL_DEADLINE = seoul("2027-09-10 18:00");
/** The demo offer is open until this instant; the lapsed one ran out before the story's "today" (db/seed/batch.ts). */
const CPI_2027_OFFER_DEADLINE = seoul("2027-05-01 18:00");
const LAPSED_DEADLINE = seoul("2026-11-15 18:00");
const OFFERED_AT = seoul("2026-11-01 10:00");

const person = (
  email: string,
  name: string,
  country: string,
  gender: PersonSeed["gender"],
  organisation: string,
  day: number,
): PersonSeed => {
  const [givenName = name, ...rest] = name.split(" ");
  return {
    email,
    name,
    givenName,
    familyName: rest.join(" "),
    gender,
    genderOther: null,
    nationality: country,
    residence: country,
    organisation,
    position: "Programme coordinator",
    field: "Performing arts",
    languages: ["English"],
    yearsExperience: 6,
    createdAt: seoul(`2026-10-${String(day).padStart(2, "0")} 09:00`),
  };
};

/** The lapsed offer's holder and two people on the CPI 2027 waitlist, so an expiry has someone to propose. */
const OTHERS = {
  lapsed: person("kwame.asante@example.org", "Kwame Asante", "GH", "man", "Accra Dance Collective", 3),
  waitlistHigh: person("lucia.fernandez@example.org", "Lucía Fernández", "AR", "woman", "Teatro Abierto Rosario", 4),
  waitlistLow: person("tran.minh@example.org", "Trần Minh", "VN", "man", "Hanoi Puppet Workshop", 5),
} as const;

type Seat = {
  key: string;
  userId: string;
  status: ApplicationStatus;
  track: TrackKey;
  score: number;
  reference: string;
};

/**
 * The participant phase of CPI 2027: an open offer for offer@madang.test to confirm, one that lapsed
 * before "today" (for the expiry), a short waitlist, and the cohort's completion rule, proposal template
 * and deadline. Fixed ids and natural keys: a second run changes nothing.
 */
export async function seedParticipantPhase(
  tx: Tx,
  cohortIds: CohortIds,
  demo: DemoUserIds,
  passwordHash: string,
): Promise<void> {
  const ids = await upsertPeople(tx, Object.values(OTHERS), passwordHash);
  const seats: Seat[] = [
    {
      key: "offer-holder",
      userId: demo.offer_holder,
      status: "offered",
      track: "pa1",
      score: 8,
      reference: `${CPI_2027_REFERENCE_PREFIX}9001`,
    },
    {
      key: "lapsed-offer",
      userId: userId(ids, OTHERS.lapsed.email),
      status: "offered",
      track: "pa2",
      score: 7,
      reference: `${CPI_2027_REFERENCE_PREFIX}9002`,
    },
    {
      key: "waitlist-high",
      userId: userId(ids, OTHERS.waitlistHigh.email),
      status: "waitlisted",
      track: "pa2",
      score: 7,
      reference: `${CPI_2027_REFERENCE_PREFIX}9003`,
    },
    {
      key: "waitlist-low",
      userId: userId(ids, OTHERS.waitlistLow.email),
      status: "waitlisted",
      track: "pa1",
      score: 5,
      reference: `${CPI_2027_REFERENCE_PREFIX}9004`,
    },
  ];
  const people = new Map([
    [demo.offer_holder, { country: "NG", gender: "woman" as const, org: "Lagos Community Theatre" }],
    ...Object.values(OTHERS).map(
      (p) => [userId(ids, p.email), { country: p.nationality, gender: p.gender, org: p.organisation }] as const,
    ),
  ]);
  const appId = (key: string) => seedUuid(`application:cpi-2027:${key}`);
  const submittedAt = seoul("2026-10-12 15:00");

  await tx
    .insert(applications)
    .values(
      seats.map((s) => {
        const p = people.get(s.userId)!;
        return {
          id: appId(s.key),
          reference: s.reference,
          callId: SEED_IDS.cpi2027Call,
          applicantId: s.userId,
          status: s.status,
          answers: {
            [CPI_2027_QUESTIONS.organisation]: `I coordinate programmes at ${p.org}.`,
            [CPI_2027_QUESTIONS.years]: 6,
            [CPI_2027_QUESTIONS.projectIdea]:
              "A touring programme of performances and workshops in neighbourhoods without a theatre.",
          },
          trackPreferences: [cohortIds.tracks2027[s.track]],
          snapshotNationality: p.country,
          snapshotResidence: p.country,
          snapshotGender: p.gender,
          snapshotOrganisation: p.org,
          snapshotField: "Performing arts",
          submittedAt,
          createdAt: seoul("2026-10-10 09:00"),
          updatedAt: OFFERED_AT,
        };
      }),
    )
    .onConflictDoNothing();

  const existing = new Set(
    (
      await tx
        .selectDistinct({ id: applicationEvents.applicationId })
        .from(applicationEvents)
        .where(
          inArray(
            applicationEvents.applicationId,
            seats.map((s) => appId(s.key)),
          ),
        )
    ).map((r) => r.id),
  );
  const events = seats
    .filter((s) => !existing.has(appId(s.key)))
    .flatMap((s) => [
      {
        applicationId: appId(s.key),
        fromStatus: "draft" as const,
        toStatus: "submitted" as const,
        actorId: s.userId,
        reason: null,
        createdAt: submittedAt,
      },
      {
        applicationId: appId(s.key),
        fromStatus: "submitted" as const,
        toStatus: "under_review" as const,
        actorId: demo.manager,
        reason: "Assigned to a reviewer",
        createdAt: seoul("2026-10-15 10:00"),
      },
      ...(s.status === "offered"
        ? [
            {
              applicationId: appId(s.key),
              fromStatus: "under_review" as const,
              toStatus: "shortlisted" as const,
              actorId: demo.manager,
              reason: "Early selection for the intensive course",
              createdAt: seoul("2026-10-30 10:00"),
            },
            {
              applicationId: appId(s.key),
              fromStatus: "shortlisted" as const,
              toStatus: "offered" as const,
              actorId: demo.manager,
              reason: "Offer sent",
              createdAt: OFFERED_AT,
            },
          ]
        : [
            {
              applicationId: appId(s.key),
              fromStatus: "under_review" as const,
              toStatus: "waitlisted" as const,
              actorId: demo.manager,
              reason: "Waitlisted for the intensive course",
              createdAt: OFFERED_AT,
            },
          ]),
    ]);
  if (events.length) await tx.insert(applicationEvents).values(events);

  await tx
    .insert(reviews)
    .values(
      seats.map((s) => ({
        id: seedUuid(`review:${appId(s.key)}:reviewer`),
        reviewerId: demo.reviewer,
        applicationId: appId(s.key),
        status: "submitted" as const,
        scores: { potential: s.score, proposal: s.score, motivation: s.score },
        comment: "Clear project idea with local partners.",
        assignedAt: seoul("2026-10-15 10:00"),
        submittedAt: seoul("2026-10-20 10:00"),
      })),
    )
    .onConflictDoNothing();

  await tx
    .insert(enrolments)
    .values([
      {
        id: SEED_IDS.cpi2027OpenOffer,
        cohortId: cohortIds.cpi2027,
        userId: demo.offer_holder,
        applicationId: appId("offer-holder"),
        trackId: cohortIds.tracks2027.pa1,
        status: "offered",
        offerExpiresAt: CPI_2027_OFFER_DEADLINE,
        createdAt: OFFERED_AT,
      },
      {
        id: SEED_IDS.cpi2027LapsedOffer,
        cohortId: cohortIds.cpi2027,
        userId: seats[1]!.userId,
        applicationId: appId("lapsed-offer"),
        trackId: cohortIds.tracks2027.pa2,
        status: "offered",
        offerExpiresAt: LAPSED_DEADLINE,
        createdAt: OFFERED_AT,
      },
    ])
    .onConflictDoNothing();

  await tx
    .insert(cohortParticipantSettings)
    .values({
      cohortId: cohortIds.cpi2027,
      completionRule: DEFAULT_COMPLETION_RULE,
      proposalTemplate: DEFAULT_PROPOSAL_TEMPLATE,
      proposalDeadline: CPI_2027_PROPOSAL_DEADLINE,
      updatedAt: OFFERED_AT,
    })
    .onConflictDoNothing();
}
