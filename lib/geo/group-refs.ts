// One way to name any grouping of countries, so that eligibility, balance rules, meters and reports
// accept them all: "m49:002" (an M49 region), "m49:015" (an M49 subregion), "unesco:africa", the named
// groups by their code ("asean", "sids", "ldc", as eligibility has always stored them), and
// "custom:<uuid>" for a group an office defined (country_groups, passed in by the caller).

import { COUNTRY_GROUPS, isCountryGroupCode } from "./groups";
import { M49_REGIONS, M49_SUBREGIONS } from "./m49";
import { REGION_OF_COUNTRY, UNESCO_REGIONS } from "./regions";

export type CustomCountryGroup = { readonly id: string; readonly name: string; readonly countries: readonly string[] };

type GroupKind = "m49-region" | "m49-subregion" | "unesco" | "named" | "custom";

export interface GroupOption {
  readonly ref: string;
  readonly kind: GroupKind;
  readonly label: string;
  readonly countries: readonly string[];
}

const builtIn: readonly GroupOption[] = [
  ...M49_REGIONS.map((r) => ({
    ref: `m49:${r.code}`,
    kind: "m49-region" as const,
    label: r.name.en,
    countries: M49_SUBREGIONS.filter((s) => s.region === r.code).flatMap((s) => s.countries),
  })),
  ...M49_SUBREGIONS.map((s) => ({
    ref: `m49:${s.code}`,
    kind: "m49-subregion" as const,
    label: s.name.en,
    countries: s.countries,
  })),
  ...UNESCO_REGIONS.map((r) => ({
    ref: `unesco:${r.code}`,
    kind: "unesco" as const,
    label: `${r.name.en} (UNESCO)`,
    countries: Object.entries(REGION_OF_COUNTRY)
      .filter(([, region]) => region === r.code)
      .map(([code]) => code),
  })),
  ...COUNTRY_GROUPS.map((g) => ({ ref: g.code, kind: "named" as const, label: g.name.en, countries: g.countries })),
];

const customOption = (g: CustomCountryGroup): GroupOption => ({
  ref: `custom:${g.id}`,
  kind: "custom",
  label: g.name,
  countries: g.countries,
});

/** Every grouping a rule can name: built-in ones, then the office's own. */
export function groupOptions(custom: readonly CustomCountryGroup[] = []): GroupOption[] {
  return [...builtIn, ...custom.map(customOption)];
}

/** The group a reference names, or undefined (an unknown code, or a custom group since deleted). */
export function resolveGroupRef(ref: string, custom: readonly CustomCountryGroup[] = []): GroupOption | undefined {
  if (ref.startsWith("custom:")) {
    const found = custom.find((g) => `custom:${g.id}` === ref);
    return found ? customOption(found) : undefined;
  }
  return builtIn.find((g) => g.ref === ref);
}

/** "Each subregion of X": the subregions of an M49 region, as references (none for other groups). */
export function subregionRefsOf(ref: string): string[] {
  const code = ref.startsWith("m49:") ? ref.slice(4) : "";
  return M49_SUBREGIONS.filter((s) => s.region === code).map((s) => `m49:${s.code}`);
}

/** Whether a reference can be stored: built-in, or custom in the shape of one (checked against the DB by callers). */
export function isGroupRef(ref: string): boolean {
  return isCountryGroupCode(ref) || builtIn.some((g) => g.ref === ref) || /^custom:[0-9a-f-]{36}$/i.test(ref);
}
