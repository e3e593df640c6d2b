import isoCountries from "i18n-iso-countries";
import { describe, expect, it } from "vitest";
import {
  ALL_COUNTRY_CODES,
  ASEAN,
  COUNTRY_GROUPS,
  LOCALES,
  REGION_OF_COUNTRY,
  UNESCO_REGIONS,
  countriesInGroup,
  countryCodeFromName,
  countryFromNumeric,
  groupOptions,
  M49_SUBREGIONS,
  M49_UNPLACED,
  m49SubregionOf,
  m49SubregionsOf,
  resolveGroupRef,
  subregionRefsOf,
  countryName,
  countryOptions,
  isCountryCode,
  regionOf,
  type UnescoRegion,
} from "./index";

describe("country codes", () => {
  it("covers every alpha-2 code the package knows, sorted", () => {
    const packageCodes = Object.keys(isoCountries.getAlpha2Codes()).sort();
    expect(ALL_COUNTRY_CODES).toEqual(packageCodes);
    expect(ALL_COUNTRY_CODES.length).toBeGreaterThanOrEqual(249);
    expect([...ALL_COUNTRY_CODES].sort()).toEqual(ALL_COUNTRY_CODES);
  });

  it("isCountryCode is strict: uppercase alpha-2 only", () => {
    expect(isCountryCode("KR")).toBe(true);
    expect(isCountryCode("XX")).toBe(false);
    expect(isCountryCode("kr")).toBe(false);
    expect(isCountryCode("KOR")).toBe(false);
    expect(isCountryCode("")).toBe(false);
  });

  it("every code has a region and a non-empty name in en, ko and fr", () => {
    for (const code of ALL_COUNTRY_CODES) {
      expect(REGION_OF_COUNTRY[code], code).toBeDefined();
      for (const locale of LOCALES) {
        const name = countryName(code, locale);
        expect(name, `${code}/${locale}`).not.toBe("");
        expect(name, `${code}/${locale}`).not.toBe(code);
      }
    }
  });

  it("the region map has no codes the package does not know", () => {
    const known = new Set(ALL_COUNTRY_CODES);
    expect(Object.keys(REGION_OF_COUNTRY).filter((c) => !known.has(c))).toEqual([]);
  });
});

describe("names", () => {
  it("uses UNESCO terminology in English", () => {
    expect(countryName("KR")).toBe("Republic of Korea");
    expect(countryName("KR", "en")).toBe("Republic of Korea");
    expect(countryName("VN")).toBe("Viet Nam");
    expect(countryName("LA")).toBe("Lao People's Democratic Republic");
    expect(countryName("TR")).toBe("Türkiye");
    expect(countryName("CN")).toBe("China");
  });

  it("localizes names", () => {
    const ko = countryName("KR", "ko");
    expect(ko).toBe("대한민국");
    expect(ko).not.toBe(countryName("KR", "en"));
    expect(countryName("KR", "fr")).toBe("République de Corée");
    expect(countryName("TR", "ko")).toBe("튀르키예");
  });

  it("returns unknown codes unchanged", () => {
    expect(countryName("XX")).toBe("XX");
    expect(countryName("kr", "ko")).toBe("kr");
  });

  it("countryOptions lists every code once, sorted by localized name", () => {
    for (const locale of LOCALES) {
      const options = countryOptions(locale);
      expect(options.map((o) => o.code).sort()).toEqual(ALL_COUNTRY_CODES);
      const collator = new Intl.Collator(locale);
      for (let i = 1; i < options.length; i++) {
        expect(collator.compare(options[i - 1]!.name, options[i]!.name)).toBeLessThanOrEqual(0);
      }
    }
    expect(countryOptions("en").find((o) => o.code === "KR")?.name).toBe("Republic of Korea");
    expect(countryOptions("ko")).toBe(countryOptions("ko"));
  });
});

