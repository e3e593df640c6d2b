import { z } from "zod";
import { translationEditsSchema } from "@/lib/i18n/content";
import {
  checkboxGroup,
  date,
  id,
  optionalCount,
  optionalDate,
  optionalText,
  requiredText,
  time,
  timeZone,
  version,
} from "@/lib/forms";

const COHORT_LIMITS = {
  title: 160,
  location: 200,
  phaseTitle: 120,
  phases: 12,
  reason: 1000,
  trackTitle: 200,
  field: 120,
} as const;
export const COHORT_STATUSES = ["planned", "open", "running", "postponed", "cancelled", "completed"] as const;
export const COHORT_FORMATS = ["in_person", "online", "hybrid"] as const;
export const PHASE_MODES = ["online", "in_person"] as const;
export const TRACK_LEVELS = ["intensive", "general", "senior", "working"] as const;
const phase = z
  .object({
    title: requiredText("phase title", COHORT_LIMITS.phaseTitle),
    mode: z.enum(PHASE_MODES, { error: "Choose online or in person." }),
    startDate: date("phase start date"),
    endDate: date("phase end date"),
  })
  .refine((p) => p.endDate >= p.startDate, { path: ["endDate"], message: "The phase ends before it starts." });

const cohortObject = z.object({
  title: requiredText("title", COHORT_LIMITS.title),
  year: z.coerce
    .number({ error: "Enter the year." })
    .int("Enter the year.")
    .min(1990, "Enter a year from 1990.")
    .max(2100, "Enter a year up to 2100."),
  startDate: optionalDate("start date"),
  endDate: optionalDate("end date"),
  timeZone,
  format: z.enum(COHORT_FORMATS, { error: "Choose a format." }),
  location: optionalText("location", COHORT_LIMITS.location),
  capacity: optionalCount("capacity", 10_000),
  status: z.enum(COHORT_STATUSES, { error: "Choose a status." }),
  isPublished: z.coerce.boolean(),
  phases: z.array(phase).max(COHORT_LIMITS.phases, `At most ${COHORT_LIMITS.phases} phases.`),
});

type CohortShape = z.output<typeof cohortObject>;
function checkCohort(v: CohortShape, ctx: z.RefinementCtx) {
  if ((v.startDate === null) !== (v.endDate === null))
    ctx.addIssue({
      code: "custom",
      path: [v.startDate ? "endDate" : "startDate"],
      message: "Give both dates, or neither while they are to be announced.",
    });
  if (v.startDate && v.endDate && v.endDate < v.startDate)
    ctx.addIssue({ code: "custom", path: ["endDate"], message: "The end date is before the start date." });
  v.phases.forEach((p, i) => {
    if (v.startDate && p.startDate < v.startDate)
      ctx.addIssue({
        code: "custom",
        path: ["phases", i, "startDate"],
        message: "The phase starts before the edition.",
      });
    if (v.endDate && p.endDate > v.endDate)
      ctx.addIssue({ code: "custom", path: ["phases", i, "endDate"], message: "The phase ends after the edition." });
  });
}

export const createCohortSchema = cohortObject.extend({ programmeId: id("programme") }).superRefine(checkCohort);
export type CohortFormInput = z.input<typeof createCohortSchema>;
export const updateCohortSchema = cohortObject.extend({ cohortId: id("edition"), version }).superRefine(checkCohort);

const trackObject = z.object({
  title: requiredText("track title", COHORT_LIMITS.trackTitle),
  field: optionalText("field", COHORT_LIMITS.field),
  // A track may be run with several partner organisations; each id once.
  partnerOrganisationIds: checkboxGroup(id("partner organisation")).transform((ids) => [...new Set(ids)]),
  level: z.enum(TRACK_LEVELS, { error: "Choose a level." }),
  capacity: optionalCount("capacity", 10_000),
});
export const createTrackSchema = trackObject.extend({ cohortId: id("edition") });
export const updateTrackSchema = trackObject.extend({ trackId: id("track") });
export const deleteTrackSchema = z.object({ trackId: id("track") });

export const copyCohortSchema = z.object({
  cohortId: id("edition"),
  title: requiredText("title of the new edition", COHORT_LIMITS.title),
  year: z.coerce
    .number({ error: "Enter the year." })
    .int()
    .min(1990, "Enter a year from 1990.")
    .max(2100, "Enter a year up to 2100."),
  startDate: date("new start date"),
});

const reason = requiredText("reason", COHORT_LIMITS.reason);

/** Postpone (with new dates, or to be announced) or cancel; the people concerned are told by email. */
export const changeCohortScheduleSchema = z
  .object({
    cohortId: id("edition"),
    action: z.enum(["postpone", "cancel"], { error: "Choose postpone or cancel." }),
    reason,
    newStartDate: optionalDate("new start date"),
    version,
  })
  .refine((v) => v.action === "postpone" || v.newStartDate === null, {
    path: ["newStartDate"],
    message: "A cancelled edition has no new dates.",
  });

export const changeSessionScheduleSchema = z
  .object({
    sessionId: id("session"),
    action: z.enum(["postpone", "cancel"], { error: "Choose postpone or cancel." }),
    reason,
    newDate: optionalDate("new date"),
    newStartTime: z
      .string()
      .optional()
      .transform((v) => (v ? v : null))
      .pipe(time("new start time").nullable()),
    newEndTime: z
      .string()
      .optional()
      .transform((v) => (v ? v : null))
      .pipe(time("new end time").nullable()),
    version,
  })
  .superRefine((v, ctx) => {
    const given = [v.newDate, v.newStartTime, v.newEndTime].filter(Boolean).length;
    if (v.action === "cancel" && given > 0)
      ctx.addIssue({ code: "custom", path: ["newDate"], message: "A cancelled session has no new time." });
    if (v.action === "postpone" && given > 0 && given < 3)
      ctx.addIssue({
        code: "custom",
        path: ["newDate"],
        message: "Give the new date, start and end, or none while it is to be announced.",
      });
    if (v.newStartTime && v.newEndTime && v.newEndTime <= v.newStartTime)
      ctx.addIssue({ code: "custom", path: ["newEndTime"], message: "The end is before the start." });
  });

/** An edition's title and location in one of its programme's other languages (lib/i18n/content.ts). */
export const COHORT_TRANSLATED_FIELDS = ["title", "location"] as const;
export const saveCohortTranslationsSchema = translationEditsSchema.extend({ cohortId: id("edition"), version });
