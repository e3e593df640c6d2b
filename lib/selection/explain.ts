import { UNESCO_REGIONS, countryName } from "@/lib/geo";
import { delegationSize, genderBounds } from "./rules";
import type { BalanceRules, Candidate, RuleState, Violation } from "./types";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Why a rule could not be met, from the pool rather than from the solver: the numbers a programme
 * officer can check by hand ("12 eligible women applied; the band needs 15").
 */
export function explainViolation(
  state: RuleState,
  pool: readonly Candidate[],
  rules: BalanceRules,
  seatsTarget: number,
): Violation {
  const amount = state.shortfall ?? 0;
  const id = state.id;
  const conflict = "It cannot be met together with the other rules; this is the least it can be missed by.";
  let reason = conflict;

  const perCountryFill = () => {
    const counts = new Map<string, number>();
    for (const c of pool) if (c.country) counts.set(c.country, (counts.get(c.country) ?? 0) + 1);
    const fillable = [...counts.values()].reduce((s, k) => s + Math.min(k, rules.maxPerCountry ?? k), 0);
    return { countries: counts.size, fillable };
  };

  // The gender band caps the seats when one of women and men is scarce: name that, not the seats alone.
  const bandCap = () => {
    if (!rules.genderBand || rules.genderBand.min <= 0) return null;
    const women = pool.filter((c) => c.gender === "woman").length;
    const men = pool.filter((c) => c.gender === "man").length;
    const [scarce, word] = women <= men ? [women, "women"] : [men, "men"];
    const cap = Math.floor(scarce / rules.genderBand.min + 1e-9);
    if (cap >= rules.seats) return null;
    return `${scarce} eligible ${scarce === 1 ? word.replace("men", "man") : word} applied; with women and men each at least ${Math.round(rules.genderBand.min * 100)}%, at most ${cap} seats can be filled.`;
  };

  if (id === "seats") {
    const { countries, fillable } = perCountryFill();
    reason =
      pool.length < rules.seats
        ? `Only ${plural(pool.length, "eligible applicant", "eligible applicants")} for ${rules.seats} seats.`
        : rules.maxPerCountry !== undefined && fillable < rules.seats
          ? `With at most ${rules.maxPerCountry} per country, the ${plural(countries, "country", "countries")} in the pool can fill only ${fillable} of ${rules.seats} seats.`
          : (bandCap() ?? `Only ${state.actual} of ${rules.seats} seats can be filled while the other rules hold.`);
  } else if (id === "gender.woman" || id === "gender.man") {
    const mine = pool.filter((c) => c.gender === (id === "gender.woman" ? "woman" : "man")).length;
    const word = id === "gender.woman" ? "women" : "men";
    const bounds = rules.genderBand ? genderBounds(rules.genderBand, seatsTarget) : { min: 0, max: seatsTarget };
    const others = pool.filter(
      (c) => c.gender && c.gender !== "undisclosed" && c.gender !== (id === "gender.woman" ? "woman" : "man"),
    ).length;
    if (mine < bounds.min)
      reason = `${plural(mine, `eligible ${word === "women" ? "woman" : "man"} applied`, `eligible ${word} applied`)}; the band needs ${bounds.min}.`;
    else if (others < seatsTarget - bounds.max)
      reason = `Only ${others} eligible applicants who disclosed are not ${word}; the band needs at least ${seatsTarget - bounds.max}.`;
  } else if (id === "countries.min") {
    const countries = new Set(pool.map((c) => c.country).filter(Boolean)).size;
    if (countries < (rules.minCountries ?? 0))
      reason = `Eligible applicants come from only ${plural(countries, "country", "countries")}; the rule needs ${rules.minCountries}.`;
    else if (seatsTarget < (rules.minCountries ?? 0))
      reason = `${seatsTarget} seats cannot hold ${rules.minCountries} countries.`;
  } else if (id === "country.max") {
    const { countries, fillable } = perCountryFill();
    if (fillable < seatsTarget)
      reason = `With at most ${rules.maxPerCountry} per country, the ${plural(countries, "country", "countries")} in the pool can fill only ${fillable} of ${seatsTarget} seats.`;
  } else if (id.startsWith("region.")) {
    const region = id.slice("region.".length) as keyof NonNullable<BalanceRules["regionMin"]>;
    const name = UNESCO_REGIONS.find((r) => r.code === region)?.name.en ?? region;
    const have = pool.filter((c) => c.region === region).length;
    const min = rules.regionMin?.[region];
    if (min !== undefined && have < min)
      reason = `${plural(have, "eligible applicant", "eligible applicants")} from ${name} applied; the rule needs ${min}.`;
  } else if (id.startsWith("group.")) {
    const group = rules.groups?.find((g) => `group.${g.ref}` === id);
    const members = new Set(group?.countries ?? []);
    const have = pool.filter((c) => c.country && members.has(c.country)).length;
    if (group?.min !== undefined && have < group.min)
      reason = `${plural(have, "eligible applicant", "eligible applicants")} from ${group.label} applied; the rule needs ${group.min}.`;
  } else if (id.startsWith("delegation.")) {
    const country = id.slice("delegation.".length);
    const have = pool.filter((c) => c.country === country).length;
    const size = delegationSize(rules, country);
    if (have < size)
      reason = `Only ${plural(have, "eligible nominee", "eligible nominees")} from ${countryName(country)}; the delegation needs exactly ${size}.`;
  } else if (id.startsWith("track.")) {
    const total = Object.values(rules.seatsPerTrack ?? {}).reduce((s, k) => s + k, 0);
    if (total < seatsTarget)
      reason = `The tracks' seats add up to ${total}, fewer than the ${seatsTarget} seats in all.`;
  }
  return { ruleId: id, amount, reason };
}