describe("regions", () => {
  it("lists the five UNESCO regions with names in every locale", () => {
    expect(UNESCO_REGIONS.map((r) => r.code)).toEqual([
      "africa",
      "arab_states",
      "asia_pacific",
      "europe_north_america",
      "latin_america_caribbean",
    ]);
    for (const r of UNESCO_REGIONS) {
      for (const locale of LOCALES) expect(r.name[locale]).not.toBe("");
    }
  });

  it.each<[string, UnescoRegion]>([
    ["EG", "arab_states"],
    ["MA", "arab_states"],
    ["PS", "arab_states"],
    ["SO", "arab_states"],
    ["NG", "africa"],
    ["KM", "africa"],
    ["ZA", "africa"],
    ["BR", "latin_america_caribbean"],
    ["JM", "latin_america_caribbean"],
    ["FR", "europe_north_america"],
    ["US", "europe_north_america"],
    ["CA", "europe_north_america"],
    ["IL", "europe_north_america"],
    ["TR", "europe_north_america"],
    ["RU", "europe_north_america"],
    ["GE", "europe_north_america"],
    ["KZ", "asia_pacific"],
    ["IR", "asia_pacific"],
    ["AF", "asia_pacific"],
    ["AU", "asia_pacific"],
    ["TO", "asia_pacific"],
    ["KR", "asia_pacific"],
  ])("%s is in %s", (code, region) => {
    expect(regionOf(code)).toBe(region);
  });

  it("has exactly the 21 Arab States", () => {
    const arab = ALL_COUNTRY_CODES.filter((c) => regionOf(c) === "arab_states" && c !== "EH");
    expect(arab.sort()).toEqual("AE BH DJ DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SO SY TN YE".split(" "));
  });

  it("regionOf throws for unknown codes", () => {
    expect(() => regionOf("XX")).toThrow(RangeError);
    expect(() => regionOf("kr")).toThrow(RangeError);
  });
});

