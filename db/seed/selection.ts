import { and, eq, inArray } from "drizzle-orm";
import {
  applicationEvents,
  applications,
  calls,
  enrolments,
  programmeRoles,
  reviews as reviewsTable,
  selectionRuns,
  selectionSettings,
} from "../schema";
import type { ApplicationStatus, CallForm, NewApplication } from "../schema";
import { ASEAN, isCountryCode, regionOf } from "../../lib/geo";
import { rankApplications } from "../../lib/review/scores";
import { runFigures, suggestSelection, type Candidate } from "../../lib/selection";
import { seoul2018Graduates } from "./alumni";
import type { PersonSeed } from "./persons";
import { inBatches, seoul, type Tx } from "./batch";
import {
  ASEAN_DELEGATIONS_REFERENCE_PREFIX,
  SEED_IDS,
  SELECTION_PRACTICE_REFERENCE_PREFIX,
  SEOUL_2018_REFERENCE_PREFIX,
  seedUuid,
} from "./ids";
import type { DemoUserIds } from "./people";
import {
  buildAseanNominees,
  buildSeoul2018Applicants,
  buildSeoulPool,
  type PoolMember,
  REVIEWER_BIAS,
  SEOUL_LEFT_TO_SCORE,
  SEOUL_REVIEWERS,
} from "./selection-pool";
import type { CohortIds, ProgrammeIds } from "./programmes";
import { Rng } from "./random";
import { upsertPeople, userId } from "./users";
import { organisationDescription } from "./writing";

// Demo data for review and balanced selection: the closed Seoul 2018 call with its 120 applicants and the
// selection that chose the 30 (recorded as a run of the selection code), a practice call with a reviewed pool
// and no selection yet (the browser journeys select there), and an ASEAN–ROK delegations call in which one
// member state nominated two.

const SEOUL_2018_RUBRIC = [
  { id: "potential", label: "Potential to support the 2005 Convention at home", weight: 0.5, max: 10 },
  { id: "experience", label: "Relevant experience in cultural policy", weight: 0.3, max: 10 },
  { id: "motivation", label: "Motivation and commitment", weight: 0.2, max: 10 },
];

/** The journey's rules: 30 seats, at least 17 countries, each of women and men 40–60%, at most 3 per country. */
const SEOUL_2018_RULES = { seats: 30, minCountries: 17, genderBand: { min: 0.4, max: 0.6 }, maxPerCountry: 3 };

/** The seed of the recorded Seoul 2018 run: the day it was accepted. */
const SEOUL_2018_RUN_SEED = 20180425;

const SEOUL_2018_SETTINGS = {
  reviewersPerApplication: 2,
  anonymised: true,
  normalise: true,
  aggregation: "mean",
  offerDays: 14,
} as const;

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

/** Writes each move (application, new status) that is not recorded yet, so a second seed adds none. */
async function eventsOnce(tx: Tx, rows: (typeof applicationEvents.$inferInsert)[]) {
  const ids = [...new Set(rows.map((r) => r.applicationId))];
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const part = await tx
      .selectDistinct({ id: applicationEvents.applicationId, to: applicationEvents.toStatus })
      .from(applicationEvents)
      .where(inArray(applicationEvents.applicationId, ids.slice(i, i + 500)));
    for (const r of part) found.add(`${r.id}:${r.to}`);
  }
  await inBatches(
    rows.filter((r) => !found.has(`${r.applicationId}:${r.toStatus}`)),
    (part) => tx.insert(applicationEvents).values(part),
  );
}

type ReviewedPool = {
  applications: (NewApplication & { id: string; applicantId: string; submittedAt: Date })[];
  reviews: { applicationId: string; reviewerId: string; scores: Record<string, number>; submitted: boolean }[];
};

/**
 * A call's applications, each reviewed by two of the three reviewers in rotation; `leftToScore` of
 * reviewer@madang.test's reviews stay open for the browser. Written under review; returned for the selection.
 */
