import { z } from "zod";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a date.");

/** What a participant can let the rest of the cohort see; nothing is shared unless ticked. */
export const SHARING_FIELDS = ["name", "country", "organisation", "email"] as const;
export type SharingField = (typeof SHARING_FIELDS)[number];

export const onboardingSchema = z
  .object({
    enrolmentId: z.uuid({ error: "Unknown offer." }),
    trackId: z.uuid({ error: "Choose a track." }),
    arrivalDate: day,
    departureDate: day,
    dietaryNeeds: z.string().trim().max(500, "At most 500 characters."),
    visaLetter: z.boolean(),
    passportName: z.string().trim().max(200, "At most 200 characters."),
    sharing: z.object({ name: z.boolean(), country: z.boolean(), organisation: z.boolean(), email: z.boolean() }),
  })
  .superRefine((v, ctx) => {
    if (v.departureDate < v.arrivalDate) ctx.addIssue({ code: "custom", path: ["departureDate"], message: "Departure cannot be before arrival." });
    if (v.visaLetter && !v.passportName) ctx.addIssue({ code: "custom", path: ["passportName"], message: "Give your name as it is written in your passport, for the visa letter." });
  });
export type OnboardingInput = z.input<typeof onboardingSchema>;
export type Onboarding = Omit<z.output<typeof onboardingSchema>, "enrolmentId" | "trackId" | "sharing">;

export const declineOfferSchema = z.object({
  enrolmentId: z.uuid({ error: "Unknown offer." }),
  reason: z.string().trim().max(500, "At most 500 characters.").default(""),
});

export const cohortScopeSchema = z.object({ cohortId: z.uuid({ error: "Unknown cohort." }) });

export const offerRemindersSchema = z.object({
  cohortId: z.uuid({ error: "Unknown cohort." }),
  withinDays: z.coerce.number().int("Use whole days.").min(1, "At least 1 day.").max(60, "At most 60 days."),
});

export const announcementSchema = z.object({
  cohortId: z.uuid({ error: "Unknown cohort." }),
  title: z.string().trim().min(1, "Give the announcement a title.").max(200, "At most 200 characters."),
  body: z.string().trim().min(1, "Write the announcement.").max(5000, "At most 5000 characters."),
});

export const materialLinkSchema = z.object({
  sessionId: z.uuid({ error: "Choose a session." }),
  title: z.string().trim().min(1, "Give the material a title.").max(200, "At most 200 characters."),
  url: z
    .url({ error: "Enter a full link, starting with https://." })
    .max(2000)
    .refine((u) => u.startsWith("https://"), "Only https:// links are accepted."),
});

export const checkInSchema = z.object({
  cohortId: z.uuid({ error: "Unknown cohort." }),
  code: z.string().trim().min(1, "Type the code shown in the room.").max(20, "A room code has six characters."),
});
