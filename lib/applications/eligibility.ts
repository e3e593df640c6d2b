import type { CallEligibility } from "@/db/schema";
import {
  COUNTRY_GROUPS,
  countryName,
  isCountryGroupCode,
  REGION_OF_COUNTRY,
  resolveGroupRef,
  UNESCO_REGIONS,
  type CountryGroupCode,
  type CustomCountryGroup,
  type UnescoRegion,
} from "@/lib/geo";

type Rule = NonNullable<CallEligibility["nationality"]>;

export type EligibilityProfile = { nationality: string | null; residence: string | null };
export type EligibilityResult =
  | { status: "eligible" }
  | { status: "incomplete"; missing: ("nationality" | "residence")[] }
  | { status: "ineligible"; reasons: string[] };

function hasRule(rule: Rule | undefined): rule is Rule {
  return Boolean(rule && (rule.countries?.length ?? 0) + (rule.regions?.length ?? 0) + (rule.groups?.length ?? 0) > 0);
}

/**
 * Every country a rule admits, expanded from its countries, regions and groups. A group is any reference
 * lib/geo resolves ("asean", "m49:015", "unesco:africa", "custom:<id>"); the office's own groups come
 * from the caller, and one it does not pass (or since deleted) admits nobody.
 */
export function countriesOfRule(
  rule: Rule | undefined,
  custom: readonly CustomCountryGroup[] = [],
): Set<string> | null {
  if (!hasRule(rule)) return null;
  const out = new Set<string>(rule.countries ?? []);
  const regions = new Set(rule.regions ?? []);
  if (regions.size)
    for (const [code, region] of Object.entries(REGION_OF_COUNTRY)) if (regions.has(region)) out.add(code);
  for (const group of rule.groups ?? [])
    for (const code of resolveGroupRef(group, custom)?.countries ?? []) out.add(code);
  return out;
}

/** The rule in words: "ASEAN, Africa, or Mongolia". */
export function describeRule(rule: Rule | undefined, custom: readonly CustomCountryGroup[] = []): string | null {
  if (!hasRule(rule)) return null;
  const parts = [
    ...(rule.groups ?? []).map((g) =>
      isCountryGroupCode(g)
        ? `${COUNTRY_GROUPS.find((x) => x.code === (g as CountryGroupCode))?.name.en} member states`
        : (resolveGroupRef(g, custom)?.label ?? g),
    ),
    ...(rule.regions ?? []).map((r) => UNESCO_REGIONS.find((x) => x.code === (r as UnescoRegion))?.name.en ?? r),
    ...(rule.countries ?? []).map((c) => countryName(c)),
  ];
  return parts.length <= 1 ? (parts[0] ?? null) : `${parts.slice(0, -1).join(", ")} or ${parts.at(-1)}`;
}

/** Every group an eligibility names, so the office groups among them can be loaded (lib/geo/country-groups.ts). */
export function eligibilityGroupRefs(eligibility: CallEligibility): string[] {
  return [...(eligibility.nationality?.groups ?? []), ...(eligibility.residence?.groups ?? [])];
}

/**
 * Whether a person may apply, decided from their profile before they write anything. Each failing rule
 * gives a sentence the applicant can act on; a missing country asks them to complete their profile.
 */
export function checkEligibility(
  eligibility: CallEligibility,
  profile: EligibilityProfile,
  custom: readonly CustomCountryGroup[] = [],
): EligibilityResult {
  const checks = [
    { key: "nationality" as const, rule: eligibility.nationality, value: profile.nationality, noun: "nationality" },
    { key: "residence" as const, rule: eligibility.residence, value: profile.residence, noun: "country of residence" },
  ];
  const missing = checks.filter((c) => hasRule(c.rule) && !c.value).map((c) => c.key);
  if (missing.length) return { status: "incomplete", missing };
  const reasons: string[] = [];
  for (const check of checks) {
    const allowed = countriesOfRule(check.rule, custom);
    if (allowed && check.value && !allowed.has(check.value)) {
      reasons.push(
        `This call is open to applicants whose ${check.noun} is in ${describeRule(check.rule, custom)}; your ${check.noun} is ${countryName(check.value)}.`,
      );
    }
  }
  return reasons.length ? { status: "ineligible", reasons } : { status: "eligible" };
}
