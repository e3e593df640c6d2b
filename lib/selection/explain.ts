import { UNESCO_REGIONS, countryName } from "@/lib/geo";
import { delegationSize, genderBounds, needSaid, phrase, plural } from "./rules";
import type { BalanceRules, Candidate, Phrase, RuleState, Violation } from "./types";

/**
 * Why a rule could not be met, from the pool rather than from the solver: the numbers a programme
 * officer can check by hand ("12 eligible women applied; the band needs 15"). `reason` is the English a
 * run keeps in selection_runs.violations; `why` the same as data, shown in the reader's language.
 */
export function explainViolation(
  state: RuleState,
  pool: readonly Candidate[],
  rules: BalanceRules,
  seatsTarget: number,
): Violation {
  const amount = state.shortfall ?? 0;
  const id = state.id;
  let reason = "It cannot be met together with the other rules; this is the least it can be missed by.";
  let why: Phrase = phrase("why.conflict");
  const say = (english: string, data: Phrase) => {
    reason = english;
    why = data;
  };

  const perCountryFill = () => {
    const counts = new Map<string, number>();
    for (const c of pool) if (c.country) counts.set(c.country, (counts.get(c.country) ?? 0) + 1);
    const fillable = [...counts.values()].reduce((s, k) => s + Math.min(k, rules.maxPerCountry ?? k), 0);
    return { countries: counts.size, fillable };
  };
  const perCountryCaps = (seats: number) => {
    const { countries, fillable } = perCountryFill();
    say(
      `With at most ${rules.maxPerCountry} per country, the ${plural(countries, "country", "countries")} in the pool can fill only ${fillable} of ${plural(seats, "seat", "seats")}.`,
      phrase("why.perCountryFill", { cap: rules.maxPerCountry ?? 0, countries, fillable, seats }),
    );
  };

  // The gender band caps the seats when one of women and men is scarce: name that, not the seats alone.
  const bandCap = () => {
    if (!rules.genderBand || rules.genderBand.min <= 0) return false;
    const women = pool.filter((c) => c.gender === "woman").length;
    const men = pool.filter((c) => c.gender === "man").length;
    const [scarce, gender] = women <= men ? [women, "woman" as const] : [men, "man" as const];
    const cap = Math.floor(scarce / rules.genderBand.min + 1e-9);
    if (cap >= rules.seats) return false;
    const share = Math.round(rules.genderBand.min * 100);
    const people =
      gender === "woman"
        ? plural(scarce, "eligible woman", "eligible women")
        : plural(scarce, "eligible man", "eligible men");
    say(
      `${people} applied; with women and men each at least ${share}%, at most ${plural(cap, "seat", "seats")} can be filled.`,
      phrase("why.bandCapsSeats", { gender, scarce, share, cap }),
    );
    return true;
  };

  if (id === "seats") {
    const { fillable } = perCountryFill();
    if (pool.length < rules.seats)
      say(
        `Only ${plural(pool.length, "eligible applicant", "eligible applicants")} for ${plural(rules.seats, "seat", "seats")}.`,
        phrase("why.fewApplicants", { pool: pool.length, seats: rules.seats }),
      );
    else if (rules.maxPerCountry !== undefined && fillable < rules.seats) perCountryCaps(rules.seats);
    else if (!bandCap())
      say(
        `Only ${state.actual} of ${plural(rules.seats, "seat", "seats")} can be filled while the other rules hold.`,
        phrase("why.seatsWhileRulesHold", { actual: state.actual, seats: rules.seats }),
      );
  } else if (id === "gender.woman" || id === "gender.man") {
    const gender = id === "gender.woman" ? ("woman" as const) : ("man" as const);
    const mine = pool.filter((c) => c.gender === gender).length;
    const bounds = rules.genderBand ? genderBounds(rules.genderBand, seatsTarget) : { min: 0, max: seatsTarget };
    const others = pool.filter((c) => c.gender && c.gender !== "undisclosed" && c.gender !== gender).length;
    const people =
      gender === "woman"
        ? plural(mine, "eligible woman", "eligible women")
        : plural(mine, "eligible man", "eligible men");
    if (mine < bounds.min)
      say(
        `${people} applied; the band needs ${bounds.min}.`,
        phrase("why.genderShort", { gender, mine, min: bounds.min }),
      );
    else if (others < seatsTarget - bounds.max)
      say(
        `Only ${plural(others, "eligible applicant", "eligible applicants")} who disclosed ${others === 1 ? "is" : "are"} not ${gender === "woman" ? "women" : "men"}; the band needs at least ${seatsTarget - bounds.max}.`,
        phrase("why.othersShort", { gender, others, need: seatsTarget - bounds.max }),
      );
  } else if (id === "countries.min") {
    const countries = new Set(pool.map((c) => c.country).filter(Boolean)).size;
    const min = rules.minCountries ?? 0;
    if (countries < min)
      say(
        `Eligible applicants come from only ${plural(countries, "country", "countries")}; the rule needs ${min}.`,
        phrase("why.fewCountries", { countries, min }),
      );
    else if (seatsTarget < min)
      say(
        `${plural(seatsTarget, "seat", "seats")} cannot hold ${min} countries.`,
        phrase("why.seatsHoldCountries", { seats: seatsTarget, min }),
      );
  } else if (id === "country.max") {
    if (perCountryFill().fillable < seatsTarget) perCountryCaps(seatsTarget);
  } else if (id.startsWith("region.")) {
    const region = id.slice("region.".length) as keyof NonNullable<BalanceRules["regionMin"]>;
    const name = UNESCO_REGIONS.find((r) => r.code === region)?.name.en ?? region;
    const have = pool.filter((c) => c.region === region).length;
    const min = rules.regionMin?.[region];
    if (min !== undefined && have < min)
      say(
        `${plural(have, "eligible applicant", "eligible applicants")} from ${name} applied; the rule needs at least ${min}.`,
        phrase("why.fromPlaceShort", { have, place: { region }, need: needSaid(min, undefined) }),
      );
  } else if (id.startsWith("group.")) {
    const group = rules.groups?.find((g) => `group.${g.ref}` === id);
    const members = new Set(group?.countries ?? []);
    const have = pool.filter((c) => c.country && members.has(c.country)).length;
    if (group?.min !== undefined && have < group.min)
      say(
        `${plural(have, "eligible applicant", "eligible applicants")} from ${group.label} applied; the rule needs at least ${group.min}.`,
        phrase("why.fromPlaceShort", {
          have,
          place: { group: group.ref, label: group.label },
          need: needSaid(group.min, undefined),
        }),
      );
  } else if (id.startsWith("delegation.")) {
    const country = id.slice("delegation.".length);
    const have = pool.filter((c) => c.country === country).length;
    const size = delegationSize(rules, country);
    if (have < size)
      say(
        `Only ${plural(have, "eligible nominee", "eligible nominees")} from ${countryName(country, "en")}; the delegation needs exactly ${size}.`,
        phrase("why.fewNominees", { have, country: { country }, size }),
      );
  } else if (id.startsWith("track.")) {
    const total = Object.values(rules.seatsPerTrack ?? {}).reduce((s, k) => s + k, 0);
    if (total < seatsTarget)
      say(
        `The tracks' seats add up to ${total}, fewer than the ${plural(seatsTarget, "seat", "seats")} in all.`,
        phrase("why.trackSeats", { total, seats: seatsTarget }),
      );
  }
  return { ruleId: id, amount, reason, why };
}
