import { countryName, type UnescoRegion } from "@/lib/geo";
import { delegationSize, needSaid, phrase, plural, regionName } from "./rules";
import type { BalanceRules, Phrase, Said } from "./types";

/*
 * Rule units: one rule as an officer states it, "seats" (fill every seat), "gender" (the band, both its rows),
 * "country.max", "countries.min", "region.<code>", "group.<ref>", "delegation.<country>", "track.<id>",
 * "pin.in.<id>"; and the coarser ones a committee prices ("delegations", "tracks", "pins"). Here: which units
 * rules state, their names (in English and as data for lib/selection/say.ts), and the rules with one unit
 * dropped or relaxed by some steps. lib/selection/conflicts.ts searches with them.
 */

/** A share in percentage points, to a tenth: 0.325 → 32.5. */
export const points = (x: number) => Math.round(x * 1000) / 10;
export const pct = (x: number) => `${points(x)}%`;

/** Every rule unit the rules state, seats first (deletion filtering then keeps seats only when needed). */
export function ruleUnits(rules: BalanceRules): string[] {
  const units = ["seats"];
  if (rules.genderBand) units.push("gender");
  if (rules.maxPerCountry !== undefined) units.push("country.max");
  if (rules.minCountries !== undefined) units.push("countries.min");
  const regions = new Set([...Object.keys(rules.regionMin ?? {}), ...Object.keys(rules.regionMax ?? {})]);
  for (const r of regions) units.push(`region.${r}`);
  for (const g of rules.groups ?? []) units.push(`group.${g.ref}`);
  for (const c of rules.delegations?.countries ?? []) units.push(`delegation.${c}`);
  for (const t of Object.keys(rules.seatsPerTrack ?? {})) units.push(`track.${t}`);
  for (const id of rules.pinnedIn ?? []) if (!(rules.pinnedOut ?? []).includes(id)) units.push(`pin.in.${id}`);
  return units;
}

/** The rules as a committee discusses their price: each delegation, track and pin counts with its kind. */
export function priceUnits(rules: BalanceRules): string[] {
  const units = ruleUnits(rules).filter(
    (u) => u !== "seats" && !u.startsWith("delegation.") && !u.startsWith("track.") && !u.startsWith("pin."),
  );
  if (rules.delegations) units.push("delegations");
  if (rules.seatsPerTrack && Object.keys(rules.seatsPerTrack).length) units.push("tracks");
  if (rules.pinnedIn?.length || rules.pinnedOut?.length) units.push("pins");
  return units;
}

export function unitLabel(unit: string, rules: BalanceRules): string {
  if (unit === "seats") return "Seats";
  if (unit === "gender") return "Gender band";
  if (unit === "country.max") return "Per country";
  if (unit === "countries.min") return "Distinct countries";
  if (unit === "delegations") return "Delegations";
  if (unit === "tracks") return "Seats per track";
  if (unit === "pins") return "Pins";
  if (unit.startsWith("region.")) return regionName(unit.slice(7));
  if (unit.startsWith("group.")) return rules.groups?.find((g) => `group.${g.ref}` === unit)?.label ?? unit.slice(6);
  if (unit.startsWith("delegation.")) return `Delegation of ${countryName(unit.slice(11), "en")}`;
  if (unit.startsWith("track.")) return "Seats in track";
  return "Pinned in";
}

/** unitLabel as data. */
export function unitSaid(unit: string, rules: BalanceRules): Said {
  const fixed: Record<string, string> = {
    seats: "label.seats",
    gender: "label.genderBand",
    "country.max": "label.perCountry",
    "countries.min": "label.countries",
    delegations: "label.delegations",
    tracks: "label.tracks",
    pins: "label.pins",
  };
  if (fixed[unit]) return phrase(fixed[unit]);
  if (unit.startsWith("region.")) return { region: unit.slice(7) as UnescoRegion };
  if (unit.startsWith("group.")) return { group: unit.slice(6), label: unitLabel(unit, rules) };
  if (unit.startsWith("delegation.")) return phrase("label.delegation", { country: { country: unit.slice(11) } });
  if (unit.startsWith("track.")) return phrase("label.track");
  return phrase("label.pinnedIn");
}

export const placeOf = (unit: string, rules: BalanceRules): Said =>
  unit.startsWith("region.")
    ? { region: unit.slice(7) as UnescoRegion }
    : { group: unit.slice(6), label: unitLabel(unit, rules) };

/** The rules without one unit (fine or coarse); "seats" cannot be dropped this way (see fewerSeats). */
export function withoutUnit(rules: BalanceRules, unit: string): BalanceRules {
  const r: BalanceRules = structuredClone(rules);
  if (unit === "gender") delete r.genderBand;
  else if (unit === "country.max") delete r.maxPerCountry;
  else if (unit === "countries.min") delete r.minCountries;
  else if (unit === "delegations") delete r.delegations;
  else if (unit === "tracks") delete r.seatsPerTrack;
  else if (unit === "pins") {
    delete r.pinnedIn;
    delete r.pinnedOut;
  } else if (unit.startsWith("region.")) {
    const code = unit.slice(7) as UnescoRegion;
    if (r.regionMin) delete r.regionMin[code];
    if (r.regionMax) delete r.regionMax[code];
  } else if (unit.startsWith("group.")) r.groups = r.groups?.filter((g) => `group.${g.ref}` !== unit);
  else if (unit.startsWith("delegation.") && r.delegations) {
    r.delegations.countries = r.delegations.countries.filter((c) => c !== unit.slice(11));
    if (!r.delegations.countries.length) delete r.delegations;
  } else if (unit.startsWith("track.") && r.seatsPerTrack) delete r.seatsPerTrack[unit.slice(6)];
  else if (unit.startsWith("pin.in.")) r.pinnedIn = r.pinnedIn?.filter((id) => id !== unit.slice(7));
  return r;
}