async function writeReviewedPool(
  tx: Tx,
  demo: DemoUserIds,
  reviewers: string[],
  passwordHash: string,
  options: { callId: string; key: string; rngKey: string; prefix: string; pool: PoolMember[]; leftToScore: number },
): Promise<ReviewedPool> {
  const { pool, key } = options;
  const ids = await upsertPeople(
    tx,
    pool.map((m) => m.person),
    passwordHash,
  );
  const textRng = new Rng(`${options.rngKey}-selection-texts`);
  const submittedAt = (i: number) => new Date(seoul("2018-02-15 09:00").getTime() + i * 9 * 3600_000);
  const appRows = pool.map(({ person }, i) => ({
    id: seedUuid(`application:${key}:${person.email}`),
    reference: `${options.prefix}${String(i + 1).padStart(4, "0")}`,
    callId: options.callId,
    applicantId: userId(ids, person.email),
    status: "under_review" as const,
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

  const scoreRng = new Rng(`${options.rngKey}-selection-scores`);
  const pairs = [
    [0, 1],
    [1, 2],
    [0, 2],
  ] as const;
  let leftForUi = 0;
  const reviews = pool.flatMap(({ quality }, i) =>
    pairs[i % 3]!.map((r) => {
      const open = r === 0 && i >= 60 && leftForUi < options.leftToScore && ++leftForUi > 0;
      const score = (shift: number) =>
        Math.round(Math.min(10, Math.max(1, quality + REVIEWER_BIAS[r]! + shift + (scoreRng.next() - 0.5) * 2)));
      return {
        applicationId: appRows[i]!.id,
        reviewerId: reviewers[r]!,
        r,
        submitted: !open,
        scores: (open ? {} : { potential: score(0), experience: score(-0.4), motivation: score(0.4) }) as Record<
          string,
          number
        >,
      };
    }),
  );
  await inBatches(
    reviews.map((v) => ({
      id: seedUuid(`review:${key}:${v.applicationId}:${v.r}`),
      reviewerId: v.reviewerId,
      applicationId: v.applicationId,
      status: v.submitted ? ("submitted" as const) : ("assigned" as const),
      scores: v.scores,
      comment: "",
      assignedAt: seoul("2018-04-02 10:00"),
      submittedAt: v.submitted ? seoul("2018-04-20 17:00") : null,
    })),
    (part) => tx.insert(reviewsTable).values(part).onConflictDoNothing(),
  );
  await eventsOnce(
    tx,
    appRows.flatMap((a) => [
      {
        applicationId: a.id,
        fromStatus: "draft" as const,
        toStatus: "submitted" as const,
        actorId: a.applicantId,
        reason: null,
        createdAt: a.submittedAt,
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
  return { applications: appRows, reviews };
}

/**
 * Seoul 2018's selection, made by the app's own code: the pool scored as the ranking page scores it
 * (lib/review/scores.ts), the 30 chosen by the solver under the call's rules (lib/selection), the run kept
 * accepted with its seed and rules, and each application moved on to where it ended (confirmed or not
 * selected). The chosen must be the graduates that alumni.ts enrols, or the seed stops.
 */
async function recordSeoul2018Selection(
  tx: Tx,
  demo: DemoUserIds,
  pool: ReviewedPool,
  graduates: readonly PersonSeed[],
  cohortId: string,
): Promise<{ chosen: number }> {
  const ranked = rankApplications(
    pool.applications.map((a) => ({
      id: a.id,
      gender: a.snapshotGender ?? null,
      country: a.snapshotNationality ?? null,
    })),
    pool.reviews.filter((r) => r.submitted),
    SEOUL_2018_RUBRIC,
    {
      aggregation: SEOUL_2018_SETTINGS.aggregation,
      normalise: SEOUL_2018_SETTINGS.normalise,
      seed: SEOUL_2018_RUN_SEED,
    },
  );
  const candidates: Candidate[] = ranked.map((a) => ({
    id: a.id,
    score: a.score,
    gender: a.gender,
    country: a.country,
    region: a.country && isCountryCode(a.country) ? regionOf(a.country) : null,
    trackId: null,
  }));
  // The solver's worker thread does not hold the process open (it is unref'd for the server), and a seed run
  // from the command line has nothing else pending while it solves: without this timer Node would exit mid-seed.
  const hold = setInterval(() => undefined, 60_000);
  const suggestion = await suggestSelection(candidates, SEOUL_2018_RULES, { seed: SEOUL_2018_RUN_SEED }).finally(() =>
    clearInterval(hold),
  );
  const chosen = new Set(suggestion.chosenIds);
  const graduateIds = new Set(graduates.map((g) => seedUuid(`application:seoul-2018:${g.email}`)));
  if (!suggestion.feasible || chosen.size !== graduateIds.size || [...chosen].some((id) => !graduateIds.has(id)))
    throw new Error(
      "Seoul 2018: the selection code did not choose the graduates; adjust the pool in selection-pool.ts",
    );

  const decidedAt = seoul("2018-04-25 10:00");
  await tx
    .insert(selectionRuns)
    .values({
      id: seedUuid("selection-run:seoul-2018"),
      callId: SEED_IDS.seoul2018Call,
      seed: SEOUL_2018_RUN_SEED,
      rules: SEOUL_2018_RULES as unknown as Record<string, unknown>,
      ...runFigures(suggestion),
      candidates: candidates.length,
      status: "accepted",
      createdBy: demo.manager,
      createdAt: seoul("2018-04-25 09:30"),
      decidedBy: demo.manager,
      decidedAt,
    })
    .onConflictDoNothing();

  // Where each application ended, with the moves that took it there.
  const reason = `Accepted the suggestion with seed ${SEOUL_2018_RUN_SEED}`;
  const at = (day: string) => seoul(`2018-${day}`);
  const moves = pool.applications.flatMap((a) =>
    chosen.has(a.id)
      ? [
          { from: "under_review", to: "shortlisted", reason, at: decidedAt },
          { from: "shortlisted", to: "offered", reason: "Decision letters sent", at: at("04-27 10:00") },
          { from: "offered", to: "confirmed", reason: "Confirmed the place", at: at("05-02 10:00") },
        ].map((m) => ({ ...m, applicationId: a.id, actor: m.to === "confirmed" ? a.applicantId : demo.manager }))
      : [
          {
            applicationId: a.id,
            from: "under_review",
            to: "rejected",
            reason: "Not selected",
            at: at("04-27 10:00"),
            actor: demo.manager,
          },
        ],
  );
  await eventsOnce(
    tx,
    moves.map((m) => ({
      applicationId: m.applicationId,
      fromStatus: m.from as ApplicationStatus,
      toStatus: m.to as ApplicationStatus,
      actorId: m.actor,
      reason: m.reason,
      createdAt: m.at,
    })),
  );
  const chosenIds = [...chosen];
  const others = pool.applications.map((a) => a.id).filter((id) => !chosen.has(id));
  await tx
    .update(applications)
    .set({ status: "confirmed", updatedAt: at("05-02 10:00") })
    .where(and(inArray(applications.id, chosenIds), eq(applications.status, "under_review")));
  await tx
    .update(applications)
    .set({ status: "rejected", updatedAt: at("04-27 10:00") })
    .where(and(inArray(applications.id, others), eq(applications.status, "under_review")));
  // Each graduate's enrolment (written by alumni.ts) points at the application that won the seat.
  for (const a of pool.applications.filter((x) => chosen.has(x.id)))
    await tx
      .update(enrolments)
      .set({ applicationId: a.id })
      .where(and(eq(enrolments.cohortId, cohortId), eq(enrolments.userId, a.applicantId)));
  return { chosen: chosen.size };
}

/** The three calls, their pools, reviewers and (for Seoul 2018) the reviews; idempotent like the rest of the seed. */
export async function seedSelectionDemo(
  tx: Tx,
  cohortIds: CohortIds,
  programmeIds: ProgrammeIds,
  demo: DemoUserIds,
  passwordHash: string,
): Promise<{ seoul: number; chosen: number; practice: number; asean: number }> {
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
        id: SEED_IDS.selectionPracticeCall,
        cohortId: cohortIds.seoul2018,
        title: "Practice call: a pool like Seoul 2018's, for learning balanced selection",
        description:
          "A closed call with a reviewed pool and no selection yet, for staff to practise choosing thirty with gender and geographical balance. Nobody here takes a seat in the 2018 edition.",
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
    .values(
      [SEED_IDS.seoul2018Call, SEED_IDS.selectionPracticeCall].map((callId) => ({
        callId,
        ...SEOUL_2018_SETTINGS,
        updatedAt: seoul("2018-04-01 09:00"),
      })),
    )
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

  // Seoul 2018 as it happened: 120 applications, all reviewed, the 30 chosen by the selection code under the
  // call's rules, offered seats and confirmed (they are the graduates of alumni.ts); the others not selected.
  const graduates = seoul2018Graduates().map((g) => g.person);
  const seoul2018 = await writeReviewedPool(tx, demo, reviewers, passwordHash, {
    callId: SEED_IDS.seoul2018Call,
    key: "seoul-2018",
    rngKey: "seoul-2018-call",
    prefix: SEOUL_2018_REFERENCE_PREFIX,
    pool: buildSeoul2018Applicants(graduates),
    leftToScore: 0,
  });
  const run = await recordSeoul2018Selection(tx, demo, seoul2018, graduates, cohortIds.seoul2018);

  // The practice call: the same kind of pool, under review, with three reviews left to score and no run.
  const practice = await writeReviewedPool(tx, demo, reviewers, passwordHash, {
    callId: SEED_IDS.selectionPracticeCall,
    key: "selection-practice",
    // The random streams the journeys' pool has always had, so its scores and its suggestion stay as they were.
    rngKey: "seoul-2018",
    prefix: SELECTION_PRACTICE_REFERENCE_PREFIX,
    pool: buildSeoulPool(),
    leftToScore: SEOUL_LEFT_TO_SCORE,
  });

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

  return {
    seoul: seoul2018.applications.length,
    chosen: run.chosen,
    practice: practice.applications.length,
    asean: nominations.length,
  };
}
