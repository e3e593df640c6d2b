import { inArray } from "drizzle-orm";
import { applicationEvents, applications, reviews } from "../schema";
import type { ApplicationStatus, NewApplication } from "../schema";
import { inBatches, seoul, type Tx } from "./batch";
import { CPI_2027_QUESTIONS, CPI_2027_WINDOW } from "./calls";
import { PLACES } from "./data/places";
import { CPI_FIELD_WEIGHTS, REVIEW_COMMENTS, type Field } from "./data/work";
import { CPI_2027_REFERENCE_PREFIX, SEED_IDS, seedUuid } from "./ids";
import type { DemoUserIds } from "./people";
import { genderSequence, instantBetween, makePerson, type PersonSeed } from "./persons";
import type { CohortIds, TrackKey } from "./programmes";
import { apportion, Rng } from "./random";
import { upsertPeople, userId } from "./users";
import { organisationDescription, projectIdea, projectTitle } from "./writing";

/** Size and shape of the CPI 2027 applicant pool. */
const APPLICANT_POOL = { size: 340, drafts: 34, withdrawn: 7, underReview: 30, reviewed: 20 } as const;

/** Nothing in the pool happens after this instant, so the data reads as "so far" for a demo in late 2026. */
const LAST_ACTIVITY = seoul("2026-11-20 23:00");
const REVIEW_ASSIGNED_AT = seoul("2026-11-18 10:00");
const HOUR = 3600_000;
const DAY = 24 * HOUR;

const FIRST_CHOICE: Partial<Record<Field, readonly TrackKey[]>> = {
  "Performing arts": ["pa1", "pa2"],
  Festivals: ["pa2"],
  Music: ["pa1", "pa2"],
  Publication: ["pub"],
  "Arts education": ["pub"],
  "Cultural products": ["cp"],
  Design: ["cp"],
  Heritage: ["cp"],
  "Visual arts": ["cp"],
  Museums: ["cp", "pub"],
};

function rankTracks(rng: Rng, field: Field): TrackKey[] {
  const preferred = rng.shuffle(FIRST_CHOICE[field] ?? []);
  const rest = rng.shuffle((["pa1", "pa2", "pub", "cp"] as const).filter((t) => !preferred.includes(t)));
  const length = rng.weighted([
    [4, 40],
    [3, 25],
    [2, 25],
    [1, 10],
  ] as const);
  return [...preferred, ...rest].slice(0, Math.max(1, length));
}

type Applicant = {
  person: PersonSeed;
  status: ApplicationStatus;
  startedAt: Date;
  submittedAt: Date | null;
  withdrawnAt: Date | null;
  quality: number;
};

/** The pool as data: who applies, from where, and how far each application got. Pure and deterministic. */
function buildApplicantPool(): Applicant[] {
  const rng = new Rng("cpi-2027-applicant-pool");
  const { size } = APPLICANT_POOL;
  const weights = PLACES.filter((p) => p.cpiWeight > 0).map((p) => [p.code, p.cpiWeight] as const);
  const perCountry = apportion(size, weights, 1);
  const countries = rng.shuffle([...perCountry].flatMap(([code, n]) => Array.from({ length: n }, () => code)));
  const genders = genderSequence(rng, size);
  const statuses = rng.shuffle<ApplicationStatus>([
    ...Array.from({ length: APPLICANT_POOL.drafts }, () => "draft" as const),
    ...Array.from({ length: APPLICANT_POOL.withdrawn }, () => "withdrawn" as const),
    ...Array.from({ length: size - APPLICANT_POOL.drafts - APPLICANT_POOL.withdrawn }, () => "submitted" as const),
  ]);

  const pool = countries.map((country, i): Applicant => {
    const startedAt = instantBetween(rng, CPI_2027_WINDOW.opensAt, new Date(LAST_ACTIVITY.getTime() - 2 * DAY));
    const field = rng.weighted(CPI_FIELD_WEIGHTS);
    const residence = rng.chance(0.04) ? rng.pick(["KR", "FR", "DE", "GB", "US", "JP"]) : country;
    const person = makePerson(rng, {
      country,
      gender: genders[i] ?? "undisclosed",
      field,
      serial: i + 1,
      createdAt: new Date(startedAt.getTime() - rng.int(1, 72) * HOUR),
      residence,
    });
    const status = statuses[i] ?? "draft";
    const submittedAt =
      status === "draft"
        ? null
        : instantBetween(
            rng,
            new Date(startedAt.getTime() + HOUR),
            new Date(Math.min(startedAt.getTime() + 21 * DAY, LAST_ACTIVITY.getTime() - DAY)),
          );
    const withdrawnAt = status === "withdrawn" && submittedAt ? instantBetween(rng, submittedAt, LAST_ACTIVITY) : null;
    return {
      person,
      status,
      startedAt,
      submittedAt,
      withdrawnAt,
      quality: Math.min(9.5, Math.max(2.5, 6.3 + (rng.next() + rng.next() + rng.next() - 1.5) * 3)),
    };
  });

  // The earliest submissions are the ones already with the reviewer.
  const submitted = pool
    .filter((a) => a.status === "submitted")
    .sort((a, b) => (a.submittedAt?.getTime() ?? 0) - (b.submittedAt?.getTime() ?? 0));
  for (const a of submitted.slice(0, APPLICANT_POOL.underReview)) a.status = "under_review";
  return pool;
}

