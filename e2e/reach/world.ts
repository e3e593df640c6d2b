import { eq } from "drizzle-orm";
import { openDatabase, type Executor } from "../../db/client";
import { applications, calls, cohorts, programmes, reviews, selectionSettings, users } from "../../db/schema";
import { daysFromNow, seoulDay } from "../story-dates";

/**
 * What the journeys that build a world of their own share (e2e/reach/keyboard-world.ts,
 * e2e/reach/letters-world.ts): records written straight to the journeys' database in one transaction, each
 * named with a tag of this run, so no seeded record changes and journeys running beside them read what they expect.
 */
export async function inWorld<T>(build: (tx: Executor, tag: string) => Promise<T>): Promise<T> {
  const handle = openDatabase(process.env.DATABASE_URL!);
  const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`.toUpperCase();
  try {
    return await handle.db.transaction((tx) => build(tx, tag));
  } finally {
    await handle.close();
  }
}

/** The seeded reviewer, reviewer@madang.test. */
export async function seededReviewer(tx: Executor): Promise<string> {
  const [reviewer] = await tx.select({ id: users.id }).from(users).where(eq(users.email, "reviewer@madang.test"));
  return reviewer!.id;
}

/** A programme and its one edition, which starts in nine months (after a call that closed two months ago). */
export async function insertEdition(tx: Executor, tag: string, name: string, options: { published?: boolean } = {}) {
  const [programme] = await tx
    .insert(programmes)
    .values({
      slug: `${name.toLowerCase().split(" ")[0]}-${tag.toLowerCase()}`,
      title: `${name} ${tag}`,
      ...(options.published ? { status: "published" as const } : {}),
    })
    .returning({ id: programmes.id });
  const cohortTitle = `${name.split(" ")[0]} edition ${tag}`;
  const [cohort] = await tx
    .insert(cohorts)
    .values({
      programmeId: programme!.id,
      title: cohortTitle,
      year: daysFromNow(280).getUTCFullYear(),
      startDate: seoulDay(daysFromNow(280)),
      endDate: seoulDay(daysFromNow(299)),
    })
    .returning({ id: cohorts.id });
  return { programmeId: programme!.id, cohortId: cohort!.id, cohortTitle };
}

type Rubric = { id: string; label: string; weight: number; max: number }[];

/** A call that closed two months ago, with a one-question form, its rubric, and one reviewer per application. */
export async function insertClosedCall(
  tx: Executor,
  values: { cohortId: string; title: string; rubric: Rubric; balanceRules?: typeof calls.$inferInsert.balanceRules },
  settings: { anonymised?: boolean } = {},
): Promise<string> {
  const [call] = await tx
    .insert(calls)
    .values({
      ...values,
      status: "closed",
      opensAt: daysFromNow(-90),
      closesAt: daysFromNow(-60),
      form: {
        pages: [{ title: "You" }],
        questions: [{ id: "about", page: 0, type: "long_text", label: "About you", required: true }],
      },
    })
    .returning({ id: calls.id });
  await tx.insert(selectionSettings).values({ callId: call!.id, reviewersPerApplication: 1, ...settings });
  return call!.id;
}

type Applicant = {
  userId: string;
  reference: string;
  status: "under_review" | "shortlisted";
  about: string;
  nationality: string;
  gender: "woman" | "man";
  /** Criterion → score of a submitted review by `reviewerId`; null: the review is assigned and not yet done. */
  scores: Record<string, number> | null;
  organisation?: string;
  field?: string;
};

/** Applications submitted ten weeks ago, each reviewed (or to be reviewed) by `reviewerId`; in `applicants`' order. */
export async function insertReviewedApplications(
  tx: Executor,
  callId: string,
  reviewerId: string,
  applicants: Applicant[],
) {
  const rows = await tx
    .insert(applications)
    .values(
      applicants.map((a) => ({
        reference: a.reference,
        callId,
        applicantId: a.userId,
        status: a.status,
        answers: { about: a.about },
        snapshotNationality: a.nationality,
        snapshotResidence: a.nationality,
        snapshotGender: a.gender,
        snapshotOrganisation: a.organisation,
        snapshotField: a.field,
        submittedAt: daysFromNow(-70),
      })),
    )
    .returning({ id: applications.id, reference: applications.reference });
  await tx.insert(reviews).values(
    rows.map((row, i) => {
      const scores = applicants[i]!.scores;
      return scores
        ? { reviewerId, applicationId: row.id, status: "submitted" as const, scores, submittedAt: daysFromNow(-55) }
        : { reviewerId, applicationId: row.id, status: "assigned" as const };
    }),
  );
  return rows;
}
