import { inArray } from "drizzle-orm";
import { applicationEvents, applications, calls, programmeRoles, reviews, selectionSettings } from "../schema";
import type { CallForm, NewApplication } from "../schema";
import { ASEAN } from "../../lib/geo";
import { inBatches, seoul, type Tx } from "./batch";
import { ASEAN_DELEGATIONS_REFERENCE_PREFIX, SEED_IDS, SEOUL_2018_REFERENCE_PREFIX, seedUuid } from "./ids";
import type { DemoUserIds } from "./people";
import {
  buildAseanNominees,
  buildSeoulPool,
  REVIEWER_BIAS,
  SEOUL_LEFT_TO_SCORE,
  SEOUL_REVIEWERS,
} from "./selection-pool";
import type { CohortIds, ProgrammeIds } from "./programmes";
import { Rng } from "./random";
import { upsertPeople, userId } from "./users";
import { organisationDescription } from "./writing";

// Demo data for review and balanced selection: a closed Seoul 2018 call with a reviewed pool of 120
// Asia-Pacific applicants, and an ASEAN–ROK delegations call in which one member state nominated two.

const SEOUL_2018_RUBRIC = [
  { id: "potential", label: "Potential to support the 2005 Convention at home", weight: 0.5, max: 10 },
  { id: "experience", label: "Relevant experience in cultural policy", weight: 0.3, max: 10 },
  { id: "motivation", label: "Motivation and commitment", weight: 0.2, max: 10 },
];

/** The journey's rules: 30 seats, at least 17 countries, each of women and men 40–60%, at most 3 per country. */
const SEOUL_2018_RULES = { seats: 30, minCountries: 17, genderBand: { min: 0.4, max: 0.6 }, maxPerCountry: 3 };

const SEOUL_2018_FORM: CallForm = {
  pages: [{ title: "You and your work" }],
  questions: [
    {
      id: "organisation",
      page: 0,
      type: "long_text",
      label: "Your organisation and your role",
      required: true,
      maxWords: 300,
    },
    {
      id: "motivation",
      page: 0,
      type: "long_text",
      label: "Why you want to take part, and what you will do with it",
      required: true,
      maxWords: 400,
    },
  ],
};

async function eventsOnce(tx: Tx, rows: (typeof applicationEvents.$inferInsert)[]) {
  const ids = [...new Set(rows.map((r) => r.applicationId))];
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const part = await tx
      .selectDistinct({ id: applicationEvents.applicationId })
      .from(applicationEvents)
      .where(inArray(applicationEvents.applicationId, ids.slice(i, i + 500)));
    for (const r of part) found.add(r.id);
  }
  await inBatches(
    rows.filter((r) => !found.has(r.applicationId)),
    (part) => tx.insert(applicationEvents).values(part),
  );
}

