import { eq } from "drizzle-orm";
import { openDatabase } from "../../db/client";
import {
  applications,
  calls,
  cohorts,
  enrolments,
  programmeRoles,
  programmes,
  reviews,
  selectionSettings,
  tracks,
  users,
} from "../../db/schema";
import { daysFromNow, seoulDay } from "../story-dates";

/**
 * A programme of its own for each keyboard journey of e2e/reach-keyboard.spec.ts, written straight to the journeys'
 * database (as e2e/programmes-build-edition.spec.ts builds one through the pages): an unpublished edition with one
 * track, a closed call whose few applications reviewer@madang.test has scored, and on request an open review or an
 * offer. No seeded record is changed, so the other journeys, in parallel, read what they expect.
 */
export const RUBRIC = [
  { id: "potential", label: "Potential to use the training at home", weight: 0.6, max: 10 },
  { id: "motivation", label: "Motivation and commitment", weight: 0.4, max: 10 },
];

const PEOPLE = [
  { name: "Ana Keyboard", nationality: "PH", gender: "woman" as const, score: 9 },
  { name: "Ben Keyboard", nationality: "VN", gender: "man" as const, score: 8 },
  { name: "Chi Keyboard", nationality: "TH", gender: "woman" as const, score: 7 },
  { name: "Dan Keyboard", nationality: "ID", gender: "man" as const, score: 6 },
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
  const handle = openDatabase(process.env.DATABASE_URL!);
  const db = handle.db;
  const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`.toUpperCase();
  try {
    return await db.transaction(async (tx) => {
      const [reviewer] = await tx.select({ id: users.id }).from(users).where(eq(users.email, "reviewer@madang.test"));
      const [programme] = await tx
        .insert(programmes)
        .values({ slug: `keyboard-${tag.toLowerCase()}`, title: `Keyboard journeys ${tag}` })
        .returning({ id: programmes.id });
      const cohortTitle = `Keyboard edition ${tag}`;
      const [cohort] = await tx
        .insert(cohorts)
        .values({
          programmeId: programme!.id,
          title: cohortTitle,
          // An edition that starts in nine months, after a call that closed two months ago.
          year: daysFromNow(280).getUTCFullYear(),
          startDate: seoulDay(daysFromNow(280)),
          endDate: seoulDay(daysFromNow(299)),
        })
        .returning({ id: cohorts.id });
      const trackTitle = `Keyboard track ${tag}`;
      const [track] = await tx
        .insert(tracks)
        .values({ cohortId: cohort!.id, title: trackTitle })
        .returning({ id: tracks.id });
      await tx.insert(programmeRoles).values({ programmeId: programme!.id, userId: reviewer!.id, role: "reviewer" });
      const [call] = await tx
        .insert(calls)
        .values({
          cohortId: cohort!.id,
          title: `Keyboard call ${tag}`,
          status: "closed",
          opensAt: daysFromNow(-90),
          closesAt: daysFromNow(-60),
          form: {
            pages: [{ title: "You" }],
            questions: [{ id: "about", page: 0, type: "long_text", label: "About you", required: true }],
          },
          rubric: RUBRIC,
          balanceRules: { seats: 2, genderBand: { min: 0.5, max: 0.5 } },
        })
        .returning({ id: calls.id });
      await tx.insert(selectionSettings).values({ callId: call!.id, reviewersPerApplication: 1, anonymised: true });

      const pool = options.openReview ? [...PEOPLE, { ...PEOPLE[0]!, name: "Eve Keyboard", score: 0 }] : PEOPLE;
      const people = await tx
        .insert(users)
        .values(pool.map((p, i) => ({ name: p.name, email: `keyboard-${tag.toLowerCase()}-${i}@example.org` })))
        .returning({ id: users.id });
      const rows = await tx
        .insert(applications)
        .values(
          pool.map((p, i) => ({
            reference: `KBD${tag}-${String(i + 1).padStart(4, "0")}`,
            callId: call!.id,
            applicantId: people[i]!.id,
            status: "under_review" as const,
            answers: { about: `${p.name} runs a community arts centre.` },
            snapshotNationality: p.nationality,
            snapshotResidence: p.nationality,
            snapshotGender: p.gender,
            snapshotOrganisation: "Community arts centre",
            snapshotField: "Performing arts",
            submittedAt: daysFromNow(-70),
          })),
        )
        .returning({ id: applications.id, reference: applications.reference });
      const scored = options.openReview ? rows.slice(0, -1) : rows;
      await tx.insert(reviews).values(
        scored.map((row, i) => ({
          reviewerId: reviewer!.id,
          applicationId: row.id,
          status: "submitted" as const,
          scores: { potential: PEOPLE[i]!.score, motivation: PEOPLE[i]!.score },
          submittedAt: daysFromNow(-55),
        })),
      );
      const world: KeyboardWorld = {
        callId: call!.id,
        cohortTitle,
        trackTitle,
        references: scored.map((r) => r.reference),
      };
      if (options.openReview) {
        const open = rows.at(-1)!;
        await tx.insert(reviews).values({ reviewerId: reviewer!.id, applicationId: open.id, status: "assigned" });
        world.openReview = { applicationId: open.id, reference: open.reference };
      }
      if (options.offerTo) {
        const [holder] = await tx.select({ id: users.id }).from(users).where(eq(users.email, options.offerTo));
        const [enrolment] = await tx
          .insert(enrolments)
          .values({
            cohortId: cohort!.id,
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
  } finally {
    await handle.close();
  }
}
