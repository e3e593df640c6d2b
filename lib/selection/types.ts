import type { UnescoRegion } from "@/lib/geo";

/** Self-described gender as recorded at submission; "undisclosed" and null count apart. */
export type CandidateGender = "woman" | "man" | "non_binary" | "another" | "undisclosed";

/** One application as the selection sees it: already scored, already snapshotted. */
export type Candidate = {
  id: string;
  /** Total score used for ranking (weighted, possibly normalised); higher is better. */
  score: number;
  gender: CandidateGender | null;
  /** Nationality (ISO 3166-1 alpha-2) at submission. */
  country: string | null;
  region: UnescoRegion | null;
  /** The track this candidate would take a seat in (first preference), if the call has tracks. */
  trackId: string | null;
};

/**
 * A rule on any grouping of countries (a UN M49 subregion, a UNESCO region, ASEAN, SIDS, LDC, or a group
 * an office defined): at least `min` and/or at most `max` chosen from its countries. `ref` names the
 * group (see lib/geo/group-refs.ts); `label` and `countries` are its name and members when the rule was
 * resolved, so a stored rule still reads and solves if the group later changes.
 */
export type GroupRule = { ref: string; label: string; countries: string[]; min?: number; max?: number };

/** A call's balance rules. Every field but seats is optional. */
export type BalanceRules = {
  /** Seats in all: exactly this many are chosen (fewer only if not enough candidates). */
  seats: number;
  /** At most this many per track. */
  seatsPerTrack?: Record<string, number>;
  /** Share of each of women and men among those who disclosed, e.g. { min: 0.4, max: 0.6 }. */
  genderBand?: { min: number; max: number };
  /** At most N per country. */
  maxPerCountry?: number;
  /** At least K distinct countries. */
  minCountries?: number;
  /** At least M per region. */
  regionMin?: Partial<Record<UnescoRegion, number>>;
  /** At most M per region. */
  regionMax?: Partial<Record<UnescoRegion, number>>;
  /** At least / at most from each group of countries. */
  groups?: GroupRule[];
  /**
   * Delegations: exactly D per country for each listed country (ASEAN: 3 for each of 10). `sizes` holds
   * a smaller size agreed for a country that could not send a full one (a way out of a conflict).
   */
  delegations?: { countries: string[]; size: number; sizes?: Record<string, number> };
  /** Must be chosen / must not be chosen. */
  pinnedIn?: string[];
  pinnedOut?: string[];
};

/**
 * Something the workbench says, as data rather than an English sentence: a message of `selection.explain` in
 * messages/*.json with its values, each value a number, a plain word for a select (a gender), a name to look up
 * in the reader's language (a country, a UNESCO region, a group of countries), a list, or another phrase.
 * lib/selection/say.ts renders it with next-intl where it is shown.
 */
export type Phrase = { key: string; values?: Record<string, Said> };
export type Said =
  | string
  | number
  | Phrase
  | { country: string }
  | { region: UnescoRegion }
  /** A group of countries by its reference; `label` is its name when the rule was stored (an office's own). */
  | { group: string; label: string }
  /** Items joined as a list: "A, B and C" ("and"), or "A, B, C" ("comma"). */
  | { list: Said[]; join: "and" | "comma" };

export type RuleStatus = "met" | "close" | "broken";

/** One rule's state for a given choice, with the numbers a person needs to judge it. */
export type RuleState = {
  /** Stable id, e.g. "seats", "gender.woman", "country.max", "region.min.africa", "delegation.TH". */
  id: string;
  label: string;
  status: RuleStatus;
  actual: number;
  /** The bound as text, e.g. "30", "≥ 17", "40–60%". */
  target: string;
  message: string;
  /** How many people (or countries) away from met; 0 when met. */
  shortfall?: number;
  /**
   * label, target and message as data, for the reader's language. The English fields stay for what keeps
   * them (the CSV export, a replacement's stored meters); stored states from before have no `said`.
   */
  said?: { label: Said; target: Said; message: Phrase };
};

export type Violation = {
  ruleId: string;
  /** How far from the bound the best selection is, in the rule's unit (people or countries). */
  amount: number;
  /** Why, from the pool: "12 eligible women applied; the band needs 15". */
  reason: string;
  /** reason as data (absent in runs stored before). */
  why?: Phrase;
};

export type Suggestion = {
  chosenIds: string[];
  /** Sum of chosen scores. */
  objective: number;
  /** Sum of the plain top-`seats` by score, ignoring every rule. */
  plainObjective: number;
  /** plainObjective - objective: the score given up for balance. */
  priceOfBalance: number;
  /** True when every rule is met. */
  feasible: boolean;
  /** Empty when feasible; otherwise each broken rule, by how much, and why. */
  violations: Violation[];
  rules: RuleState[];
  /** The seed that ordered equal scores; the same seed gives the same suggestion. */
  seed: number;
  solveMs: number;
  /** Candidates dropped before the solver because no optimal selection could include them. */
  pruned: number;
};
