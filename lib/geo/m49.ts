// UN M49 "Standard country or area codes for statistical use": the five regions and, inside them,
// the subregions a programme names ("Northern Africa", "South-eastern Asia"). Where M49 splits a
// subregion into intermediate regions (Sub-Saharan Africa into Eastern, Middle, Southern and Western
// Africa; Latin America into the Caribbean, Central and South America), the intermediate region is
// used, since that is what "Africa's five subregions" means to an office.
//
// Plain data beside the UNESCO regions (regions.ts), which draw other lines (North Africa sits under
// the Arab States there). geo.test.ts checks every alpha-2 code against this table and the count of
// each subregion against a hand-checked figure.

import type { LocalizedLabel } from "./regions";

export type M49RegionCode = "002" | "019" | "142" | "150" | "009";

export interface M49Subregion {
  /** The M49 numeric code of the subregion (or intermediate region). */
  readonly code: string;
  readonly region: M49RegionCode;
  readonly name: LocalizedLabel;
  readonly countries: readonly string[];
}

export const M49_REGIONS: readonly { readonly code: M49RegionCode; readonly name: LocalizedLabel }[] = [
  { code: "002", name: { en: "Africa", ko: "아프리카", fr: "Afrique" } },
  { code: "019", name: { en: "Americas", ko: "아메리카", fr: "Amériques" } },
  { code: "142", name: { en: "Asia", ko: "아시아", fr: "Asie" } },
  { code: "150", name: { en: "Europe", ko: "유럽", fr: "Europe" } },
  { code: "009", name: { en: "Oceania", ko: "오세아니아", fr: "Océanie" } },
];

const sub = (
  code: string,
  region: M49RegionCode,
  en: string,
  ko: string,
  fr: string,
  countries: string,
): M49Subregion => ({
  code,
  region,
  name: { en, ko, fr },
  countries: countries.split(" "),
});

export const M49_SUBREGIONS: readonly M49Subregion[] = [
  sub("015", "002", "Northern Africa", "북아프리카", "Afrique du Nord", "DZ EG LY MA SD TN EH"),
  sub(
    "014",
    "002",
    "Eastern Africa",
    "동아프리카",
    "Afrique orientale",
    "IO BI KM DJ ER ET TF KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW",
  ),
  sub("017", "002", "Middle Africa", "중부 아프리카", "Afrique centrale", "AO CM CF TD CG CD GQ GA ST"),
  sub("018", "002", "Southern Africa", "남아프리카", "Afrique australe", "BW SZ LS NA ZA"),
  sub(
    "011",
    "002",
    "Western Africa",
    "서아프리카",
    "Afrique de l'Ouest",
    "BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG",
  ),
  sub(
    "029",
    "019",
    "Caribbean",
    "카리브",
    "Caraïbes",
    "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI",
  ),
  sub("013", "019", "Central America", "중앙아메리카", "Amérique centrale", "BZ CR SV GT HN MX NI PA"),
  sub(
    "005",
    "019",
    "South America",
    "남아메리카",
    "Amérique du Sud",
    "AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE",
  ),
  sub("021", "019", "Northern America", "북아메리카", "Amérique septentrionale", "BM CA GL PM US"),
  sub("143", "142", "Central Asia", "중앙아시아", "Asie centrale", "KZ KG TJ TM UZ"),
  // M49 lists no separate entry for Taiwan; the ISO code is placed where M49 counts it, in Eastern Asia.
  sub("030", "142", "Eastern Asia", "동아시아", "Asie orientale", "CN HK MO KP JP MN KR TW"),
  sub("035", "142", "South-eastern Asia", "동남아시아", "Asie du Sud-Est", "BN KH ID LA MY MM PH SG TH TL VN"),
  sub("034", "142", "Southern Asia", "남아시아", "Asie du Sud", "AF BD BT IN IR MV NP PK LK"),
  sub(
    "145",
    "142",
    "Western Asia",
    "서아시아",
    "Asie occidentale",
    "AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE",
  ),
  sub("151", "150", "Eastern Europe", "동유럽", "Europe orientale", "BY BG CZ HU PL MD RO RU SK UA"),
  sub(
    "154",
    "150",
    "Northern Europe",
    "북유럽",
    "Europe septentrionale",
    "AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB",
  ),
  sub(
    "039",
    "150",
    "Southern Europe",
    "남유럽",
    "Europe méridionale",
    "AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES",
  ),
  sub("155", "150", "Western Europe", "서유럽", "Europe occidentale", "AT BE FR DE LI LU MC NL CH"),
  sub(
    "053",
    "009",
    "Australia and New Zealand",
    "오스트레일리아·뉴질랜드",
    "Australie et Nouvelle-Zélande",
    "AU CX CC HM NZ NF",
  ),
  sub("054", "009", "Melanesia", "멜라네시아", "Mélanésie", "FJ NC PG SB VU"),
  sub("057", "009", "Micronesia", "미크로네시아", "Micronésie", "GU KI MH FM NR MP PW UM"),
  sub("061", "009", "Polynesia", "폴리네시아", "Polynésie", "AS CK PF NU PN WS TK TO TV WF"),
];

/** Codes M49 places in no region: Antarctica, and Kosovo (a user-assigned ISO code M49 does not list). */
export const M49_UNPLACED: readonly string[] = ["AQ", "XK"];

const SUBREGION_OF = new Map<string, M49Subregion>(
  M49_SUBREGIONS.flatMap((s) => s.countries.map((c) => [c, s] as const)),
);

/** The M49 subregion of a country, or undefined for the codes M49 does not place. */
export function m49SubregionOf(country: string): M49Subregion | undefined {
  return SUBREGION_OF.get(country);
}

/** The subregions of one M49 region, in the table's order. */
export function m49SubregionsOf(region: M49RegionCode): readonly M49Subregion[] {
  return M49_SUBREGIONS.filter((s) => s.region === region);
}
