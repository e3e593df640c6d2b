import { UNESCO_REGIONS, countryName, isCountryCode, regionOf, type UnescoRegion } from "@/lib/geo";
import type { BalanceRules, Candidate, CandidateGender, Phrase, RuleState, RuleStatus, Said } from "./types";

const EPS = 1e-9;

/** The band's bounds in people for a given number of disclosed answers. */
export function genderBounds(band: { min: number; max: number }, disclosed: number): { min: number; max: number } {
  return { min: Math.ceil(band.min * disclosed - EPS), max: Math.floor(band.max * disclosed + EPS) };
}

export const isDisclosed = (g: CandidateGender | null) => g !== null && g !== "undisclosed";

/** A country's delegation size: the call's size unless a smaller one was agreed for that country. */
export function delegationSize(rules: BalanceRules, country: string): number {
  return rules.delegations?.sizes?.[country] ?? rules.delegations?.size ?? 0;
}

/** "≥ 3", "≤ 5" or "2–5" for a rule with a lower and/or upper bound. */
function boundsText(min: number | undefined, max: number | undefined): string {
  return min !== undefined && max !== undefined ? `${min}–${max}` : min !== undefined ? `≥ ${min}` : `≤ ${max}`;
}

/** boundsText as data. */
function boundsSaid(min: number | undefined, max: number | undefined): Phrase {
  return min !== undefined && max !== undefined
    ? phrase("target.between", { min, max })
    : min !== undefined
      ? phrase("target.atLeast", { min })
      : phrase("target.atMost", { max: max ?? 0 });
}

/** "at least 2 and at most 5", as data. */
export function needSaid(min: number | undefined, max: number | undefined): Said {
  const parts = [
    ...(min !== undefined ? [phrase("need.atLeast", { min })] : []),
    ...(max !== undefined ? [phrase("need.atMost", { max })] : []),
  ];
  return { list: parts, join: "and" };
}

export const phrase = (key: string, values?: Record<string, Said>): Phrase => (values ? { key, values } : { key });
/** "1 seat", "3 seats": the English fields' own plural, which messages/en.json says with ICU. */
export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A UNESCO region's English name, as the English sentences here say it. */
export const regionName = (r: string) => UNESCO_REGIONS.find((x) => x.code === r)?.name.en ?? r;

/** Met when inside the bounds; close when one person away; broken beyond. */
function statusOf(shortfall: number): RuleStatus {
  if (shortfall <= 0) return "met";
  return shortfall <= 1 ? "close" : "broken";
}

/** status and shortfall together, so every state carries the number behind its colour. */
function judged(shortfall: number): { status: RuleStatus; shortfall: number } {
  return { status: statusOf(shortfall), shortfall: Math.max(0, shortfall) };
}

function range(actual: number, min: number | undefined, max: number | undefined) {
  const below = min === undefined ? 0 : Math.max(0, min - actual);
  const above = max === undefined ? 0 : Math.max(0, actual - max);
  return below + above;
}

/**
 * What the rules read of a chosen set: how many, by gender, country, region, group and track, and which
 * pinned applicants are in it. Additive counts, so the database can count them too (the workbench's meters,
 * lib/decisions/queries.ts) and judgeRules reads either the same way.
 */
export type RuleTally = {
  chosen: number;
  women: number;
  men: number;
  /** Chosen who stated a gender (neither null nor "undisclosed"). */
  disclosed: number;
  countries: Record<string, number>;
  regions: Partial<Record<UnescoRegion, number>>;
  /** One count per rules.groups entry, in its order. */
  groups: number[];
  tracks: Record<string, number>;
  /** The pinned (in or out) applicants who are chosen. */
  pinned: string[];
};

const bump = <K extends string>(counts: Partial<Record<K, number>>, key: K) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** The tally of a chosen set, counted from its candidates. */
function tallyChosen(candidates: readonly Candidate[], rules: BalanceRules, chosenIds: Iterable<string>): RuleTally {
  const chosenSet = new Set(chosenIds);
  const chosen = candidates.filter((c) => chosenSet.has(c.id));
  const tally: RuleTally = {
    chosen: chosen.length,
    women: 0,
    men: 0,
    disclosed: 0,
    countries: {},
    regions: {},
    groups: (rules.groups ?? []).map(() => 0),
    tracks: {},
    pinned: [...(rules.pinnedIn ?? []), ...(rules.pinnedOut ?? [])].filter((id) => chosenSet.has(id)),
  };
  const members = (rules.groups ?? []).map((g) => new Set(g.countries));
  for (const c of chosen) {
    if (c.gender === "woman") tally.women++;
    if (c.gender === "man") tally.men++;
    if (isDisclosed(c.gender)) tally.disclosed++;
    if (c.country) bump(tally.countries, c.country);
    if (c.region) bump(tally.regions, c.region);
    if (c.trackId) bump(tally.tracks, c.trackId);
    members.forEach((m, i) => {
      if (c.country && m.has(c.country)) tally.groups[i]!++;
    });
  }
  return tally;
}

