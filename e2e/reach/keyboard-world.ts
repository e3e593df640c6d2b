import { eq } from "drizzle-orm";
import { enrolments, programmeRoles, tracks, users } from "../../db/schema";
import { daysFromNow } from "../story-dates";
import { insertClosedCall, insertEdition, insertReviewedApplications, inWorld, seededReviewer } from "./world";

/**
 * A programme of its own for each keyboard journey of e2e/reach-keyboard.spec.ts (e2e/reach/world.ts; as
 * e2e/programmes-build-edition.spec.ts builds one through the pages): an unpublished edition with one
 * track, a closed call whose few applications reviewer@madang.test has scored, and on request an open review or an
 * offer. No seeded record is changed, so the other journeys, in parallel, read what they expect.
 */
export const RUBRIC = [
  { id: "potential", label: "Potential to use the training at home", weight: 0.6, max: 10 },
  { id: "motivation", label: "Motivation and commitment", weight: 0.4, max: 10 },
];

const PEOPLE: { name: string; nationality: string; gender: "woman" | "man"; score: number | null }[] = [
  { name: "Ana Keyboard", nationality: "PH", gender: "woman", score: 9 },
  { name: "Ben Keyboard", nationality: "VN", gender: "man", score: 8 },
  { name: "Chi Keyboard", nationality: "TH", gender: "woman", score: 7 },
  { name: "Dan Keyboard", nationality: "ID", gender: "man", score: 6 },
];

export type KeyboardWorld = {
  callId: string;
  cohortTitle: string;
  trackTitle: string;
  /** Application references of the scored pool, best first. */
  references: string[];
  /** The application reviewer@madang.test is yet to score, when asked for. */
  openReview?: { applicationId: string; reference: string };
  /** The offer made to `offerTo`, when asked for. */
  offer?: { enrolmentId: string };
};

export async function buildKeyboardWorld(options: { openReview?: boolean; offerTo?: string }): Promise<KeyboardWorld> {
  return inWorld(async (tx, tag) => {
    const reviewer = await seededReviewer(tx);
    const { programmeId, cohortId, cohortTitle } = await insertEdition(tx, tag, "Keyboard journeys");
    const trackTitle = `Keyboard track ${tag}`;
    const [track] = await tx.insert(tracks).values({ cohortId, title: trackTitle }).returning({ id: tracks.id });
    await tx.insert(programmeRoles).values({ programmeId, userId: reviewer, role: "reviewer" });
    const callId = await insertClosedCall(
      tx,
      {
        cohortId,
        title: `Keyboard call ${tag}`,
        rubric: RUBRIC,
        balanceRules: { seats: 2, genderBand: { min: 0.5, max: 0.5 } },
      },
      { anonymised: true },
    );
    // With an open review, a fifth applicant whom the reviewer is yet to score.
    const pool = options.openReview ? [...PEOPLE, { ...PEOPLE[0]!, name: "Eve Keyboard", score: null }] : PEOPLE;
    const people = await tx
      .insert(users)
      .values(pool.map((p, i) => ({ name: p.name, email: `keyboard-${tag.toLowerCase()}-${i}@example.org` })))
      .returning({ id: users.id });
    const rows = await insertReviewedApplications(
      tx,
      callId,
      reviewer,
      pool.map((p, i) => ({
        userId: people[i]!.id,
        reference: `KBD${tag}-${String(i + 1).padStart(4, "0")}`,
        status: "under_review",
        about: `${p.name} runs a community arts centre.`,
        nationality: p.nationality,
        gender: p.gender,
        scores: p.score === null ? null : { potential: p.score, motivation: p.score },
        organisation: "Community arts centre",
        field: "Performing arts",
      })),
    );
    const world: KeyboardWorld = {
      callId,
      cohortTitle,
      trackTitle,
      references: rows.slice(0, PEOPLE.length).map((r) => r.reference),
    };
    if (options.openReview) {
      const open = rows.at(-1)!;
      world.openReview = { applicationId: open.id, reference: open.reference };
    }
    if (options.offerTo) {
      const [holder] = await tx.select({ id: users.id }).from(users).where(eq(users.email, options.offerTo));
      const [enrolment] = await tx
        .insert(enrolments)
        .values({
          cohortId,
          userId: holder!.id,
          trackId: track!.id,
          status: "offered",
          offerExpiresAt: daysFromNow(150),
        })
        .returning({ id: enrolments.id });
      world.offer = { enrolmentId: enrolment!.id };
    }
    return world;
  });
}
