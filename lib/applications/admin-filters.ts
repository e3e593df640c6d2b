import { z } from "zod";

export const ADMIN_PAGE_SIZE = 25;
export const SORTS = ["submitted_desc", "submitted_asc", "name", "country", "reference", "updated_desc"] as const;
export const FILTER_STATUSES = [
  "draft",
  "submitted",
  "under_review",
  "shortlisted",
  "offered",
  "confirmed",
  "declined",
  "waitlisted",
  "rejected",
  "withdrawn",
] as const;
export const FILTER_GENDERS = ["woman", "man", "non_binary", "another", "undisclosed"] as const;

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** The list's filters as they arrive in the URL; anything malformed is dropped, never a 500. */
const applicationFiltersSchema = z.object({
  q: optional(z.string().trim().max(200)),
  status: optional(z.enum(FILTER_STATUSES)),
  country: optional(z.string().regex(/^[A-Z]{2}$/)),
  region: optional(z.string().max(40)),
  gender: optional(z.enum(FILTER_GENDERS)),
  track: optional(z.uuid()),
  eligibility: optional(z.enum(["eligible", "ineligible"])),
  nominatedBy: optional(z.uuid()),
  sort: z.enum(SORTS).catch("submitted_desc").default("submitted_desc"),
  // Keyset cursors (db/keyset.ts): the page after or before the row they name.
  after: optional(z.string().max(2000)),
  before: optional(z.string().max(2000)),
});
export type ApplicationFilters = z.output<typeof applicationFiltersSchema>;

export function parseFilters(
  params: Record<string, string | string[] | undefined> | URLSearchParams,
): ApplicationFilters {
  const entries =
    params instanceof URLSearchParams
      ? Object.fromEntries(params)
      : Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const cleaned = Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined && v !== ""));
  return applicationFiltersSchema.parse(cleaned);
}

/** The same filters as a query string (for pagination links and the export link); a cursor only when given. */
export function filtersToQuery(
  filters: Partial<ApplicationFilters>,
  overrides: Partial<ApplicationFilters> = {},
): string {
  const merged = { ...filters, ...overrides };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === null || value === "") continue;
    if (key === "sort" && value === "submitted_desc") continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
