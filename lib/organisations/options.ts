import { ALL_COUNTRY_CODES, countryName } from "@/lib/geo";

/** Every country as a picker option, sorted by its English name. */
export function countryOptions(): { code: string; name: string }[] {
  return ALL_COUNTRY_CODES.map((code) => ({ code, name: countryName(code) })).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
}
