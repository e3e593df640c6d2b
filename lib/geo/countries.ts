// Country codes and names for Madang, backed by i18n-iso-countries.
//
// Codes are ISO 3166-1 alpha-2 as shipped by the package (which also carries
// the user-assigned XK for Kosovo). Names default to the package's, but a few
// are overridden so the UI uses UN/UNESCO terminology ("Republic of Korea",
// "Viet Nam", "Türkiye"...): certificates and reports go to UNESCO and
// Korean ministries, who notice.

// Default import: the package is CommonJS and its Node entry assigns
// module.exports wholesale, so ESM named imports are not detected at runtime.
import isoCountries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import fr from "i18n-iso-countries/langs/fr.json";
import ko from "i18n-iso-countries/langs/ko.json";
import { ALL_COUNTRY_CODES, isCountryCode } from "./codes";
import { REGION_OF_COUNTRY, type LocalizedLabel, type UnescoRegion } from "./regions";
import { currentLocale } from "@/lib/format";

export type Locale = "en" | "ko" | "fr";
export const LOCALES: readonly Locale[] = ["en", "ko", "fr"];

// The Node entry registers every locale itself, but the browser entry
// registers none; registering again is idempotent.
isoCountries.registerLocale(en);
isoCountries.registerLocale(fr);
isoCountries.registerLocale(ko);

const NAME_OVERRIDES: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: {
    BO: "Bolivia (Plurinational State of)",
    CD: "Democratic Republic of the Congo",
    CG: "Congo",
    CI: "Côte d'Ivoire",
    CN: "China",
    CV: "Cabo Verde",
    CZ: "Czechia",
    FM: "Micronesia (Federated States of)",
    GM: "Gambia",
    IR: "Iran (Islamic Republic of)",
    KP: "Democratic People's Republic of Korea",
    KR: "Republic of Korea",
    LA: "Lao People's Democratic Republic",
    MD: "Republic of Moldova",
    MK: "North Macedonia",
    NL: "Netherlands",
    PS: "Palestine",
    TR: "Türkiye",
    TZ: "United Republic of Tanzania",
    VE: "Venezuela (Bolivarian Republic of)",
    VN: "Viet Nam",
  },
  ko: {
    // Official Korean exonym since 2022; the package still says 터키.
    TR: "튀르키예",
  },
  fr: {
    KP: "République populaire démocratique de Corée",
    KR: "République de Corée",
    LA: "République démocratique populaire lao",
    TR: "Türkiye",
    VN: "Viet Nam",
  },
};

