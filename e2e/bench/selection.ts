/**
 * npm run bench:selection — the solver from applicants in memory to the chosen list.
 * Its last line also gives ui_600_ms and ui_10k_ms: the server-side path of "Suggest a selection" on
 * generated pools of 600 and 10,000 — the solve in the solver's worker thread (as the action runs it,
 * models posted to the worker) and the server render of the suggestion panel and the rule meters the
 * browser then shows (react-dom/server with the app's English messages). It leaves out the HTTP round
 * trip, the insert of the run row and the browser's paint; median of 5 after a warm-up.
 * 30 seats among 10,000 (and 100,000) applicants: gender 40–60%, at most 3 per country, at least 17
 * countries, at least 3 from each of the 5 UNESCO regions. Median of 5 runs after a warm-up; the plain
 * (unpruned) model runs on the same 10,000 instance and must reach the same objective.
 */
import { createElement, Fragment, type FunctionComponent, type ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import messages from "@/messages/en.json";
import { RuleMeters } from "@/components/selection/rule-meters";
import { SuggestionPanel } from "@/components/selection/suggestion-panel";
import { ALL_COUNTRY_CODES, REGION_OF_COUNTRY } from "@/lib/geo";
import { evaluateRules, suggestSelection } from "@/lib/selection";
import { inThreadSolver } from "@/lib/selection/highs-solver";
import { optimiseSelection } from "@/lib/selection/solve";
import { mulberry32 } from "@/lib/selection/testing";
import type { BalanceRules, Candidate, CandidateGender } from "@/lib/selection/types";

function realisticPool(n: number, seed: number): Candidate[] {
  const rnd = mulberry32(seed);
  const codes = ALL_COUNTRY_CODES.filter((c) => REGION_OF_COUNTRY[c]);
  const pool: Candidate[] = [];
  for (let i = 0; i < n; i++) {
    // Skewed: a few countries send many applicants, as they do.
    const country = codes[Math.floor(codes.length * rnd() ** 2.5)]!;
    const g = rnd();
    const gender: CandidateGender = g < 0.52 ? "woman" : g < 0.93 ? "man" : g < 0.96 ? "non_binary" : "undisclosed";
    // Reviewers' weighted totals on a 0–10 scale, two decimals: ties are common.
    pool.push({
      id: `app-${i}`,
      score: Math.round((rnd() * 6 + rnd() * 4) * 100) / 100,
      gender,
      country,
      region: REGION_OF_COUNTRY[country]!,
      trackId: null,
    });
  }
  return pool;
}

const rules: BalanceRules = {
  seats: 30,
  genderBand: { min: 0.4, max: 0.6 },
  maxPerCountry: 3,
  minCountries: 17,
  regionMin: { africa: 3, arab_states: 3, asia_pacific: 3, europe_north_america: 3, latin_america_caribbean: 3 },
};

// The provider's props type requires children as a prop; here they are passed as createElement's argument.
const IntlProvider = NextIntlClientProvider as unknown as FunctionComponent<{
  locale: string;
  messages: typeof messages;
  timeZone: string;
  children?: ReactNode;
}>;

/** The suggestion as the action makes it (worker thread), then the panel and meters rendered to HTML. */
async function clickToPanel(pool: Candidate[]): Promise<number> {
  const names = new Map(pool.map((c) => [c.id, c.id]));
  const once = async () => {
    const started = performance.now();
    const s = await suggestSelection(pool, rules, { seed: 42 });
    const states = evaluateRules(pool, rules, s.chosenIds);
    const view = { ...s, runId: "bench", candidates: pool.length };
    const panel = createElement(SuggestionPanel, {
      suggestion: view,
      states,
      names,
      busy: false,
      analysis: null,
      analysing: true,
      onAcceptWayOut: () => {},
      onAccept: () => {},
      onEdit: () => {},
      onDiscard: () => {},
    });
    const body = createElement(Fragment, null, createElement(RuleMeters, { states, label: "Rules" }), panel);
    const tree = createElement(IntlProvider, { locale: "en", messages, timeZone: "UTC" }, body);
    const html = renderToString(tree);
    if (!html.includes("Suggested selection")) throw new Error("the panel did not render");
    return performance.now() - started;
  };
  await once(); // warm-up: the worker loads HiGHS once per server process
  const times: number[] = [];
  for (let i = 0; i < 5; i++) times.push(await once());
  return median(times);
}

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const solver = await inThreadSolver();
  const time = async (pool: Candidate[], prune: boolean, runs: number) => {
    await optimiseSelection(pool, rules, { seed: 42, prune }, solver); // warm-up
    const times: number[] = [];
    let objective = 0;
    let feasible = false;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const s = await optimiseSelection(pool, rules, { seed: 42, prune }, solver);
      times.push(performance.now() - t);
      objective = s.objective;
      feasible = s.feasible;
    }
    return { ms: median(times), objective, feasible };
  };

  const pool10k = realisticPool(10_000, 1);
  const pruned = await time(pool10k, true, 5);
  console.log(
    `n=10000 pruned: ${pruned.ms.toFixed(1)} ms, objective ${pruned.objective.toFixed(2)}, feasible ${pruned.feasible}`,
  );
  const plain = await time(pool10k, false, 1);
  console.log(
    `n=10000 plain:  ${plain.ms.toFixed(1)} ms, objective ${plain.objective.toFixed(2)}, feasible ${plain.feasible}`,
  );
  const pool100k = realisticPool(100_000, 2);
  const big = await time(pool100k, true, 5);
  console.log(
    `n=100000 pruned: ${big.ms.toFixed(1)} ms, objective ${big.objective.toFixed(2)}, feasible ${big.feasible}`,
  );
  const equal = Math.abs(pruned.objective - plain.objective) < 1e-6;
  // The solver's worker is unref'd (a server never waits on it to exit): keep this script alive meanwhile.
  const alive = setInterval(() => {}, 1000);
  const ui600 = await clickToPanel(realisticPool(600, 3));
  const ui10k = await clickToPanel(pool10k);
  clearInterval(alive);
  console.log(
    `click to panel: n=600 ${Math.round(ui600)} ms, n=10000 ${Math.round(ui10k)} ms (worker solve + server render)`,
  );
  console.log(
    `selection n=10000 pruned_ms=${Math.round(pruned.ms)} plain_ms=${Math.round(plain.ms)} objective_equal=${equal} n100k_ms=${Math.round(big.ms)} ui_600_ms=${Math.round(ui600)} ui_10k_ms=${Math.round(ui10k)}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
