// Named country groups that programme calls use in eligibility rules
// ("open to ASEAN Member States", "priority to LDCs and SIDS").
//
// These lists change by political decision, not by ISO update, so they live
// here as data with a date note; review them when a call cites a newer list.

import type { LocalizedLabel } from "./regions";

export type CountryGroupCode = "asean" | "sids" | "ldc";

export interface CountryGroup {
  readonly code: CountryGroupCode;
  readonly name: LocalizedLabel;
  readonly countries: readonly string[];
}

// Timor-Leste was admitted as ASEAN's 11th member in October 2025; the
// product spec fixes ASEAN at the 10 long-standing members, so TL is left
// out until eligibility rules are told otherwise.
export const ASEAN: readonly string[] = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"];

// UNESCO SIDS Member States (Caribbean, Pacific, AIMS). Associate Members
// (e.g. Aruba, Curaçao, Tokelau) are excluded because calls address Member
// States; add them per-call if a programme says otherwise.
const SIDS: readonly string[] = [
  // Caribbean (Belize, Guyana and Suriname are low-lying coastal states
  // counted as SIDS by the UN).
  "AG",
  "BS",
  "BB",
  "BZ",
  "CU",
  "DM",
  "DO",
  "GD",
  "GY",
  "HT",
  "JM",
  "KN",
  "LC",
  "VC",
  "SR",
  "TT",
  // Pacific
  "CK",
  "FJ",
  "KI",
  "MH",
  "FM",
  "NR",
  "NU",
  "PW",
  "PG",
  "WS",
  "SB",
  "TL",
  "TO",
  "TV",
  "VU",
  // Atlantic, Indian Ocean, Mediterranean and South China Sea
  "BH",
  "CV",
  "KM",
  "GW",
  "MV",
  "MU",
  "ST",
  "SC",
  "SG",
];

// UN list of Least Developed Countries as of December 2024 (44 countries,
// after Bhutan's graduation in 2023 and São Tomé and Príncipe's in 2024).
// Bangladesh, Lao PDR and Nepal are scheduled to graduate in November 2026
// and Solomon Islands in December 2027: re-check this list after those dates.
const LDC: readonly string[] = [
  // Africa
  "AO",
  "BJ",
  "BF",
  "BI",
  "CF",
  "TD",
  "KM",
  "CD",
  "DJ",
  "ER",
  "ET",
  "GM",
  "GN",
  "GW",
  "LS",
  "LR",
  "MG",
  "MW",
  "ML",
  "MR",
  "MZ",
  "NE",
  "RW",
  "SN",
  "SL",
  "SO",
  "SS",
  "SD",
  "TG",
  "UG",
  "TZ",
  "ZM",
  // Asia
  "AF",
  "BD",
  "KH",
  "LA",
  "MM",
  "NP",
  "TL",
  "YE",
  // Latin America and the Caribbean
  "HT",
  // Pacific
  "KI",
  "SB",
  "TV",
];

export const COUNTRY_GROUPS: readonly CountryGroup[] = [
  {
    code: "asean",
    name: {
      en: "Association of Southeast Asian Nations (ASEAN)",
      ko: "동남아시아국가연합(아세안)",
      fr: "Association des nations de l'Asie du Sud-Est (ASEAN)",
    },
    countries: ASEAN,
  },
  {
    code: "sids",
    name: {
      en: "Small Island Developing States (SIDS)",
      ko: "군소도서개발도상국(SIDS)",
      fr: "Petits États insulaires en développement (PEID)",
    },
    countries: SIDS,
  },
  {
    code: "ldc",
    name: {
      en: "Least Developed Countries (LDCs)",
      ko: "최빈개발도상국(LDC)",
      fr: "Pays les moins avancés (PMA)",
    },
    countries: LDC,
  },
];

export function isCountryGroupCode(value: string): value is CountryGroupCode {
  return COUNTRY_GROUPS.some((g) => g.code === value);
}

export function countriesInGroup(code: CountryGroupCode): readonly string[] {
  const group = COUNTRY_GROUPS.find((g) => g.code === code);
  // Unreachable for typed callers; guards against untyped input (e.g. a
  // group code read from the database).
  if (!group) throw new RangeError(`lib/geo: unknown country group "${code}"`);
  return group.countries;
}