/**
 * ≥ 320 applicants to the CPI 2027 open call: their accounts and profiles, applications (submitted,
 * drafts, a few withdrawn, some under review), state events, and the reviewer's scores on 20 of them.
 */
export async function seedApplicants(
  tx: Tx,
  cohortIds: CohortIds,
  demo: DemoUserIds,
  passwordHash: string,
): Promise<{ applicants: number; applications: number; reviews: number }> {
  const pool = buildApplicantPool();
  const ids = await upsertPeople(
    tx,
    pool.map((a) => a.person),
    passwordHash,
  );
  const textRng = new Rng("cpi-2027-application-texts");

  const byStart = [...pool].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  const rows: (NewApplication & { id: string })[] = byStart.map((a, index) => {
    const { person } = a;
    const applicantId = userId(ids, person.email);
    const title = projectTitle(textRng, person);
    const answers: Record<string, unknown> = {
      [CPI_2027_QUESTIONS.organisation]: organisationDescription(textRng, person),
      [CPI_2027_QUESTIONS.years]: person.yearsExperience,
    };
    const idea = projectIdea(textRng, person, title);
    if (a.status !== "draft" || textRng.chance(0.4)) answers[CPI_2027_QUESTIONS.projectIdea] = idea;
    const snapshot = a.submittedAt !== null;
    return {
      id: seedUuid(`application:cpi-2027:${person.email}`),
      reference: `${CPI_2027_REFERENCE_PREFIX}${String(index + 1).padStart(4, "0")}`,
      callId: SEED_IDS.cpi2027Call,
      applicantId,
      status: a.status,
      answers,
      trackPreferences: rankTracks(textRng, person.field).map((t) => cohortIds.tracks2027[t]),
      snapshotNationality: snapshot ? person.nationality : null,
      snapshotResidence: snapshot ? person.residence : null,
      snapshotGender: snapshot ? person.gender : null,
      snapshotOrganisation: snapshot ? person.organisation : null,
      snapshotField: snapshot ? person.field : null,
      submittedAt: a.submittedAt,
      version: 1,
      createdAt: a.startedAt,
      updatedAt: a.withdrawnAt ?? (a.status === "under_review" ? REVIEW_ASSIGNED_AT : (a.submittedAt ?? a.startedAt)),
    };
  });
  await inBatches(rows, (part) => tx.insert(applications).values(part).onConflictDoNothing());

  // Events: only for applications that have none yet, so a second run adds nothing.
  const appIds = rows.map((r) => r.id);
  const withEvents = new Set<string>();
  for (let i = 0; i < appIds.length; i += 500) {
    const found = await tx
      .selectDistinct({ id: applicationEvents.applicationId })
      .from(applicationEvents)
      .where(inArray(applicationEvents.applicationId, appIds.slice(i, i + 500)));
    for (const row of found) withEvents.add(row.id);
  }
  const events: (typeof applicationEvents.$inferInsert)[] = [];
  byStart.forEach((a, index) => {
    const row = rows[index];
    if (!row || withEvents.has(row.id) || !a.submittedAt) return;
    events.push({
      applicationId: row.id,
      fromStatus: "draft",
      toStatus: "submitted",
      actorId: row.applicantId,
      reason: null,
      createdAt: a.submittedAt,
    });
    if (a.status === "withdrawn" && a.withdrawnAt) {
      events.push({
        applicationId: row.id,
        fromStatus: "submitted",
        toStatus: "withdrawn",
        actorId: row.applicantId,
        reason: "Withdrawn by the applicant: no longer available in 2027",
        createdAt: a.withdrawnAt,
      });
    }
    if (a.status === "under_review") {
      events.push({
        applicationId: row.id,
        fromStatus: "submitted",
        toStatus: "under_review",
        actorId: demo.manager,
        reason: "Assigned to a reviewer",
        createdAt: REVIEW_ASSIGNED_AT,
      });
    }
  });
  await inBatches(events, (part) => tx.insert(applicationEvents).values(part));

  // The reviewer has scored 20 of the applications under review; 10 more wait in their queue.
  const reviewRng = new Rng("cpi-2027-reviews");
  const underReview = byStart.map((a, i) => ({ a, row: rows[i] })).filter(({ a }) => a.status === "under_review");
  const reviewRows = underReview.map(({ a, row }, i) => {
    const done = i < APPLICANT_POOL.reviewed;
    const score = (bias: number) =>
      Math.round(Math.min(10, Math.max(1, a.quality + bias + (reviewRng.next() - 0.5) * 3)));
    return {
      id: seedUuid(`review:${row?.id}:reviewer`),
      reviewerId: demo.reviewer,
      applicationId: row?.id as string,
      status: done ? ("submitted" as const) : ("assigned" as const),
      scores: (done ? { potential: score(0), proposal: score(-0.3), motivation: score(0.5) } : {}) as Record<
        string,
        number
      >,
      comment: done ? reviewRng.pick(REVIEW_COMMENTS) : "",
      assignedAt: REVIEW_ASSIGNED_AT,
      submittedAt: done ? new Date(REVIEW_ASSIGNED_AT.getTime() + (i + 1) * 2 * HOUR) : null,
    };
  });
  await inBatches(reviewRows, (part) => tx.insert(reviews).values(part).onConflictDoNothing());

  return {
    applicants: pool.length,
    applications: rows.length,
    reviews: reviewRows.filter((r) => r.status === "submitted").length,
  };
}