export type Relaxation = { rules: BalanceRules; change: string; said: Phrase };

/** The largest step a unit can be relaxed by (past it the rule says nothing), and whether steps nest. */
export function relaxRange(rules: BalanceRules, unit: string): { max: number; monotone: boolean } {
  if (unit === "gender")
    return { max: Math.round(Math.max(rules.genderBand!.min, 1 - rules.genderBand!.max) * 100), monotone: true };
  if (unit === "countries.min") return { max: rules.minCountries!, monotone: true };
  if (unit.startsWith("region.")) {
    const code = unit.slice(7) as UnescoRegion;
    return { max: Math.max(rules.regionMin?.[code] ?? 0, rules.seats), monotone: true };
  }
  if (unit.startsWith("group.")) {
    const g = rules.groups!.find((x) => `group.${x.ref}` === unit)!;
    return { max: Math.max(g.min ?? 0, rules.seats), monotone: true };
  }
  // An exact delegation of 2 is not "looser" than one of 3 in every pool: each size is tried in turn.
  if (unit.startsWith("delegation.")) return { max: delegationSize(rules, unit.slice(11)), monotone: false };
  if (unit.startsWith("pin.in.")) return { max: 1, monotone: true };
  return { max: rules.seats, monotone: true };
}

/** One unit relaxed by `k` steps (percentage points of the band, or people, or countries). */
export function relaxUnit(rules: BalanceRules, unit: string, k: number): Relaxation {
  const r: BalanceRules = structuredClone(rules);
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  if (unit === "gender") {
    const band = {
      min: round(Math.max(0, r.genderBand!.min - k / 100)),
      max: round(Math.min(1, r.genderBand!.max + k / 100)),
    };
    r.genderBand = band;
    return {
      rules: r,
      change: `Widen the gender band to ${pct(band.min)}–${pct(band.max)}`,
      said: phrase("change.widenBand", { min: points(band.min), max: points(band.max) }),
    };
  }
  if (unit === "country.max") {
    r.maxPerCountry = rules.maxPerCountry! + k;
    return {
      rules: r,
      change: `Allow up to ${r.maxPerCountry} per country`,
      said: phrase("change.perCountry", { max: r.maxPerCountry }),
    };
  }
  if (unit === "countries.min") {
    r.minCountries = Math.max(0, rules.minCountries! - k);
    return {
      rules: r,
      change: `Ask for at least ${plural(r.minCountries, "country", "countries")}`,
      said: phrase("change.countries", { min: r.minCountries }),
    };
  }
  if (unit.startsWith("region.") || unit.startsWith("group.")) {
    let min: number | undefined;
    let max: number | undefined;
    if (unit.startsWith("region.")) {
      const code = unit.slice(7) as UnescoRegion;
      if (r.regionMin?.[code] !== undefined) min = r.regionMin[code] = Math.max(0, r.regionMin[code]! - k);
      if (r.regionMax?.[code] !== undefined) max = r.regionMax[code] = r.regionMax[code]! + k;
    } else {
      const g = r.groups!.find((x) => `group.${x.ref}` === unit)!;
      if (g.min !== undefined) min = g.min = Math.max(0, g.min - k);
      if (g.max !== undefined) max = g.max = g.max + k;
    }
    const parts = [min !== undefined ? `at least ${min}` : null, max !== undefined ? `at most ${max}` : null];
    return {
      rules: r,
      change: `Ask for ${parts.filter(Boolean).join(" and ")} from ${unitLabel(unit, rules)}`,
      said: phrase("change.fromPlace", { need: needSaid(min, max), place: placeOf(unit, rules) }),
    };
  }
  if (unit.startsWith("delegation.")) {
    const country = unit.slice(11);
    const size = delegationSize(rules, country) - k;
    r.delegations = { ...r.delegations!, sizes: { ...r.delegations!.sizes, [country]: size } };
    return {
      rules: r,
      change: `Accept a delegation of ${size} from ${countryName(country, "en")}`,
      said: phrase("change.delegation", { size, country: { country } }),
    };
  }
  if (unit.startsWith("track.")) {
    const id = unit.slice(6);
    r.seatsPerTrack = { ...r.seatsPerTrack, [id]: rules.seatsPerTrack![id]! + k };
    return {
      rules: r,
      change: `Allow up to ${r.seatsPerTrack[id]} in the track`,
      said: phrase("change.track", { max: r.seatsPerTrack[id]! }),
    };
  }
  return { rules: withoutUnit(rules, unit), change: "Unpin the applicant", said: phrase("change.unpin") };
}
