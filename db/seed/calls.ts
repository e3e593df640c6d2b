import { callTracks, calls, nominationQuotas } from "../schema";
import type { CallForm } from "../schema";
import { ASEAN } from "../../lib/geo";
import { excluded, longDay, seoul, type Tx } from "./batch";
import { SEED_IDS, seedUuid } from "./ids";
import { EXPERT_TRACKS, type CohortIds } from "./programmes";
import { orgId, type OrganisationIds } from "./reference";

const CPI_2027_RUBRIC = [
  { id: "potential", label: "Potential to lead cultural projects", weight: 0.4, max: 10 },
  { id: "proposal", label: "Quality of project idea", weight: 0.4, max: 10 },
  { id: "motivation", label: "Motivation", weight: 0.2, max: 10 },
];

/** Question ids of the CPI 2027 form, the keys of applications' answers. */
export const CPI_2027_QUESTIONS = {
  organisation: "organisation_description",
  years: "years_in_field",
  projectIdea: "project_idea",
  cv: "cv",
} as const;

const CPI_2027_FORM: CallForm = {
  pages: [{ title: "You and your organisation" }, { title: "Your project idea" }],
  questions: [
    {
      id: CPI_2027_QUESTIONS.organisation,
      page: 0,
      type: "long_text",
      label: "Describe your organisation and your role in it",
      help: "What it does, for whom, and what you are responsible for.",
      required: true,
      maxWords: 300,
    },
    {
      id: CPI_2027_QUESTIONS.years,
      page: 0,
      type: "number",
      label: "Years of experience in your field",
      required: true,
    },
    {
      id: CPI_2027_QUESTIONS.projectIdea,
      page: 1,
      type: "long_text",
      label: "The cultural project you would like to develop during the CPI",
      help: "What you want to do, with whom, for whom, and why it matters where you work. You will develop it into a project proposal during the training.",
      required: true,
      maxWords: 500,
    },
    {
      id: CPI_2027_QUESTIONS.cv,
      page: 1,
      type: "file",
      label: "Your CV (PDF)",
      help: "Optional in this demo call; a PDF of at most 5 MB.",
      required: false,
      accept: ["application/pdf"],
      maxBytes: 5 * 1024 * 1024,
    },
  ],
};

export const CPI_2027_WINDOW = { opensAt: seoul("2026-10-01 00:00"), closesAt: seoul("2027-03-31 18:00") };

/** The CPI 2027 open call for cultural experts, and the ASEAN–ROK nomination call with its ten quotas of three. */
export async function seedCalls(
  tx: Tx,
  cohortIds: CohortIds,
  orgs: OrganisationIds,
  focalPointId: string,
): Promise<void> {
  await tx
    .insert(calls)
    .values([
      {
        id: SEED_IDS.cpi2027Call,
        cohortId: cohortIds.cpi2027,
        title: "CPI 2027 Cultural Experts Training Program: call for applications",
        description: `Cultural experts from around the world are invited to apply for the **Cultural Experts Training Program** of the Cultural Partnership Initiative 2027.

The program looks for people who recognise the value of their own cultural resources and can propose innovative cultural projects with global competence. Selected experts take a two-week online class in July 2027, then train in Korea in one of four sections run with Korean partner organisations: a four-week intensive course (Performing Arts 1 and 2) or a three-week general course (Publication, Cultural Products).

Rank the sections you would like to join. Applications close on **${longDay(CPI_2027_WINDOW.closesAt)} at 18:00 Seoul time**.`,
        status: "open",
        ...CPI_2027_WINDOW,
        eligibility: {},
        form: CPI_2027_FORM,
        rubric: CPI_2027_RUBRIC,
        balanceRules: {},
        confirmationMessage:
          "Thank you for applying to CPI 2027. We will tell you the result by email after the selection in spring 2027.",
        nominationOnly: false,
        allowEditAfterSubmit: false,
      },
      {
        id: SEED_IDS.aseanCall,
        cohortId: cohortIds.asean,
        title: "Nominations of national delegations (three officials per ASEAN Member State)",
        description:
          "Each ASEAN Member State nominates a delegation of three senior officials in the policy areas of audiovisual and film industries and international trade in audiovisual services, from Ministries of Culture, Foreign Affairs and Trade or related public institutions. Each delegation presents its country's policy status and challenges in the cultural and creative industries during the workshop.\n\nThe workshop has been postponed due to the Covid-19 pandemic: nominations will reopen, with new dates, when they are announced. The dates shown are those of the original 2020 plan.",
        status: "draft",
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
        balanceRules: {},
        confirmationMessage: "The nomination has been received.",
        nominationOnly: true,
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
        "rubric",
        "nominationOnly",
        "confirmationMessage",
        "allowEditAfterSubmit",
      ]),
    });

  await tx
    .insert(callTracks)
    .values(EXPERT_TRACKS.map((key) => ({ callId: SEED_IDS.cpi2027Call, trackId: cohortIds.tracks2027[key] })))
    .onConflictDoNothing();

  await tx
    .insert(nominationQuotas)
    .values(
      ASEAN.map((country) => ({
        id: seedUuid(`quota:asean:${country}`),
        callId: SEED_IDS.aseanCall,
        organisationId: orgId(orgs, `ministry:${country}`),
        focalPointId: country === "TH" ? focalPointId : null,
        country,
        quota: 3,
      })),
    )
    .onConflictDoUpdate({
      target: [nominationQuotas.callId, nominationQuotas.organisationId, nominationQuotas.country],
      set: excluded(nominationQuotas, ["quota", "focalPointId"]),
    });
}
