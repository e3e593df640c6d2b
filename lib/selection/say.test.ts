import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { renderMessage } from "@/lib/i18n/messages";
import { explainConflict, priceRules, type Explanation, type RulePrice } from "./conflicts";
import { inThreadSolver } from "./highs-solver";
import { evaluateRules } from "./rules";
import { groupName, say } from "./say";
import { optimiseSelection, type ModelSolver } from "./solve";
import { instanceArb } from "./testing-brute";
import type { BalanceRules, Candidate, RuleState, Said, Violation } from "./types";
import { proposeReplacement } from "./waitlist";

/*
 * lib/selection says everything twice: in English (what a run, a replacement and the CSV keep) and as data, which
 * the workbench renders in the reader's language from messages/*.json `selection.explain`. These tests hold the two
 * together: the data rendered in English is the English sentence, word for word, on random instances too; and in
 * Korean and French it renders (every key and value there) and is not English.
 */

let solver: ModelSolver;
beforeAll(async () => {
  solver = await inThreadSolver();
});

const translate = (locale: "en" | "ko" | "fr") => (key: string, values: Record<string, string | number>) =>
  renderMessage(locale, `selection.explain.${key}`, values);
const inLocale = (locale: "en" | "ko" | "fr", said: Said) => say(translate(locale), locale, said);

/** Every pair of English text and its data in what lib/selection returns. */
function pairs(x: {
  states?: readonly RuleState[];
  violations?: readonly Violation[];
  explanation?: Explanation | null;
  prices?: readonly RulePrice[];
}): [string, Said][] {
  const out: [string, Said][] = [];
  const ofStates = (states: readonly RuleState[]) => {
    for (const s of states) {
      out.push([s.label, s.said!.label], [s.target, s.said!.target], [s.message, s.said!.message]);
    }
  };
  ofStates(x.states ?? []);
  for (const v of x.violations ?? []) out.push([v.reason, v.why!]);
  const e = x.explanation;
  if (e) {
    out.push([e.headline, e.said!.headline]);
    for (const l of e.lines) out.push([l.label, l.said!.label], [l.sentence, l.said!.sentence]);
    for (const w of e.waysOut) {
      out.push([w.title, w.said!.title]);
      w.changes.forEach((change, i) => out.push([change, w.said!.changes[i]!]));
      ofStates(w.states);
    }
    for (const d of e.dead) out.push([d.sentence, d.said!.sentence]);
    for (const r of e.reachOut) out.push([r.sentence, r.said!.sentence]);
  }
  for (const p of x.prices ?? []) out.push([p.label, p.said!.label]);
  return out;
}

function expectSaidAsEnglish(found: [string, Said][]) {
  expect(found.length).toBeGreaterThan(0);
  for (const [english, said] of found) {
    expect(inLocale("en", said)).toBe(english);
    for (const locale of ["ko", "fr"] as const) expect(inLocale(locale, said)).toEqual(expect.any(String));
  }
}

const person = (
  id: string,
  gender: Candidate["gender"],
  country: string,
  region: Candidate["region"],
  score: number,
): Candidate => ({ id, score, gender, country, region, trackId: null });

