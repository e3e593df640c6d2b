import { z } from "zod";
import { checkboxGroup, commaList, id, optionalDate, requiredText, version } from "@/lib/forms";
import { isCountryCode } from "@/lib/geo";
import { mainLanguageSchema, translationEditsSchema } from "@/lib/i18n/content";

export const PROGRAMME_LIMITS = {
  title: 200,
  slug: 80,
  summary: 600,
  description: 20_000,
  outcomes: 5_000,
  tag: 60,
  tags: 20,
  figures: 12,
} as const;
export const ORGANISATION_ROLES = ["host", "partner", "local_partner", "donor", "implementing"] as const;
const PROGRAMME_STATUSES = ["draft", "published", "archived"] as const;

export const setProgrammeStatusSchema = z.object({
  programmeId: z.uuid({ error: "Unknown programme." }),
  status: z.enum(PROGRAMME_STATUSES, { error: "Choose draft, published or archived." }),
  // The version the user saw; a stale one is refused rather than silently overwriting.
  version,
});

const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "value | label" per line, e.g. "48 | experts from 23 countries". */
const keyFigures = z
  .string()
  .max(PROGRAMME_LIMITS.figures * 220, "Too many key figures.")
  .optional()
  .transform((v, ctx) => {
    const lines = (v ?? "")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.length > PROGRAMME_LIMITS.figures)
      ctx.addIssue({ code: "custom", message: `At most ${PROGRAMME_LIMITS.figures} key figures.` });
    return lines.map((line) => {
      const [value, ...rest] = line.split("|");
      const label = rest.join("|").trim();
      if (!value?.trim() || !label)
        ctx.addIssue({ code: "custom", message: `Write each key figure as "value | label": "${line.slice(0, 40)}".` });
      return { value: (value ?? "").trim().slice(0, 40), label: label.slice(0, 180) };
    });
  });

const programmeObject = z.object({
  title: requiredText("title", PROGRAMME_LIMITS.title),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(PROGRAMME_LIMITS.slug, `The web address has at most ${PROGRAMME_LIMITS.slug} characters.`)
    .refine(
      (v) => v === "" || SLUG_RE.test(v),
      "Use lower-case letters, digits and hyphens, e.g. cultural-partnership-initiative.",
    )
    .optional()
    .transform((v) => v ?? ""),
  summary: z
    .string()
    .trim()
    .max(PROGRAMME_LIMITS.summary, `The summary has at most ${PROGRAMME_LIMITS.summary} characters.`)
    .optional()
    .transform((v) => v ?? ""),
  description: z
    .string()
    .max(PROGRAMME_LIMITS.description, `The description has at most ${PROGRAMME_LIMITS.description} characters.`)
    .optional()
    .transform((v) => v ?? ""),
  outcomes: z
    .string()
    .max(PROGRAMME_LIMITS.outcomes, `The outcomes have at most ${PROGRAMME_LIMITS.outcomes} characters.`)
    .optional()
    .transform((v) => v ?? ""),
  themes: commaList("themes", PROGRAMME_LIMITS.tags, PROGRAMME_LIMITS.tag),
  projectTypes: commaList("project types", PROGRAMME_LIMITS.tags, PROGRAMME_LIMITS.tag),
  countries: commaList("countries", 200, 2).pipe(
    z.array(z.string()).transform((codes, ctx) => {
      const upper = codes.map((c) => c.toUpperCase());
      const bad = upper.filter((c) => !isCountryCode(c));
      if (bad.length)
        ctx.addIssue({
          code: "custom",
          message: `Unknown country codes: ${bad.join(", ")}. Use ISO codes such as KR, TH.`,
        });
      return upper;
    }),
  ),
  sdgs: checkboxGroup(z.coerce.number().int().min(1, "SDGs run from 1 to 17.").max(17, "SDGs run from 1 to 17.")),
  agendaGoalIds: checkboxGroup(id("Seoul Agenda goal")),
  agendaStrategyIds: checkboxGroup(id("Seoul Agenda strategy")),
  keyFigures,
  startDate: optionalDate("start date"),
  endDate: optionalDate("end date"),
});
const datesInOrder = (v: { startDate: string | null; endDate: string | null }) =>
  !v.startDate || !v.endDate || v.endDate >= v.startDate;
const datesMessage = { path: ["endDate"], message: "The end date is before the start date." };

export const createProgrammeSchema = programmeObject.refine(datesInOrder, datesMessage);
export type ProgrammeFormInput = z.input<typeof createProgrammeSchema>;

export const updateProgrammeSchema = programmeObject
  .extend({ programmeId: id("programme"), version })
  .refine(datesInOrder, datesMessage);

export const linkOrganisationSchema = z.object({
  programmeId: id("programme"),
  organisationId: id("organisation"),
  role: z.enum(ORGANISATION_ROLES, { error: "Choose a role." }),
});

/** A programme's title, summary and description in one other language (lib/i18n/content.ts). */
export const PROGRAMME_TRANSLATED_FIELDS = ["title", "summary", "description"] as const;
export const saveProgrammeTranslationsSchema = translationEditsSchema.extend({
  programmeId: z.uuid({ error: "Unknown programme." }),
  version,
});
export const setProgrammeMainLanguageSchema = z.object({
  programmeId: z.uuid({ error: "Unknown programme." }),
  mainLanguage: mainLanguageSchema,
  version,
});