/** The language of the page being rendered (lib/format), as one of ours. */
function pageLocale(): Locale {
  const locale = currentLocale();
  return (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : "en";
}

/** A region's or group's name in the page's language. */
export function localLabel(label: LocalizedLabel, locale: Locale = pageLocale()): string {
  return label[locale];
}

/** Display name; unknown codes come back unchanged so a bad row still renders. */
export function countryName(code: string, locale: Locale = pageLocale()): string {
  if (!isCountryCode(code)) return code;
  return (
    NAME_OVERRIDES[locale][code] ??
    isoCountries.getName(code, locale) ??
    // Every code has en/ko/fr names in 7.14 (tested); this is belt and braces.
    isoCountries.getName(code, "en") ??
    code
  );
}

/** Throws for unknown codes: there is no honest region to invent. */
export function regionOf(code: string): UnescoRegion {
  const region = REGION_OF_COUNTRY[code];
  if (!region) throw new RangeError(`lib/geo: unknown country code "${code}"`);
  return region;
}

export interface CountryOption {
  readonly code: string;
  readonly name: string;
}

const optionsCache = new Map<Locale, readonly CountryOption[]>();

/** All countries sorted by localized name, for select boxes. Cached per locale. */
export function countryOptions(locale: Locale = pageLocale()): readonly CountryOption[] {
  let options = optionsCache.get(locale);
  if (!options) {
    const collator = new Intl.Collator(locale);
    options = Object.freeze(
      ALL_COUNTRY_CODES.map((code) => Object.freeze({ code, name: countryName(code, locale) })).sort((a, b) =>
        collator.compare(a.name, b.name),
      ),
    );
    optionsCache.set(locale, options);
  }
  return options;
}

// ---------------------------------------------------------------------------
// Name -> code, for spreadsheet imports and seed data, where people write
// countries however they like.

// Variants the package does not know. Checked before package names so that
// ambiguous short forms resolve the way UN usage does ("Congo" is the
// Republic, "Korea" in our participant lists always means the South).
const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  BN: ["Brunei"],
  BO: ["Bolivia", "Plurinational State of Bolivia"],
  CD: ["DR Congo", "DRC", "Congo-Kinshasa", "Congo, Dem. Rep.", "Congo (Democratic Republic of the)"],
  CG: ["Congo", "Republic of Congo", "Congo-Brazzaville", "Congo, Rep."],
  CZ: ["Czech Republic"],
  FM: ["Micronesia", "Federated States of Micronesia"],
  HK: ["Hong Kong SAR", "Hong Kong, China"],
  IR: ["Iran"],
  KP: ["DPRK", "DPR Korea", "Korea, Dem. People's Rep."],
  KR: ["Korea", "Korea, Rep.", "Republic of Korea", "ROK", "S. Korea"],
  LA: ["Lao PDR", "Laos", "Lao"],
  MD: ["Moldova"],
  MK: ["Macedonia"],
  MM: ["Burma"],
  MO: ["Macau", "Macao SAR"],
  SY: ["Syria"],
  SZ: ["Swaziland"],
  TL: ["East Timor"],
  TZ: ["Tanzania"],
  VA: ["Holy See", "Vatican"],
  VE: ["Venezuela"],
  VN: ["Vietnam", "Viet Nam"],
};

// Folds case, accents, punctuation and "St."/"&" spellings so that
// "Côte d’Ivoire", "cote d'ivoire" and "COTE D IVOIRE" compare equal.
function normalizeName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC") // recompose Hangul, which NFD splits into jamo
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "")
    .replace(/\bst\b/g, "saint");
}

function buildNameIndex(): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  const add = (name: string, code: string) => {
    const key = normalizeName(name);
    // First writer wins, so the priority order below decides ambiguities.
    if (key && !index.has(key)) index.set(key, code);
  };
  for (const [code, names] of Object.entries(EXTRA_ALIASES)) {
    for (const name of names) add(name, code);
  }
  for (const locale of LOCALES) {
    for (const [code, name] of Object.entries(NAME_OVERRIDES[locale])) add(name, code);
  }
  // English first so an English spelling never loses to a French homograph.
  for (const locale of LOCALES) {
    const all = isoCountries.getNames(locale, { select: "all" });
    for (const code of ALL_COUNTRY_CODES) {
      for (const name of all[code] ?? []) add(name, code);
    }
  }
  return index;
}

let nameIndex: ReadonlyMap<string, string> | undefined;

/**
 * Best-effort lookup of a free-text country name (English, French or Korean,
 * official or common form), case- and accent-insensitive. As a last resort a
 * bare alpha-2 or alpha-3 code ("kr", "KOR") is accepted, since spreadsheets
 * often contain those. Returns undefined rather than guessing.
 */
export function countryCodeFromName(name: string): string | undefined {
  nameIndex ??= buildNameIndex();
  const byName = nameIndex.get(normalizeName(name));
  if (byName) return byName;

  const raw = name.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(raw)) return isCountryCode(raw) ? raw : undefined;
  if (/^[A-Z]{3}$/.test(raw)) return isoCountries.alpha3ToAlpha2(raw);
  return undefined;
}

/** ISO 3166-1 numeric code ("410") to alpha-2 ("KR"), for map data keyed by numeric ids (world-atlas). */
export function countryFromNumeric(numeric: string): string | undefined {
  const code = isoCountries.numericToAlpha2(numeric);
  return code && isCountryCode(code) ? code : undefined;
}
