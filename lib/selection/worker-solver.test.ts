import { describe, expect, it } from "vitest";
import { suggestSelection } from "./index";
import { inThreadSolver } from "./highs-solver";
import { optimiseSelection } from "./solve";
import { generatePool } from "./testing";
import type { BalanceRules } from "./types";

describe("suggestSelection in the worker thread", () => {
  const rules: BalanceRules = { seats: 30, genderBand: { min: 0.4, max: 0.6 }, maxPerCountry: 3, minCountries: 17 };

  it("gives the in-thread answer while this thread keeps running", async () => {
    const pool = generatePool(3000, 11, 100);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    // The plain model takes long enough on 3,000 candidates for the timer to fire while it runs.
    const viaWorker = await suggestSelection(pool, rules, { seed: 5 });
    clearInterval(timer);
    const inThread = await optimiseSelection(pool, rules, { seed: 5 }, await inThreadSolver());
    expect(viaWorker.feasible).toBe(true);
    expect(viaWorker.chosenIds).toEqual(inThread.chosenIds);
    expect(viaWorker.objective).toBeCloseTo(inThread.objective, 9);
    expect(ticks).toBeGreaterThan(0);
  });
});
