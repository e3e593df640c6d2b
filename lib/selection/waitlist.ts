import { rankCandidates } from "./tiebreak";
import { allMet, evaluateRules, phrase } from "./rules";
import type { BalanceRules, Candidate, Phrase, RuleState } from "./types";

const brokenCount = (states: RuleState[]) =>
  states.reduce((s, r) => s + (r.shortfall ?? (r.status === "met" ? 0 : 1)), 0);

/**
 * The waitlist in the order to promote from: first everyone who could take the seat of at least one
 * chosen person with every rule still met, by score; then the rest, by score. Equal scores follow the seed.
 */
export function orderWaitlist(
  candidates: readonly Candidate[],
  rules: BalanceRules,
  chosenIds: readonly string[],
  seed: number,
): string[] {
  const chosen = new Set(chosenIds);
  const others = rankCandidates(
    candidates.filter((c) => !chosen.has(c.id) && !(rules.pinnedOut ?? []).includes(c.id)),
    seed,
  );
  const chosenList = candidates.filter((c) => chosen.has(c.id));
  const keepsRules = (c: Candidate) =>
    chosenList.some((out) =>
      allMet(evaluateRules(candidates, rules, [...chosenIds.filter((id) => id !== out.id), c.id])),
    );
  const fitting = others.filter(keepsRules);
  const fitSet = new Set(fitting);
  return [...fitting, ...others.filter((c) => !fitSet.has(c))].map((c) => c.id);
}

/**
 * Who should take a declined seat: the highest-scored waitlisted person whose promotion keeps every
 * rule met; if nobody can, the one who breaks the rules least, with the reason said: `reason` in English
 * (what seat_replacements keeps), `why` as data for the reader's language.
 */
export function proposeReplacement(
  candidates: readonly Candidate[],
  rules: BalanceRules,
  chosenIds: readonly string[],
  declinedId: string,
  waitlistIds: readonly string[],
): { replacementId: string | null; rules: RuleState[]; reason: string; why: Phrase } {
  const remaining = chosenIds.filter((id) => id !== declinedId);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const waiting = waitlistIds.map((id) => byId.get(id)).filter((c): c is Candidate => Boolean(c));
  const declined = byId.get(declinedId);
  if (waiting.length === 0)
    return {
      replacementId: null,
      rules: evaluateRules(candidates, rules, remaining),
      reason: "The waitlist is empty.",
      why: phrase("waitlist.empty"),
    };

  let best: { c: Candidate; states: RuleState[]; broken: number } | null = null;
  for (const c of waiting) {
    const states = evaluateRules(candidates, rules, [...remaining, c.id]);
    const broken = brokenCount(states);
    if (broken === 0 && (!best || best.broken > 0 || c.score > best.c.score)) best = { c, states, broken };
    else if (
      broken > 0 &&
      (!best || (best.broken > 0 && (broken < best.broken || (broken === best.broken && c.score > best.c.score))))
    )
      best = { c, states, broken };
  }
  const chosen = best!;
  const sameCountry = Boolean(declined && chosen.c.country === declined.country);
  return {
    replacementId: chosen.c.id,
    rules: chosen.states,
    reason:
      chosen.broken === 0
        ? `The highest-scored person on the waitlist who keeps every rule met${sameCountry ? " from the same country" : ""}.`
        : `Nobody on the waitlist keeps every rule met; this choice misses them by the least.`,
    why:
      chosen.broken === 0
        ? phrase("waitlist.keepsRules", { sameCountry: sameCountry ? "yes" : "no" })
        : phrase("waitlist.missesLeast"),
  };
}
