import { z } from "zod";
import { id } from "@/lib/forms";
import { translationEditsSchema } from "@/lib/i18n/content";
import { isCountryCode } from "@/lib/geo";
import { groupRuleRowsSchema, rowsFromGroupRules } from "@/lib/selection/group-rules";
import { REGION_CODES } from "@/lib/selection/stored-rules";
import type { BalanceRules, GroupRule } from "@/lib/selection/types";

const wholeNumber = (message = "Enter a whole number, or leave it empty.") => z.string().trim().regex(/^\d*$/, message);
const percent = z
  .string()
  .trim()
  .regex(/^(\d{1,2}(\.\d+)?|100)?$/, "Enter a percentage from 0 to 100, or leave it empty.");

/** The rules editor as a person fills it in: text fields, percentages, country codes and references. */
export const balanceRulesFormSchema = z
  .object({
    callId: id("call"),
    callVersion: z.coerce.number().int().min(0),
    seats: z
      .string()
      .trim()
      .regex(/^[1-9]\d*$/, "Enter the number of seats (at least 1)."),
    seatsPerTrack: z.record(z.uuid(), wholeNumber()),
    genderMin: percent,
    genderMax: percent,
    maxPerCountry: wholeNumber(),
    minCountries: wholeNumber(),
    regionMin: z.partialRecord(z.enum(REGION_CODES), wholeNumber()),
    regionMax: z.partialRecord(z.enum(REGION_CODES), wholeNumber()),
    delegationCountries: z
      .string()
      .trim()
      .max(2000)
      .refine(
        (text) => splitList(text.toUpperCase()).every(isCountryCode),
        "Use two-letter country codes separated by commas (e.g. TH, VN).",
      ),
    delegationSize: wholeNumber(),
    groupRules: groupRuleRowsSchema.optional(),
    pinnedIn: z.string().max(20_000),
    pinnedOut: z.string().max(20_000),
  })
  .superRefine((v, ctx) => {
    if ((v.genderMin === "") !== (v.genderMax === ""))
      ctx.addIssue({ code: "custom", path: ["genderMax"], message: "Give both ends of the band, or neither." });
    if (v.genderMin !== "" && v.genderMax !== "" && Number(v.genderMin) > Number(v.genderMax))
      ctx.addIssue({ code: "custom", path: ["genderMax"], message: "The upper share must be at least the lower one." });
    if ((v.delegationCountries === "") !== (v.delegationSize === ""))
      ctx.addIssue({
        code: "custom",
        path: ["delegationSize"],
        message: "Give the delegation size and its countries together.",
      });
  });
export type BalanceRulesFormInput = z.input<typeof balanceRulesFormSchema>;
export type BalanceRulesFormValues = z.output<typeof balanceRulesFormSchema>;

export function splitList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const num = (text: string | undefined) => (text === undefined || text === "" ? undefined : Number(text));
function numbers<K extends string>(record: Partial<Record<K, string>>): Partial<Record<K, number>> | undefined {
  const entries = Object.entries(record).filter(([, v]) => v !== undefined && v !== "") as [K, string][];
  return entries.length
    ? (Object.fromEntries(entries.map(([k, v]) => [k, Number(v)])) as Partial<Record<K, number>>)
    : undefined;
}

/** The editor's values as BalanceRules; pins come resolved to application ids by the caller. */
export function rulesFromForm(
  v: BalanceRulesFormValues,
  pins: { pinnedIn: string[]; pinnedOut: string[]; groups?: GroupRule[] },
): BalanceRules {
  const rules: BalanceRules = { seats: Number(v.seats) };
  const perTrack = numbers(v.seatsPerTrack);
  if (perTrack) rules.seatsPerTrack = perTrack as Record<string, number>;
  if (v.genderMin !== "" && v.genderMax !== "")
    rules.genderBand = { min: Number(v.genderMin) / 100, max: Number(v.genderMax) / 100 };
  if (num(v.maxPerCountry) !== undefined) rules.maxPerCountry = num(v.maxPerCountry);
  if (num(v.minCountries) !== undefined) rules.minCountries = num(v.minCountries);
  const regionMin = numbers(v.regionMin);
  const regionMax = numbers(v.regionMax);
  if (regionMin) rules.regionMin = regionMin;
  if (regionMax) rules.regionMax = regionMax;
  const countries = [...new Set(splitList(v.delegationCountries.toUpperCase()))];
  if (countries.length && v.delegationSize !== "") rules.delegations = { countries, size: Number(v.delegationSize) };
  if (pins.groups?.length) rules.groups = pins.groups;
  if (pins.pinnedIn.length) rules.pinnedIn = pins.pinnedIn;
  if (pins.pinnedOut.length) rules.pinnedOut = pins.pinnedOut;
  return rules;
}

