import { calls, users } from "../../db/schema";
import { daysFromNow } from "../story-dates";
import { insertClosedCall, insertEdition, insertReviewedApplications, inWorld, seededReviewer } from "./world";

/**
 * Records of e2e/content-languages-letters.spec.ts's own (e2e/reach/world.ts): a published programme whose main language is English, with a closed call
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
  return inWorld(async (tx, tag) => {
    const reviewer = await seededReviewer(tx);
    const { cohortId, cohortTitle } = await insertEdition(tx, tag, "Letters", { published: true });

    // The decisions: a closed call, its two applicants shortlisted.
    const decisionCallId = await insertClosedCall(tx, { cohortId, title: `Letters call ${tag}`, rubric: RUBRIC });
    const french = { name: `Amina Lettre ${tag}`, email: `letters-fr-${tag.toLowerCase()}@example.org` };
    const english = { name: `John Letter ${tag}`, email: `letters-en-${tag.toLowerCase()}@example.org` };
    const people = await tx
      .insert(users)
      .values([
        { ...french, locale: "fr" },
        { ...english, locale: "en" },
      ])
      .returning({ id: users.id });
    await insertReviewedApplications(
      tx,
      decisionCallId,
      reviewer,
      people.map((p, i) => ({
        userId: p.id,
        reference: `LTR${tag}-${i + 1}`,
        status: "shortlisted",
        about: "I keep a village's songs.",
        nationality: i === 0 ? "SN" : "GB",
        gender: "woman",
        scores: { fit: 9 - i },
      })),
    );

    // The form: open now, two pages, one criterion, a required choice on the first page.
    const formCallTitle = `Letters form call ${tag}`;
    const [formCall] = await tx
      .insert(calls)
      .values({
        cohortId,
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
    return { decisionCallId, cohortTitle, french, english, formCallId: formCall!.id, formCallTitle };
  });
}