describe("groups", () => {
  it("ASEAN is exactly the 10 members, all in Asia-Pacific", () => {
    expect([...ASEAN].sort()).toEqual(["BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "VN"]);
    expect(countriesInGroup("asean")).toEqual(ASEAN);
    for (const code of ASEAN) expect(regionOf(code)).toBe("asia_pacific");
  });

  it("every group member is a valid code, listed once", () => {
    for (const group of COUNTRY_GROUPS) {
      expect(group.countries.length, group.code).toBeGreaterThan(0);
      expect(new Set(group.countries).size, group.code).toBe(group.countries.length);
      for (const code of group.countries) expect(isCountryCode(code), `${group.code}:${code}`).toBe(true);
      for (const locale of LOCALES) expect(group.name[locale]).not.toBe("");
    }
  });

  it("has plausible sizes for SIDS and LDC", () => {
    expect(countriesInGroup("ldc")).toHaveLength(44);
    expect(countriesInGroup("sids").length).toBeGreaterThanOrEqual(38);
    expect(countriesInGroup("sids")).toContain("SB");
    expect(countriesInGroup("ldc")).not.toContain("BT"); // graduated 2023
  });
});

describe("countryCodeFromName", () => {
  const seoul2018: Array<[string, string]> = [
    ["Kazakhstan", "KZ"],
    ["Vietnam", "VN"],
    ["China", "CN"],
    ["India", "IN"],
    ["Bangladesh", "BD"],
    ["Thailand", "TH"],
    ["Mongolia", "MN"],
    ["Japan", "JP"],
    ["Malaysia", "MY"],
    ["Republic of Korea", "KR"],
    ["Philippines", "PH"],
    ["Pakistan", "PK"],
    ["Solomon Islands", "SB"],
    ["Indonesia", "ID"],
    ["Timor-Leste", "TL"],
    ["Uzbekistan", "UZ"],
    ["Australia", "AU"],
  ];

  it("resolves all 17 Seoul 2018 workshop countries, all in Asia-Pacific", () => {
    expect(seoul2018).toHaveLength(17);
    for (const [name, code] of seoul2018) {
      expect(countryCodeFromName(name), name).toBe(code);
      expect(regionOf(code), name).toBe("asia_pacific");
    }
  });

  it.each([
    ["Vietnam", "VN"],
    ["Viet Nam", "VN"],
    ["viet nam", "VN"],
    ["Republic of Korea", "KR"],
    ["South Korea", "KR"],
    ["Korea", "KR"],
    ["KOREA", "KR"],
    ["Korea, Republic of", "KR"],
    ["North Korea", "KP"],
    ["DPRK", "KP"],
    ["Lao PDR", "LA"],
    ["Laos", "LA"],
    ["Lao People's Democratic Republic", "LA"],
    ["Türkiye", "TR"],
    ["Turkiye", "TR"],
    ["Turkey", "TR"],
    ["Côte d’Ivoire", "CI"],
    ["Ivory Coast", "CI"],
    ["Congo", "CG"],
    ["DR Congo", "CD"],
    ["St. Lucia", "LC"],
    ["Trinidad & Tobago", "TT"],
    ["  timor leste ", "TL"],
    ["The Gambia", "GM"],
    ["Iran", "IR"],
    ["United States", "US"],
    ["UK", "GB"],
    ["대한민국", "KR"],
    ["Corée du Sud", "KR"],
    ["KOR", "KR"],
    ["kr", "KR"],
  ])("%s -> %s", (name, code) => {
    expect(countryCodeFromName(name)).toBe(code);
  });

  it("returns undefined for unknown input", () => {
    expect(countryCodeFromName("")).toBeUndefined();
    expect(countryCodeFromName("Atlantis")).toBeUndefined();
    expect(countryCodeFromName("XX")).toBeUndefined();
    expect(countryCodeFromName("XYZ")).toBeUndefined();
  });

  it("round-trips every English display name", () => {
    for (const code of ALL_COUNTRY_CODES) {
      expect(countryCodeFromName(countryName(code, "en")), code).toBe(code);
    }
  });
});

describe("UN M49 regions and subregions", () => {
  // Counted by hand from the M49 overview table (countries or areas per subregion; intermediate regions
  // where M49 has them). Taiwan is placed in Eastern Asia, where M49 counts it within China.
  const HAND_COUNTED: Record<string, number> = {
    "Northern Africa": 7,
    "Eastern Africa": 22,
    "Middle Africa": 9,
    "Southern Africa": 5,
    "Western Africa": 17,
    Caribbean: 28,
    "Central America": 8,
    "South America": 16,
    "Northern America": 5,
    "Central Asia": 5,
    "Eastern Asia": 8,
    "South-eastern Asia": 11,
    "Southern Asia": 9,
    "Western Asia": 18,
    "Eastern Europe": 10,
    "Northern Europe": 16,
    "Southern Europe": 16,
    "Western Europe": 9,
    "Australia and New Zealand": 6,
    Melanesia: 5,
    Micronesia: 8,
    Polynesia: 10,
  };

  it("places every ISO alpha-2 code in exactly one subregion, but Antarctica and Kosovo", () => {
    const seen = new Map<string, string>();
    for (const s of M49_SUBREGIONS)
      for (const c of s.countries) {
        expect(seen.get(c), `${c} twice`).toBeUndefined();
        seen.set(c, s.name.en);
      }
    const isoCodes = Object.keys(isoCountries.getAlpha2Codes()).sort();
    expect([...seen.keys(), ...M49_UNPLACED].sort()).toEqual(isoCodes);
  });

  it("has the hand-counted number of countries in each subregion", () => {
    expect(Object.fromEntries(M49_SUBREGIONS.map((s) => [s.name.en, s.countries.length]))).toEqual(HAND_COUNTED);
    expect(m49SubregionsOf("002").map((s) => s.name.en)).toEqual([
      "Northern Africa",
      "Eastern Africa",
      "Middle Africa",
      "Southern Africa",
      "Western Africa",
    ]);
  });

  it("draws other lines than UNESCO: Egypt and Morocco are Northern Africa, and Arab States for UNESCO", () => {
    for (const code of ["EG", "MA", "TN", "DZ", "LY", "SD"]) {
      expect(m49SubregionOf(code)?.name.en).toBe("Northern Africa");
      expect(regionOf(code)).toBe("arab_states");
    }
    expect(m49SubregionOf("KR")?.code).toBe("030");
    expect(m49SubregionOf("AQ")).toBeUndefined();
  });

  it("resolves every kind of group reference, and the subregions of a region", () => {
    expect(resolveGroupRef("m49:015")?.countries).toContain("EG");
    expect(resolveGroupRef("m49:002")?.countries).toHaveLength(60);
    expect(resolveGroupRef("unesco:arab_states")?.countries).toContain("EG");
    expect(resolveGroupRef("asean")?.countries).toEqual(ASEAN);
    const custom = [
      { id: "6f1c1c52-8d6c-4b55-9d3c-2d9f0b0e7a11", name: "Mekong", countries: ["KH", "LA", "MM", "TH", "VN"] },
    ];
    expect(resolveGroupRef("custom:6f1c1c52-8d6c-4b55-9d3c-2d9f0b0e7a11", custom)).toMatchObject({
      label: "Mekong",
      kind: "custom",
    });
    expect(resolveGroupRef("custom:6f1c1c52-8d6c-4b55-9d3c-2d9f0b0e7a11", [])).toBeUndefined();
    expect(subregionRefsOf("m49:002")).toEqual(["m49:015", "m49:014", "m49:017", "m49:018", "m49:011"]);
    expect(subregionRefsOf("asean")).toEqual([]);
    expect(groupOptions(custom).filter((g) => g.kind === "m49-subregion")).toHaveLength(22);
  });
});

describe("the world map's country codes", () => {
  it("reads world-atlas's numeric ids as the alpha-2 codes the figures use", () => {
    expect([
      countryFromNumeric("410"),
      countryFromNumeric("704"),
      countryFromNumeric("404"),
      countryFromNumeric("999"),
    ]).toEqual(["KR", "VN", "KE", undefined]);
  });
});
