import { z } from "zod";
import { id, optionalCountry, optionalText, optionalUrl, requiredText } from "@/lib/forms";
import { ORGANISATION_ROLES } from "@/lib/programmes/schemas";

export const ORGANISATION_KINDS = [
  "government",
  "national_commission",
  "international",
  "cultural_institution",
  "university",
  "ngo",
  "city",
  "foundation",
  "company",
  "other",
] as const;
const ORGANISATION_LIMITS = { name: 200, shortName: 40, city: 100, description: 2000, focus: 1000, slug: 60 } as const;

const organisationFields = z.object({
  name: requiredText("name", ORGANISATION_LIMITS.name),
  shortName: optionalText("short name", ORGANISATION_LIMITS.shortName),
  kind: z.enum(ORGANISATION_KINDS, { error: "Choose a kind." }),
  country: optionalCountry,
  city: optionalText("city", ORGANISATION_LIMITS.city),
  website: optionalUrl("website"),
  description: optionalText("description", ORGANISATION_LIMITS.description),
});
export type OrganisationFormInput = z.input<typeof organisationFields>;

export const createOrganisationSchema = organisationFields;
export const updateOrganisationSchema = organisationFields.extend({ organisationId: id("organisation") });

/** Creates an organisation that is missing from the directory and links it to a programme in one go. */
export const createOrganisationForProgrammeSchema = organisationFields.extend({
  programmeId: id("programme"),
  role: z.enum(ORGANISATION_ROLES, { error: "Choose a role." }),
});

const networkFields = z.object({
  name: requiredText("name", ORGANISATION_LIMITS.name),
  slug: z
    .string({ error: "Enter the web address." })
    .trim()
    .toLowerCase()
    .min(1, "Enter the web address.")
    .max(ORGANISATION_LIMITS.slug, `The web address has at most ${ORGANISATION_LIMITS.slug} characters.`)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and hyphens."),
  description: optionalText("description", ORGANISATION_LIMITS.description),
  coordinatorId: z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(id("coordinator").nullable()),
  isPublic: z.coerce.boolean(),
});
export const createNetworkSchema = networkFields;

export const addNetworkMemberSchema = z.object({
  networkId: id("network"),
  organisationId: id("organisation"),
  focus: optionalText("focus", ORGANISATION_LIMITS.focus),
  joinedOn: z
    .string()
    .optional()
    .refine((v) => !v || /^\d{4}-\d{2}-\d{2}$/.test(v), "Enter a date.")
    .transform((v) => (v ? v : null)),
});
export const removeNetworkMemberSchema = z.object({ networkId: id("network"), organisationId: id("organisation") });
