// UNESCO's five regions, as used to group Member States for programme
// activities (not the electoral groups, which split Europe in two and put
// several Asia-Pacific states elsewhere).
//
// Kept as plain data with no dependency on i18n-iso-countries so it can be
// imported anywhere (seed scripts, edge code) without loading locale JSON.
// geo.test.ts checks that this map covers exactly the codes the package knows.

export type UnescoRegion =
  "africa" | "arab_states" | "asia_pacific" | "europe_north_america" | "latin_america_caribbean";

export interface LocalizedLabel {
  readonly en: string;
  readonly ko: string;
  readonly fr: string;
}

export interface UnescoRegionInfo {
  readonly code: UnescoRegion;
  readonly name: LocalizedLabel;
}

// Order follows UNESCO's own listings (alphabetical in English), so UIs that
// render regions as sections match what participants see in UNESCO documents.
export const UNESCO_REGIONS: readonly UnescoRegionInfo[] = [
  { code: "africa", name: { en: "Africa", ko: "아프리카", fr: "Afrique" } },
  { code: "arab_states", name: { en: "Arab States", ko: "아랍 국가", fr: "États arabes" } },
  {
    code: "asia_pacific",
    name: { en: "Asia and the Pacific", ko: "아시아·태평양", fr: "Asie et Pacifique" },
  },
  {
    code: "europe_north_america",
    name: { en: "Europe and North America", ko: "유럽·북미", fr: "Europe et Amérique du Nord" },
  },
  {
    code: "latin_america_caribbean",
    name: {
      en: "Latin America and the Caribbean",
      ko: "라틴아메리카·카리브",
      fr: "Amérique latine et Caraïbes",
    },
  },
];

// Member States (and the few non-member states such as Liechtenstein and
// Kosovo) per UNESCO region. Comoros sits in Africa even though it is in the
// Arab League: UNESCO files it under Africa, and that is what matters here.
const MEMBER_STATES: Readonly<Record<UnescoRegion, readonly string[]>> = {
  africa: [
    "AO",
    "BJ",
    "BW",
    "BF",
    "BI",
    "CV",
    "CM",
    "CF",
    "TD",
    "KM",
    "CG",
    "CD",
    "CI",
    "GQ",
    "ER",
    "SZ",
    "ET",
    "GA",
    "GM",
    "GH",
    "GN",
    "GW",
    "KE",
    "LS",
    "LR",
    "MG",
    "MW",
    "ML",
    "MU",
    "MZ",
    "NA",
    "NE",
    "NG",
    "RW",
    "ST",
    "SN",
    "SC",
    "SL",
    "ZA",
    "SS",
    "TZ",
    "TG",
    "UG",
    "ZM",
    "ZW",
  ],
  arab_states: [
    "DZ",
    "BH",
    "DJ",
    "EG",
    "IQ",
    "JO",
    "KW",
    "LB",
    "LY",
    "MR",
    "MA",
    "OM",
    "PS",
    "QA",
    "SA",
    "SO",
    "SD",
    "SY",
    "TN",
    "AE",
    "YE",
  ],
  // Central Asia, Iran and Afghanistan belong here in UNESCO's scheme.
  asia_pacific: [
    "AF",
    "AU",
    "BD",
    "BT",
    "BN",
    "KH",
    "CN",
    "KP",
    "CK",
    "FJ",
    "IN",
    "ID",
    "IR",
    "JP",
    "KZ",
    "KI",
    "KG",
    "LA",
    "MY",
    "MV",
    "MH",
    "FM",
    "MN",
    "MM",
    "NR",
    "NP",
    "NZ",
    "NU",
    "PK",
    "PW",
    "PG",
    "PH",
    "KR",
    "WS",
    "SG",
    "SB",
    "LK",
    "TJ",
    "TH",
    "TL",
    "TO",
    "TM",
    "TV",
    "UZ",
    "VU",
    "VN",
  ],
  // Israel, Türkiye, Russia and the Caucasus are European for UNESCO.
  europe_north_america: [
    "AL",
    "AD",
    "AM",
    "AT",
    "AZ",
    "BY",
    "BE",
    "BA",
    "BG",
    "CA",
    "HR",
    "CY",
    "CZ",
    "DK",
    "EE",
    "FI",
    "FR",
    "GE",
    "DE",
    "GR",
    "HU",
    "IS",
    "IE",
    "IL",
    "IT",
    "LV",
    "LI",
    "LT",
    "LU",
    "MT",
    "MC",
    "ME",
    "NL",
    "MK",
    "NO",
    "PL",
    "PT",
    "MD",
    "RO",
    "RU",
    "SM",
    "RS",
    "SK",
    "SI",
    "ES",
    "SE",
    "CH",
    "TR",
    "UA",
    "GB",
    "US",
    "VA",
    "XK",
  ],
  latin_america_caribbean: [
    "AG",
    "AR",
    "BS",
    "BB",
    "BZ",
    "BO",
    "BR",
    "CL",
    "CO",
    "CR",
    "CU",
    "DM",
    "DO",
    "EC",
    "SV",
    "GD",
    "GT",
    "GY",
    "HT",
    "HN",
    "JM",
    "MX",
    "NI",
    "PA",
    "PY",
    "PE",
    "KN",
    "LC",
    "VC",
    "SR",
    "TT",
    "UY",
    "VE",
  ],
};

// Territories and other non-member codes. UNESCO has no region for these, so
// they follow where the UN M49 geoscheme puts them geographically (e.g. IO
// and TF are "Eastern Africa", BV and GS "South America", BM/GL/PM
// "Northern America"). Participants can still come from these places, and
// every code must resolve to some region.
const TERRITORIES: Readonly<Record<UnescoRegion, readonly string[]>> = {
  africa: ["IO", "RE", "SH", "TF", "YT"],
  arab_states: ["EH"],
  // AQ has no M49 region at all; Asia-Pacific is an arbitrary but stable pick.
  asia_pacific: ["AQ", "AS", "CC", "CX", "GU", "HK", "HM", "MO", "MP", "NC", "NF", "PF", "PN", "TK", "TW", "UM", "WF"],
  europe_north_america: ["AX", "BM", "FO", "GG", "GI", "GL", "IM", "JE", "PM", "SJ"],
  latin_america_caribbean: [
    "AI",
    "AW",
    "BL",
    "BQ",
    "BV",
    "CW",
    "FK",
    "GF",
    "GP",
    "GS",
    "KY",
    "MF",
    "MQ",
    "MS",
    "PR",
    "SX",
    "TC",
    "VG",
    "VI",
  ],
};

function buildRegionMap(): Record<string, UnescoRegion> {
  const map: Record<string, UnescoRegion> = {};
  for (const source of [MEMBER_STATES, TERRITORIES]) {
    for (const region of Object.keys(source) as UnescoRegion[]) {
      for (const code of source[region]) {
        // A code listed twice would silently take the last region; fail
        // loudly at import time instead so a bad edit cannot ship.
        if (code in map) throw new Error(`lib/geo: ${code} is listed in two regions`);
        map[code] = region;
      }
    }
  }
  return map;
}

export const REGION_OF_COUNTRY: Readonly<Record<string, UnescoRegion>> = Object.freeze(buildRegionMap());

export function isUnescoRegion(value: string): value is UnescoRegion {
  return UNESCO_REGIONS.some((r) => r.code === value);
}
