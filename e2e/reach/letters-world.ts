import { eq } from "drizzle-orm";
import { openDatabase } from "../../db/client";
import { applications, calls, cohorts, programmes, reviews, selectionSettings, users } from "../../db/schema";
import { daysFromNow, seoulDay } from "../story-dates";

/**
 * Records of e2e/content-languages-letters.spec.ts's own, written straight to the journeys' database (as
 * e2e/reach/keyboard-world.ts does): a published programme whose main language is English, with a closed call
 * whose two applicants (one reading French, one English) are shortlisted, and an open call with two pages, a
 * yes/no eligibility criterion and a required choice question. No seeded record is changed.
 */
const RUBRIC = [{ id: "fit", label: "Fit", weight: 1, max: 10 }];

export type LettersWorld = {
  decisionCallId: string;
  cohortTitle: string;
  french: { name: string; email: string };
  english: { name: string; email: string };
  formCallId: string;
  formCallTitle: string;
};

export const FORM_PAGES = ["About you", "Your project"];
export const CRITERION = "I work in cultural heritage";
export const CHOICE = { label: "Which heritage do you work with?", options: ["Built heritage", "Living heritage"] };

export async function buildLettersWorld(): Promise<LettersWorld> {
  const handle = openDatabase(process.env.DATABASE_URL!);
  const db = handle.db;
  const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`.toUpperCase();
  try {
    return await db.transaction(async (tx) => {
      const [reviewer] = await tx.select({ id: users.id }).from(users).where(eq(users.email, "reviewer@madang.test"));
      const [programme] = await tx
        .insert(programmes)
        .values({ slug: `letters-${tag.toLowerCase()}`, title: `Letters ${tag}`, status: "published" })
        .returning({ id: programmes.id });
      const cohortTitle = `Letters edition ${tag}`;
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

      // The decisions: a closed call, its two applicants shortlisted.
      const [decisionCall] = await tx
        .insert(calls)
        .values({
          cohortId: cohort!.id,
          title: `Letters call ${tag}`,
          status: "closed",
          opensAt: daysFromNow(-90),
          closesAt: daysFromNow(-60),
          form: {
            pages: [{ title: "You" }],
            questions: [{ id: "about", page: 0, type: "long_text", label: "About you", required: true }],
          },
          rubric: RUBRIC,
        })
        .returning({ id: calls.id });
      await tx.insert(selectionSettings).values({ callId: decisionCall!.id, reviewersPerApplication: 1 });
      const french = { name: `Amina Lettre ${tag}`, email: `letters-fr-${tag.toLowerCase()}@example.org` };
      const english = { name: `John Letter ${tag}`, email: `letters-en-${tag.toLowerCase()}@example.org` };
      const people = await tx
        .insert(users)
        .values([
          { ...french, locale: "fr" },
          { ...english, locale: "en" },
        ])
        .returning({ id: users.id });
      const rows = await tx
        .insert(applications)
        .values(
          people.map((p, i) => ({
            reference: `LTR${tag}-${i + 1}`,
            callId: decisionCall!.id,
            applicantId: p.id,
            status: "shortlisted" as const,
            answers: { about: "I keep a village's songs." },
            snapshotNationality: i === 0 ? "SN" : "GB",
            snapshotResidence: i === 0 ? "SN" : "GB",
            snapshotGender: "woman" as const,
            submittedAt: daysFromNow(-70),
          })),
        )
        .returning({ id: applications.id });
      await tx.insert(reviews).values(
        rows.map((row, i) => ({
          reviewerId: reviewer!.id,
          applicationId: row.id,
          status: "submitted" as const,
          scores: { fit: 9 - i },
          submittedAt: daysFromNow(-55),
        })),
      );

      // The form: open now, two pages, one criterion, a required choice on the first page.
      const formCallTitle = `Letters form call ${tag}`;
      const [formCall] = await tx
        .insert(calls)
        .values({
          cohortId: cohort!.id,
          title: formCallTitle,
          status: "open",
          opensAt: daysFromNow(-10),
          closesAt: daysFromNow(120),
          eligibility: { criteria: [{ id: "c1", label: CRITERION }] },
          form: {
            pages: FORM_PAGES.map((title) => ({ title })),
            questions: [
              {
                id: "heritage",
                page: 0,
                type: "single_choice",
                label: CHOICE.label,
                required: true,
                options: CHOICE.options,
              },
              { id: "project", page: 1, type: "short_text", label: "Your project in one line", required: false },
            ],
          },
        })
        .returning({ id: calls.id });
      return {
        decisionCallId: decisionCall!.id,
        cohortTitle,
        french,
        english,
        formCallId: formCall!.id,
        formCallTitle,
      };
    });
  } finally {
    await handle.close();
  }
}
