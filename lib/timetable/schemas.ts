import { z } from "zod";
import { checkboxGroup, date, id, optionalText, optionalUrl, requiredText, time, version } from "@/lib/forms";

export const SESSION_LIMITS = { title: 200, venue: 200, speakers: 500, description: 4000, occurrences: 60 } as const;
export const SESSION_KINDS = [
  "lecture",
  "panel",
  "workshop",
  "site_visit",
  "seminar",
  "forum",
  "keynote",
  "networking",
  "ceremony",
  "performance",
  "peer_learning",
  "action_planning",
  "online_class",
  "country_presentation",
] as const;
export const AUDIENCE_LEVELS = ["all", "senior", "working"] as const;

const endAfterStart = { path: ["endTime"], message: "The end is before the start." };

const sessionObject = z.object({
  title: requiredText("session title", SESSION_LIMITS.title),
  kind: z.enum(SESSION_KINDS, { error: "Choose a kind of session." }),
  date: date("date"),
  startTime: time("start time"),
  endTime: time("end time"),
  venue: optionalText("venue", SESSION_LIMITS.venue),
  onlineUrl: optionalUrl("online link"),
  speakers: optionalText("speakers", SESSION_LIMITS.speakers),
  description: optionalText("description", SESSION_LIMITS.description),
  trackIds: checkboxGroup(id("track")),
  audienceLevel: z.enum(AUDIENCE_LEVELS, { error: "Choose an audience." }),
});
export const createSessionSchema = sessionObject
  .extend({ cohortId: id("edition") })
  .refine((v) => v.endTime > v.startTime, endAfterStart);
export type SessionFormInput = z.input<typeof createSessionSchema>;
export const updateSessionSchema = sessionObject
  .extend({ sessionId: id("session"), version })
  .refine((v) => v.endTime > v.startTime, endAfterStart);

export const duplicateSessionSchema = z.object({ sessionId: id("session"), date: date("date of the copy") });
export const deleteSessionSchema = z.object({ sessionId: id("session") });

/** A class repeated on chosen weekdays between two dates (e.g. the daily online class for two weeks). */
export const recurringSessionSchema = z
  .object({
    cohortId: id("edition"),
    title: requiredText("session title", SESSION_LIMITS.title),
    kind: z.enum(SESSION_KINDS, { error: "Choose a kind of session." }),
    firstDate: date("first date"),
    lastDate: date("last date"),
    weekdays: checkboxGroup(z.coerce.number().int().min(1).max(7)).refine(
      (d) => d.length > 0,
      "Choose at least one weekday.",
    ),
    startTime: time("start time"),
    endTime: time("end time"),
    onlineUrl: optionalUrl("online link"),
    venue: optionalText("venue", SESSION_LIMITS.venue),
    trackIds: checkboxGroup(id("track")),
  })
  .refine((v) => v.endTime > v.startTime, endAfterStart)
  .refine((v) => v.lastDate >= v.firstDate, { path: ["lastDate"], message: "The last date is before the first." });