/**
 * A tally counted elsewhere (by the database) by country only, with its regions and groups added up from its
 * countries: a candidate's region is its country's (lib/review/ranking.ts gives it so), and a group counts the
 * chosen from its countries.
 */
export function completeTally(rules: BalanceRules, counted: Omit<RuleTally, "regions" | "groups">): RuleTally {
  const regions: RuleTally["regions"] = {};
  for (const [country, k] of Object.entries(counted.countries))
    if (isCountryCode(country)) regions[regionOf(country)] = (regions[regionOf(country)] ?? 0) + k;
  const groups = (rules.groups ?? []).map((g) =>
    [...new Set(g.countries)].reduce((sum, country) => sum + (counted.countries[country] ?? 0), 0),
  );
  return { ...counted, regions, groups };
}

/**
 * Every rule's state for a chosen set, with the numbers behind it. Pure and linear in the pool, so the
 * workbench can call it on every click.
 */
export function evaluateRules(
  candidates: readonly Candidate[],
  rules: BalanceRules,
  chosenIds: Iterable<string>,
): RuleState[] {
  return judgeRules(rules, tallyChosen(candidates, rules, chosenIds));
}

/** Every rule's state for a chosen set known by its tally. */
export function judgeRules(rules: BalanceRules, tally: RuleTally): RuleState[] {
  const out: RuleState[] = [];
  const n = tally.chosen;
  const pinned = new Set(tally.pinned);
  const seats = rules.seats;

  const seatsShort = Math.abs(seats - n);
  out.push({
    id: "seats",
    label: "Seats",
    ...judged(seatsShort),
    actual: n,
    target: String(seats),
    message:
      n === seats
        ? seats === 1
          ? "The 1 seat is filled."
          : `All ${seats} seats are filled.`
        : n < seats
          ? `${seats - n} of ${seats} seats ${seats - n === 1 ? "is" : "are"} still free.`
          : `${n - seats} more chosen than the ${plural(seats, "seat", "seats")}.`,
    said: {
      label: phrase("label.seats"),
      target: seats,
      message:
        n === seats
          ? phrase("meter.seatsFilled", { seats })
          : n < seats
            ? phrase("meter.seatsFree", { free: seats - n, seats })
            : phrase("meter.seatsOver", { over: n - seats, seats }),
    },
  });

  if (rules.seatsPerTrack) {
    for (const [trackId, cap] of Object.entries(rules.seatsPerTrack)) {
      const actual = tally.tracks[trackId] ?? 0;
      out.push({
        id: `track.${trackId}`,
        label: `Seats in track`,
        ...judged(range(actual, undefined, cap)),
        actual,
        target: `≤ ${cap}`,
        message:
          actual <= cap
            ? `${actual} of at most ${cap} in this track.`
            : `${actual - cap} over this track's ${plural(cap, "seat", "seats")}.`,
        said: {
          label: phrase("label.track"),
          target: phrase("target.atMost", { max: cap }),
          message:
            actual <= cap
              ? phrase("meter.trackWithin", { actual, cap })
              : phrase("meter.trackOver", { over: actual - cap, cap }),
        },
      });
    }
  }

  if (rules.genderBand) {
    const disclosed = tally.disclosed;
    const undisclosed = n - disclosed;
    const bounds = genderBounds(rules.genderBand, disclosed);
    const band = { min: Math.round(rules.genderBand.min * 100), max: Math.round(rules.genderBand.max * 100) };
    for (const gender of ["woman", "man"] as const) {
      const actual = gender === "woman" ? tally.women : tally.men;
      const off = disclosed === 0 ? 0 : range(actual, bounds.min, bounds.max);
      const share = disclosed ? Math.round((actual / disclosed) * 100) : 0;
      const people = gender === "woman" ? plural(actual, "woman", "women") : plural(actual, "man", "men");
      out.push({
        id: `gender.${gender}`,
        label: gender === "woman" ? "Women" : "Men",
        ...judged(off),
        actual,
        target: `${band.min}%–${band.max}%`,
        message:
          disclosed === 0
            ? `Nobody chosen has disclosed a gender yet${undisclosed ? ` (${undisclosed} did not disclose)` : ""}.`
            : `${people} of ${disclosed} who disclosed (${share}%); the band allows ${bounds.min}–${bounds.max}.${undisclosed ? ` ${undisclosed} did not disclose.` : ""}`,
        said: {
          label: phrase("label.gender", { gender }),
          target: phrase("target.share", band),
          message:
            disclosed === 0
              ? phrase("meter.nobodyDisclosed", { undisclosed })
              : phrase("meter.genderBand", { gender, actual, disclosed, share, ...bounds, undisclosed }),
        },
      });
    }
  }

  // By country code, so the message reads the same whichever way the tally was counted.
  const perCountry = Object.entries(tally.countries)
    .filter(([, k]) => k > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  if (rules.maxPerCountry !== undefined) {
    const cap = rules.maxPerCountry;
    const over = perCountry.filter(([, k]) => k > cap);
    const excess = over.reduce((sum, [, k]) => sum + k - cap, 0);
    const most = Math.max(0, ...perCountry.map(([, k]) => k));
    out.push({
      id: "country.max",
      label: "Per country",
      ...judged(excess),
      actual: most,
      target: `≤ ${cap}`,
      message:
        over.length === 0
          ? `No country has more than ${cap}.`
          : `Over ${cap}: ${over.map(([code, k]) => `${countryName(code, "en")} (${k})`).join(", ")}.`,
      said: {
        label: phrase("label.perCountry"),
        target: phrase("target.atMost", { max: cap }),
        message:
          over.length === 0
            ? phrase("meter.noCountryOver", { cap })
            : phrase("meter.countriesOver", {
                cap,
                countries: {
                  list: over.map(([code, k]) => phrase("countryCount", { country: { country: code }, count: k })),
                  join: "comma",
                },
              }),
      },
    });
  }

  if (rules.minCountries !== undefined) {
    const actual = perCountry.length;
    const min = rules.minCountries;
    out.push({
      id: "countries.min",
      label: "Distinct countries",
      ...judged(range(actual, min, undefined)),
      actual,
      target: `≥ ${min}`,
      message:
        actual >= min
          ? `${plural(actual, "country", "countries")} (at least ${min} needed).`
          : `${plural(actual, "country", "countries")}; ${min - actual} more needed.`,
      said: {
        label: phrase("label.countries"),
        target: phrase("target.atLeast", { min }),
        message:
          actual >= min
            ? phrase("meter.countriesEnough", { actual, min })
            : phrase("meter.countriesShort", { actual, missing: min - actual }),
      },
    });
  }

  const regions = new Set<UnescoRegion>([
    ...Object.keys(rules.regionMin ?? {}),
    ...Object.keys(rules.regionMax ?? {}),
  ] as UnescoRegion[]);
  for (const region of regions) {
    const min = rules.regionMin?.[region];
    const max = rules.regionMax?.[region];
    const actual = tally.regions[region] ?? 0;
    const target = boundsText(min, max);
    out.push({
      id: `region.${region}`,
      label: regionName(region),
      ...judged(range(actual, min, max)),
      actual,
      target,
      message: `${actual} from ${regionName(region)} (${target}).`,
      said: {
        label: { region },
        target: boundsSaid(min, max),
        message: phrase("meter.fromPlace", { actual, place: { region }, target: boundsSaid(min, max) }),
      },
    });
  }

  for (const [i, group] of (rules.groups ?? []).entries()) {
    const actual = tally.groups[i] ?? 0;
    const target = boundsText(group.min, group.max);
    const place = { group: group.ref, label: group.label };
    out.push({
      id: `group.${group.ref}`,
      label: group.label,
      ...judged(range(actual, group.min, group.max)),
      actual,
      target,
      message: `${actual} from ${group.label} (${target}).`,
      said: {
        label: place,
        target: boundsSaid(group.min, group.max),
        message: phrase("meter.fromPlace", { actual, place, target: boundsSaid(group.min, group.max) }),
      },
    });
  }

  if (rules.delegations) {
    for (const country of rules.delegations.countries) {
      const size = delegationSize(rules, country);
      const actual = tally.countries[country] ?? 0;
      const name = countryName(country, "en");
      out.push({
        id: `delegation.${country}`,
        label: `Delegation of ${name}`,
        ...judged(Math.abs(actual - size)),
        actual,
        target: `= ${size}`,
        message: actual === size ? `${name}: a full delegation of ${size}.` : `${name}: ${actual} of ${size}.`,
        said: {
          label: phrase("label.delegation", { country: { country } }),
          target: phrase("target.exactly", { size }),
          message:
            actual === size
              ? phrase("meter.delegationFull", { country: { country }, size })
              : phrase("meter.delegationPartial", { country: { country }, actual, size }),
        },
      });
    }
  }

  for (const id of rules.pinnedIn ?? []) {
    const ok = pinned.has(id);
    out.push({
      id: `pin.in.${id}`,
      label: "Pinned in",
      status: ok ? "met" : "broken",
      shortfall: ok ? 0 : 1,
      actual: ok ? 1 : 0,
      target: "chosen",
      message: ok ? "A pinned applicant is chosen." : "A pinned applicant is not chosen.",
      said: {
        label: phrase("label.pinnedIn"),
        target: phrase("target.chosen"),
        message: phrase(ok ? "meter.pinnedInChosen" : "meter.pinnedInLeftOut"),
      },
    });
  }
  for (const id of rules.pinnedOut ?? []) {
    const ok = !pinned.has(id);
    out.push({
      id: `pin.out.${id}`,
      label: "Pinned out",
      status: ok ? "met" : "broken",
      shortfall: ok ? 0 : 1,
      actual: ok ? 0 : 1,
      target: "not chosen",
      message: ok ? "An excluded applicant is left out." : "An excluded applicant is chosen.",
      said: {
        label: phrase("label.pinnedOut"),
        target: phrase("target.notChosen"),
        message: phrase(ok ? "meter.pinnedOutLeftOut" : "meter.pinnedOutChosen"),
      },
    });
  }

  return out;
}

export const allMet = (states: readonly RuleState[]) => states.every((s) => s.status === "met");
