/**
 * npm run bench:selection — the solver from applicants in memory to the chosen list.
 * 30 seats among 10,000 (and 100,000) applicants: gender 40–60%, at most 3 per country, at least 17
 * countries, at least 3 from each of the 5 UNESCO regions. Median of 5 runs after a warm-up; the plain
 * (unpruned) model runs on the same 10,000 instance and must reach the same objective.
 */
import { ALL_COUNTRY_CODES, REGION_OF_COUNTRY } from "@/lib/geo";
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
    pool.push({ id: `app-${i}`, score: Math.round((rnd() * 6 + rnd() * 4) * 100) / 100, gender, country, region: REGION_OF_COUNTRY[country]!, trackId: null });
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
  console.log(`n=10000 pruned: ${pruned.ms.toFixed(1)} ms, objective ${pruned.objective.toFixed(2)}, feasible ${pruned.feasible}`);
  const plain = await time(pool10k, false, 1);
  console.log(`n=10000 plain:  ${plain.ms.toFixed(1)} ms, objective ${plain.objective.toFixed(2)}, feasible ${plain.feasible}`);
  const pool100k = realisticPool(100_000, 2);
  const big = await time(pool100k, true, 5);
  console.log(`n=100000 pruned: ${big.ms.toFixed(1)} ms, objective ${big.objective.toFixed(2)}, feasible ${big.feasible}`);
  const equal = Math.abs(pruned.objective - plain.objective) < 1e-6;
  console.log(`selection n=10000 pruned_ms=${Math.round(pruned.ms)} plain_ms=${Math.round(plain.ms)} objective_equal=${equal} n100k_ms=${Math.round(big.ms)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
