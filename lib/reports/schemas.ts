import { z } from "zod";

const id = z.uuid().optional().catch(undefined);
const year = z.coerce.number().int().min(1990).max(2100).optional().catch(undefined);
const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/**
 * A report's filters as they arrive in the URL (GET parameters). A value that does not parse is dropped
 * rather than answered with an error: the filter form is a view, and a stale bookmark should still open.
 */
const reportFiltersSchema = z.object({
  programme: z.preprocess(blankToUndefined, id),
  edition: z.preprocess(blankToUndefined, id),
  call: z.preprocess(blankToUndefined, id),
  track: z.preprocess(blankToUndefined, id),
  donor: z.preprocess(blankToUndefined, id),
  from: z.preprocess(blankToUndefined, year),
  to: z.preprocess(blankToUndefined, year),
});
export type ReportFilters = z.output<typeof reportFiltersSchema>;

/** Reads the filters from a page's searchParams or a route's URLSearchParams. */
export function parseReportFilters(
  input: URLSearchParams | Record<string, string | string[] | undefined>,
): ReportFilters {
  const get = (key: string) => {
    const value = input instanceof URLSearchParams ? input.get(key) : input[key];
    return Array.isArray(value) ? value[0] : (value ?? undefined);
  };
  return reportFiltersSchema.parse(Object.fromEntries(Object.keys(reportFiltersSchema.shape).map((k) => [k, get(k)])));
}

/** The filters back as URL parameters (for links, the export buttons and the print view). */
export function filtersToSearch(filters: ReportFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : "";
}

const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export const reportExportSchema = z.object({
  table: z.string().regex(/^[a-z0-9-]{1,40}$/),
  format: z.enum(EXPORT_FORMATS),
});
