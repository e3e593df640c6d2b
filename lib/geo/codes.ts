// The ISO 3166-1 alpha-2 codes alone, without any country's name: what code that also runs in the browser
// (the application form's answer checks, lib/applications/form.ts) needs, at ≈ 3 kB instead of the three
// languages' names that lib/geo/countries.ts loads. The same list i18n-iso-countries names.
import codes from "i18n-iso-countries/codes.json";

export const ALL_COUNTRY_CODES: readonly string[] = Object.freeze(codes.map((row) => row[0]!).sort());

const CODE_SET: ReadonlySet<string> = new Set(ALL_COUNTRY_CODES);

/** True only for an uppercase alpha-2 code we know ("KR", not "kr" or "KOR"). */
export function isCountryCode(code: string): boolean {
  return CODE_SET.has(code);
}
