import { z } from "zod";
import { id } from "@/lib/forms";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a date.");

export const onboardingSchema = z
  .object({
    enrolmentId: id("offer"),
    trackId: z.uuid({ error: "Choose a track." }),
    arrivalDate: day,
    departureDate: day,
    dietaryNeeds: z.string().trim().max(500, "At most 500 characters."),
    visaLetter: z.boolean(),
    passportName: z.string().trim().max(200, "At most 200 characters."),
    sharing: z.object({ name: z.boolean(), country: z.boolean(), organisation: z.boolean(), email: z.boolean() }),
  })
  .superRefine((v, ctx) => {
    if (v.departureDate < v.arrivalDate)
      ctx.addIssue({ code: "custom", path: ["departureDate"], message: "Departure cannot be before arrival." });
    if (v.visaLetter && !v.passportName)
      ctx.addIssue({
        code: "custom",
        path: ["passportName"],
        message: "Give your name as it is written in your passport, for the visa letter.",
      });
  });
export type OnboardingInput = z.input<typeof onboardingSchema>;

export const declineOfferSchema = z.object({
  enrolmentId: id("offer"),
  reason: z.string().trim().max(500, "At most 500 characters.").default(""),
});

export const offerRemindersSchema = z.object({
  cohortId: id("cohort"),
  withinDays: z.coerce.number().int("Use whole days.").min(1, "At least 1 day.").max(60, "At most 60 days."),
});

/** Expiry runs for one cohort (its hub) or one call (its decisions page); either way the same command. */
export const expireOffersSchema = z.union([z.object({ cohortId: id("cohort") }), z.object({ callId: id("call") })]);

/** Staff record that an offer was declined (by letter, by phone) or let expire. */
export const recordDeclineSchema = z.object({
  applicationId: id("application"),
  kind: z.enum(["declined", "expired"]),
  reason: z.string().trim().max(500).default(""),
});

export const offerReplacementSchema = z.object({
  callId: id("call"),
  applicationId: id("application"),
  replacesId: id("application"),
});