/** BalanceRules back into the editor's text fields (pins as references, given by the caller). */
export function formFromRules(
  rules: BalanceRules | null,
  pins: { pinnedIn: string; pinnedOut: string },
): Omit<BalanceRulesFormValues, "callId" | "callVersion"> {
  const str = (n: number | undefined) => (n === undefined ? "" : String(n));
  const pct = (n: number | undefined) => (n === undefined ? "" : String(Math.round(n * 1000) / 10));
  const strings = <K extends string>(r: Partial<Record<K, number>> | undefined) =>
    Object.fromEntries(Object.entries(r ?? {}).map(([k, v]) => [k, String(v)])) as Partial<Record<K, string>>;
  return {
    seats: str(rules?.seats),
    seatsPerTrack: strings(rules?.seatsPerTrack) as Record<string, string>,
    genderMin: pct(rules?.genderBand?.min),
    genderMax: pct(rules?.genderBand?.max),
    maxPerCountry: str(rules?.maxPerCountry),
    minCountries: str(rules?.minCountries),
    regionMin: strings(rules?.regionMin),
    regionMax: strings(rules?.regionMax),
    delegationCountries: (rules?.delegations?.countries ?? []).join(", "),
    delegationSize: str(rules?.delegations?.size),
    groupRules: rowsFromGroupRules(rules?.groups),
    ...pins,
  };
}

export const shortlistSchema = z.object({
  callId: id("call"),
  chosenIds: z.array(z.uuid()).max(10_000),
  reason: z.string().trim().max(500).optional(),
  /** Set when the choice started from a suggestion and was edited: the suggestion counts as taken. */
  fromRunId: z.uuid().optional(),
});

export const suggestSchema = z.object({
  callId: id("call"),
  seed: z.number().int().min(0).max(2_147_483_647).optional(),
});
export const decideRunSchema = z.object({ runId: id("suggestion"), decision: z.enum(["accept", "discard"]) });

const LETTER_KINDS = ["offer", "waitlist", "reject"] as const;
export const letterTemplatesSchema = z.object({
  callId: id("call"),
  templates: z
    .array(
      z.object({
        kind: z.enum(LETTER_KINDS),
        subject: z.string().trim().min(1, "Write a subject.").max(200, "At most 200 characters."),
        body: z.string().trim().min(1, "Write the letter.").max(10_000, "At most 10,000 characters."),
        version: z.coerce.number().int().min(0),
      }),
    )
    .length(3),
});

/** One letter's subject and body in one other language, under the version the editor loaded. */
export const translateLetterSchema = translationEditsSchema.extend({
  callId: id("call"),
  kind: z.enum(LETTER_KINDS, { error: "Unknown letter." }),
  version: z.coerce.number().int().min(1, "Save the letters in the main language first."),
});

export const sendDecisionsSchema = z.object({
  callId: id("call"),
  waitlistSize: z.coerce.number().int().min(0, "At least 0.").max(10_000),
  // What the person approved: if the shortlist changed since, the batch is refused rather than sent.
  expectedOffers: z.coerce.number().int().min(1),
  approved: z.literal(true, { error: "Tick the box to approve the letters." }),
});

/** Which of the pool a workbench page lists: everyone open for selection, the saved shortlist, or the rest. */
const WORKBENCH_SHOW = ["all", "chosen", "other"] as const;
export type WorkbenchShow = (typeof WORKBENCH_SHOW)[number];

/** The workbench's URL: a search, which part of the pool, and the keyset cursors of its pages (db/keyset.ts). */
export const workbenchParamsSchema = z.object({
  q: z.string().trim().max(120).optional().catch(undefined),
  show: z.enum(WORKBENCH_SHOW).optional().catch(undefined),
  after: z.string().max(2000).optional().catch(undefined),
  before: z.string().max(2000).optional().catch(undefined),
});