describe("what lib/selection says, as data", () => {
  it("renders in English as the English it keeps, for every rule and violation of random instances", async () => {
    await fc.assert(
      fc.asyncProperty(instanceArb, fc.nat(1000), async ({ pool, rules }, seed) => {
        const s = await optimiseSelection(pool, rules, { seed }, solver);
        expectSaidAsEnglish(pairs({ states: s.rules, violations: s.violations }));
        // A choice that breaks rules the solver's would not: everyone, and nobody.
        expectSaidAsEnglish(
          pairs({
            states: evaluateRules(
              pool,
              rules,
              pool.map((c) => c.id),
            ),
          }),
        );
        expectSaidAsEnglish(pairs({ states: evaluateRules(pool, rules, []) }));
      }),
      { numRuns: 50, seed: 20261201 },
    );
  }, 120_000);

  it("renders a conflict's cause, ways out and reach-out as the English kept with the run", async () => {
    const scenarios: { pool: Candidate[]; rules: BalanceRules }[] = [
      {
        // Too few women for the band and the seats.
        pool: [
          ...Array.from({ length: 4 }, (_, i) => person(`w${i}`, "woman", ["KR", "JP"][i % 2]!, "asia_pacific", 9)),
          ...Array.from({ length: 20 }, (_, i) =>
            person(`m${i}`, "man", ["KR", "JP", "TH", "NG"][i % 4]!, i % 4 === 3 ? "africa" : "asia_pacific", 8),
          ),
        ],
        rules: { seats: 12, genderBand: { min: 0.4, max: 0.6 }, maxPerCountry: 4, minCountries: 5 },
      },
      {
        // A delegation one short, a region and a group of countries short.
        pool: ["BN", "KH", "LA", "NG", "KR"].flatMap((c) =>
          Array.from({ length: c === "LA" ? 1 : 3 }, (_, i) =>
            person(`${c}${i}`, i % 2 ? "man" : "woman", c, c === "NG" ? "africa" : "asia_pacific", 10 - i),
          ),
        ),
        rules: {
          seats: 9,
          delegations: { countries: ["BN", "KH", "LA"], size: 2 },
          regionMin: { africa: 4 },
          groups: [{ ref: "custom:mekong", label: "Mekong countries", countries: ["KH", "LA"], min: 5, max: 6 }],
        },
      },
    ];
    for (const { pool, rules } of scenarios) {
      const base = await optimiseSelection(pool, rules, { seed: 1 }, solver);
      expect(base.feasible).toBe(false);
      const explanation = await explainConflict({ pool, seed: 1, solver }, rules, base.chosenIds, { callOpen: true });
      expect(explanation?.reachOut.length).toBeGreaterThan(0);
      expectSaidAsEnglish(pairs({ states: base.rules, violations: base.violations, explanation }));
    }
    const pool = Array.from({ length: 8 }, (_, i) => person(`p${i}`, i % 2 ? "man" : "woman", "KR", "asia_pacific", i));
    const rules: BalanceRules = { seats: 4, genderBand: { min: 0.5, max: 0.5 }, maxPerCountry: 4 };
    const base = await optimiseSelection(pool, rules, { seed: 1 }, solver);
    expectSaidAsEnglish(pairs({ prices: await priceRules({ pool, seed: 1, solver }, rules, base) }));
  }, 60_000);

  it("says a rule's meaning with its numbers, whatever the language", () => {
    const pool = [
      ...Array.from({ length: 3 }, (_, i) => person(`w${i}`, "woman", "FR", "europe_north_america", 5)),
      ...Array.from({ length: 4 }, (_, i) => person(`m${i}`, "man", "SN", "africa", 5)),
      person("u", "undisclosed", "SN", "africa", 5),
    ];
    const states = evaluateRules(
      pool,
      { seats: 8, genderBand: { min: 0.3, max: 0.6 } },
      pool.map((c) => c.id),
    );
    const women = states.find((s) => s.id === "gender.woman")!;
    expect(women.said?.message).toEqual({
      key: "meter.genderBand",
      values: { gender: "woman", actual: 3, disclosed: 7, share: 43, min: 3, max: 4, undisclosed: 1 },
    });
    expect(women.message).toBe("3 women of 7 who disclosed (43%); the band allows 3–4. 1 did not disclose.");
    expect(inLocale("ko", women.said!.message)).toBe(
      "성별을 응답한 7명 중 여성 3명(43%)입니다. 성비 범위상 허용 인원은 3–4명입니다. 1명은 성별을 응답하지 않았습니다.",
    );
    expect(inLocale("fr", women.said!.message)).toBe(
      "3 femmes sur 7 personnes ayant indiqué leur genre (43 %) ; la fourchette autorise de 3 à 4. 1 personne n’a pas indiqué son genre.",
    );
    expect(inLocale("fr", women.said!.target)).toBe("30 %–60 %");
  });

  it("names countries, regions and groups in the reader's language, and an office's own group as it wrote it", () => {
    expect(inLocale("fr", { country: "KR" })).toBe("République de Corée");
    expect(inLocale("ko", { region: "africa" })).toBe("아프리카");
    expect(groupName("asean", "Association of Southeast Asian Nations (ASEAN)", "ko")).toBe(
      "동남아시아국가연합(아세안)",
    );
    expect(groupName("unesco:arab_states", "Arab States (UNESCO)", "fr")).toBe("États arabes (UNESCO)");
    expect(groupName("custom:1", "Mekong countries", "fr")).toBe("Mekong countries");
    const list: Said = { list: ["A", "B", "C"], join: "and" };
    expect([inLocale("en", list), inLocale("fr", list)]).toEqual(["A, B and C", "A, B et C"]);
  });

  it("gives a replacement's reason as data as well", () => {
    const pool = [person("a", "woman", "KR", "asia_pacific", 9), person("b", "woman", "KR", "asia_pacific", 8)];
    const proposal = proposeReplacement(pool, { seats: 1 }, ["a"], "a", ["b"]);
    expect(proposal.why).toEqual({ key: "waitlist.keepsRules", values: { sameCountry: "yes" } });
    expect(inLocale("en", proposal.why)).toBe(proposal.reason);
    const empty = proposeReplacement(pool, { seats: 1 }, ["a"], "a", []);
    expect(inLocale("en", empty.why)).toBe(empty.reason);
    expect(inLocale("ko", empty.why)).toBe("대기자 명단이 비어 있습니다.");
  });
});
