import { COUNTRY_GROUPS, countryOptions, localLabel, UNESCO_REGIONS } from "@/lib/geo";

/** The choices every call settings form offers. */
export function eligibilityChoices() {
  return {
    countries: countryOptions().map((c) => ({ value: c.code, label: c.name })),
    regions: UNESCO_REGIONS.map((r) => ({ value: r.code, label: localLabel(r.name) })),
    groups: COUNTRY_GROUPS.map((g) => ({ value: g.code, label: localLabel(g.name) })),
  };
}