/** The two calls, their pools, reviewers and (for Seoul 2018) the reviews; idempotent like the rest of the seed. */
export async function seedSelectionDemo(
  tx: Tx,
  cohortIds: CohortIds,
  programmeIds: ProgrammeIds,
  demo: DemoUserIds,
  passwordHash: string,
): Promise<{ seoul: number; asean: number }> {
  await tx
    .insert(calls)
    .values([
      {
        id: SEED_IDS.seoul2018Call,
        cohortId: cohortIds.seoul2018,
        title: "Call for participants: Capacity Development Programme on the 2005 Convention (Seoul, June 2018)",
        description:
          "Thirty participants from Asia-Pacific are selected for their potential to support the implementation of the 2005 Convention, with gender and geographical balance.",
        status: "closed",
        opensAt: seoul("2018-02-01 09:00"),
        closesAt: seoul("2018-03-31 18:00"),
        eligibility: { nationality: { regions: ["asia_pacific"] } },
        form: SEOUL_2018_FORM,
        rubric: SEOUL_2018_RUBRIC,
        balanceRules: SEOUL_2018_RULES,
      },
      {
        id: SEED_IDS.aseanDelegationsCall,
        cohortId: cohortIds.asean,
        title: "National delegations for the rescheduled workshop (nominations received)",
        description: "Each ASEAN Member State's nominations, to be confirmed as delegations of exactly three.",
        status: "closed",
        opensAt: seoul("2020-02-03 09:00"),
        closesAt: seoul("2020-03-31 18:00"),
        eligibility: { nationality: { groups: ["asean"] } },
        form: {
          pages: [{ title: "Nominee" }],
          questions: [
            {
              id: "current_position",
              page: 0,
              type: "short_text",
              label: "Current position and institution",
              required: true,
            },
          ],
        },
        rubric: [],
        balanceRules: { seats: 30, delegations: { countries: [...ASEAN], size: 3 } },
        nominationOnly: true,
      },
    ])
    .onConflictDoNothing();
  await tx
    .insert(selectionSettings)
    .values({
      callId: SEED_IDS.seoul2018Call,
      reviewersPerApplication: 2,
      anonymised: true,
      normalise: true,
      aggregation: "mean",
      offerDays: 14,
      updatedAt: seoul("2018-04-01 09:00"),
    })
    .onConflictDoNothing();

  const reviewerIds = await upsertPeople(tx, SEOUL_REVIEWERS, passwordHash);
  const reviewers = [demo.reviewer, ...SEOUL_REVIEWERS.map((r) => userId(reviewerIds, r.email))];
  await tx
    .insert(programmeRoles)
    .values(
      reviewers.map((id) => ({
        programmeId: programmeIds.seoul2018,
        userId: id,
        role: "reviewer" as const,
        createdAt: seoul("2018-04-01 09:00"),
      })),
    )
    .onConflictDoNothing();

  // Seoul 2018: 120 applications under review, two reviewers each, evenly (80 each).
  const pool = buildSeoulPool();
  const ids = await upsertPeople(
    tx,
    pool.map((m) => m.person),
    passwordHash,
  );
  const textRng = new Rng("seoul-2018-selection-texts");
  const submittedAt = (i: number) => new Date(seoul("2018-02-15 09:00").getTime() + i * 9 * 3600_000);
  const appRows: (NewApplication & { id: string })[] = pool.map(({ person }, i) => ({
    id: seedUuid(`application:seoul-2018:${person.email}`),
    reference: `${SEOUL_2018_REFERENCE_PREFIX}${String(i + 1).padStart(4, "0")}`,
    callId: SEED_IDS.seoul2018Call,
    applicantId: userId(ids, person.email),
    status: "under_review",
    answers: {
      organisation: organisationDescription(textRng, person),
      motivation: `I would bring the 2005 Convention's approach back to ${person.organisation}, where I ${textRng.pick(["prepare our periodic reporting", "advise on cultural industries policy", "work with artists on fair access to markets", "coordinate work with civil society"])}. Yours sincerely, ${person.name}`,
    },
    snapshotNationality: person.nationality,
    snapshotResidence: person.residence,
    snapshotGender: person.gender,
    snapshotOrganisation: person.organisation,
    snapshotField: person.field,
    submittedAt: submittedAt(i),
    createdAt: new Date(submittedAt(i).getTime() - 3 * 86_400_000),
    updatedAt: seoul("2018-04-02 10:00"),
  }));
  await inBatches(appRows, (part) => tx.insert(applications).values(part).onConflictDoNothing());
  await eventsOnce(
    tx,
    appRows.flatMap((a) => [
      {
        applicationId: a.id,
        fromStatus: "draft" as const,
        toStatus: "submitted" as const,
        actorId: a.applicantId,
        reason: null,
        createdAt: a.submittedAt!,
      },
      {
        applicationId: a.id,
        fromStatus: "submitted" as const,
        toStatus: "under_review" as const,
        actorId: demo.manager,
        reason: "Assigned to reviewers",
        createdAt: seoul("2018-04-02 10:00"),
      },
    ]),
  );

  const scoreRng = new Rng("seoul-2018-selection-scores");
  const pairs = [
    [0, 1],
    [1, 2],
    [0, 2],
  ] as const;
  let leftForUi = 0;
  const reviewRows = pool.flatMap(({ quality }, i) =>
    pairs[i % 3]!.map((r) => {
      const open = r === 0 && i >= 60 && leftForUi < SEOUL_LEFT_TO_SCORE && ++leftForUi > 0;
      const score = (shift: number) =>
        Math.round(Math.min(10, Math.max(1, quality + REVIEWER_BIAS[r]! + shift + (scoreRng.next() - 0.5) * 2)));
      return {
        id: seedUuid(`review:seoul-2018:${appRows[i]!.id}:${r}`),
        reviewerId: reviewers[r]!,
        applicationId: appRows[i]!.id,
        status: open ? ("assigned" as const) : ("submitted" as const),
        scores: (open ? {} : { potential: score(0), experience: score(-0.4), motivation: score(0.4) }) as Record<
          string,
          number
        >,
        comment: "",
        assignedAt: seoul("2018-04-02 10:00"),
        submittedAt: open ? null : seoul("2018-04-20 17:00"),
      };
    }),
  );
  await inBatches(reviewRows, (part) => tx.insert(reviews).values(part).onConflictDoNothing());

  // ASEAN–ROK: nominations submitted, not reviewed; Lao PDR nominated only two.
  const nominees = buildAseanNominees();
  const nomineeIds = await upsertPeople(tx, nominees, passwordHash);
  const nominations: (NewApplication & { id: string })[] = nominees.map((person, i) => ({
    id: seedUuid(`application:asean-delegations:${person.email}`),
    reference: `${ASEAN_DELEGATIONS_REFERENCE_PREFIX}${String(i + 1).padStart(4, "0")}`,
    callId: SEED_IDS.aseanDelegationsCall,
    applicantId: userId(nomineeIds, person.email),
    status: "submitted",
    answers: { current_position: `${person.position}, ${person.organisation}` },
    snapshotNationality: person.nationality,
    snapshotResidence: person.residence,
    snapshotGender: person.gender,
    snapshotOrganisation: person.organisation,
    snapshotField: person.field,
    submittedAt: seoul("2020-03-20 12:00"),
    createdAt: seoul("2020-03-10 12:00"),
    updatedAt: seoul("2020-03-20 12:00"),
  }));
  await inBatches(nominations, (part) => tx.insert(applications).values(part).onConflictDoNothing());
  await eventsOnce(
    tx,
    nominations.map((a) => ({
      applicationId: a.id,
      fromStatus: "draft" as const,
      toStatus: "submitted" as const,
      actorId: a.applicantId,
      reason: "Nominated by the member state",
      createdAt: a.submittedAt!,
    })),
  );

  return { seoul: appRows.length, asean: nominations.length };
}
