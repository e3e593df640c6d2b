import { applications, callTracks, calls } from "../schema";
import type { CallForm } from "../schema";
import { excluded, longDay, seoul, type Tx } from "./batch";
import { SEED_IDS } from "./ids";
import type { DemoUserIds } from "./people";
import type { CohortIds } from "./programmes";

/** Question ids of the two smaller CPI 2027 calls. */
const ADMINISTRATORS_QUESTIONS = {
  institution: "institution",
  policyArea: "policy_area",
  publicSector: "public_sector",
} as const;
const MENTORS_QUESTIONS = { motivation: "mentor_motivation" } as const;

const ADMINISTRATORS_FORM: CallForm = {
  pages: [{ title: "Your institution" }],
  questions: [
    {
      id: ADMINISTRATORS_QUESTIONS.institution,
      page: 0,
      type: "short_text",
      label: "Ministry or public institution you work for",
      required: true,
    },
    {
      id: ADMINISTRATORS_QUESTIONS.policyArea,
      page: 0,
      type: "long_text",
      label: "The cultural policy area you are responsible for",
      required: true,
      maxWords: 200,
    },
    {
      id: ADMINISTRATORS_QUESTIONS.publicSector,
      page: 0,
      type: "yes_no",
      label: "Are you a civil servant?",
      required: true,
    },
  ],
};

const MENTORS_FORM: CallForm = {
  pages: [{ title: "Why you" }],
  questions: [
    {
      id: MENTORS_QUESTIONS.motivation,
      page: 0,
      type: "long_text",
      label: "Why would you like to mentor CPI 2027 participants?",
      required: true,
      maxWords: 200,
    },
  ],
};

/**
 * Two more CPI 2027 calls for the applicant journeys: one restricted to nationals of Asia and the
 * Pacific (to show eligibility before writing), and one whose deadline passed on 10 November 2026 (in the
 * story's time, db/seed/batch.ts) while the demo applicant still had a draft (to show a late submission refused).
 */
/** The mentors call closed eleven days before the story's "today". */
const MENTORS_CLOSE = seoul("2026-11-10 18:00");

export async function seedMoreCalls(tx: Tx, cohortIds: CohortIds, demo: DemoUserIds): Promise<void> {
  await tx
    .insert(calls)
    .values([
      {
        id: SEED_IDS.cpi2027AdministratorsCall,
        cohortId: cohortIds.cpi2027,
        title: "CPI 2027 Cultural Administrators Training Program: call for public officials",
        description:
          "Public officials in charge of culture in Asia and the Pacific are invited to join the senior-level or working-level course for cultural administrators of CPI 2027.",
        status: "open",
        opensAt: seoul("2026-10-01 00:00"),
        closesAt: seoul("2027-03-31 18:00"),
        eligibility: {
          nationality: { regions: ["asia_pacific"] },
          criteria: [
            { id: "public_official", label: "I work for a ministry or a public institution in charge of culture." },
          ],
        },
        form: ADMINISTRATORS_FORM,
        confirmationMessage:
          "Thank you. The programme office will contact your institution to confirm your nomination.",
        nominationOnly: false,
        allowEditAfterSubmit: true,
      },
      {
        id: SEED_IDS.cpi2027MentorsCall,
        cohortId: cohortIds.cpi2027,
        title: "CPI 2027 peer mentors: expressions of interest",
        description: `CPI alumni and cultural experts may offer to mentor the 2027 participants on their project proposals. Expressions of interest closed on ${longDay(MENTORS_CLOSE)}.`,
        status: "open",
        opensAt: seoul("2026-09-01 00:00"),
        closesAt: MENTORS_CLOSE,
        eligibility: {},
        form: MENTORS_FORM,
        confirmationMessage: "Thank you for offering to mentor.",
        nominationOnly: false,
        allowEditAfterSubmit: false,
      },
    ])
    .onConflictDoUpdate({
      target: calls.id,
      set: excluded(calls, [
        "cohortId",
        "title",
        "description",
        "status",
        "opensAt",
        "closesAt",
        "eligibility",
        "form",
        "confirmationMessage",
        "nominationOnly",
        "allowEditAfterSubmit",
      ]),
    });

  await tx
    .insert(callTracks)
    .values([
      { callId: SEED_IDS.cpi2027AdministratorsCall, trackId: cohortIds.tracks2027.senior },
      { callId: SEED_IDS.cpi2027AdministratorsCall, trackId: cohortIds.tracks2027.working },
    ])
    .onConflictDoNothing();

  await tx
    .insert(applications)
    .values({
      id: SEED_IDS.applicantMentorsDraft,
      reference: "MENTOR27-0001",
      callId: SEED_IDS.cpi2027MentorsCall,
      applicantId: demo.applicant,
      status: "draft",
      answers: {
        [MENTORS_QUESTIONS.motivation]:
          "I edit children's books in Dhaka and would like to help participants in the Publication section shape their projects.",
      },
      createdAt: seoul("2026-11-08 21:00"),
      updatedAt: seoul("2026-11-09 22:30"),
    })
    .onConflictDoNothing();
}
