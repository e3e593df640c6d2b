import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { getCallContext } from "@/lib/review/call";
import { loadScoredApplications, toCandidate } from "@/lib/review/ranking";
import { evaluateRules, suggestSelection } from "@/lib/selection";
import { readBalanceRules } from "@/lib/selection/stored-rules";
import { SEED_IDS } from "./ids";
import { seedDatabase } from "./seed";

// The seed records Seoul 2018's selection as a run of the selection code (seeds/002: 30 participants from
// 17 countries, selected with gender and geographical balance). Checked here against hand-written SQL and
// a fresh solve of the same pool under the run's stored rules and seed.

for (const driver of testDrivers()) {
  describe(`the recorded Seoul 2018 selection (${driver}) @truth`, () => {
    let t: TestDatabase;
    async function rows<T extends Record<string, unknown>>(query: SQL): Promise<T[]> {
      const result = (await t.db.execute(query)) as unknown as T[] | { rows: T[] };
      return Array.isArray(result) ? result : result.rows;
    }
    type Run = { id: string; seed: number; rules: unknown; chosen_ids: string[] | string; objective: number };
    let run: Run;
    let chosen: string[];

    beforeAll(async () => {
      t = await openTestDatabase(driver);
      await seedDatabase(t.db);
      const runs = await rows<Run & { status: string; feasible: boolean }>(
        sql.raw(
          `select id, seed, rules, chosen_ids, objective, status, feasible from selection_runs where call_id = '${SEED_IDS.seoul2018Call}'`,
        ),
      );
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ status: "accepted", feasible: true });
      run = runs[0]!;
      // PGlite returns a uuid[] as an array, the postgres driver through execute() as its text form.
      chosen = Array.isArray(run.chosen_ids) ? run.chosen_ids : run.chosen_ids.replace(/[{}]/g, "").split(",");
    }, 240_000);
    afterAll(async () => {
      await t?.close();
    });

    it("chose 30 from 17 countries, the applicants who became the edition's participants", async () => {
      const ids = chosen.map((id) => `'${id}'`).join(",");
      const [counts] = await rows<{ n: number | string; countries: number | string }>(
        sql.raw(
          `select count(*) as n, count(distinct snapshot_nationality) as countries from applications where id in (${ids}) and call_id = '${SEED_IDS.seoul2018Call}'`,
        ),
      );
      expect(Number(counts!.n)).toBe(30);
      expect(Number(counts!.countries)).toBe(17);
      const confirmed = await rows<{ id: string }>(
        sql.raw(
          `select id from applications where call_id = '${SEED_IDS.seoul2018Call}' and status = 'confirmed' order by id`,
        ),
      );
      expect(confirmed.map((r) => r.id)).toEqual([...chosen].sort());
      const enrolled = await rows<{ application_id: string | null }>(
        sql.raw(
          `select e.application_id from enrolments e join applications a on a.applicant_id = e.user_id and a.call_id = '${SEED_IDS.seoul2018Call}' where e.cohort_id = '${SEED_IDS.seoul2018Cohort}' and a.status = 'confirmed'`,
        ),
      );
      expect(enrolled.map((r) => r.application_id).sort()).toEqual([...chosen].sort());
      const [pool] = await rows<{ n: number | string }>(
        sql.raw(`select count(*) as n from applications where call_id = '${SEED_IDS.seoul2018Call}'`),
      );
      expect(Number(pool!.n)).toBe(120);
    });

    it("its stored rules hold for the chosen, counted by hand", async () => {
      const rules = readBalanceRules(run.rules)!;
      expect(rules).toMatchObject({
        seats: 30,
        minCountries: 17,
        maxPerCountry: 3,
        genderBand: { min: 0.4, max: 0.6 },
      });
      const ids = chosen.map((id) => `'${id}'`).join(",");
      const perCountry = await rows<{ country: string; n: number | string }>(
        sql.raw(
          `select snapshot_nationality as country, count(*) as n from applications where id in (${ids}) group by 1`,
        ),
      );
      expect(perCountry.length).toBeGreaterThanOrEqual(rules.minCountries!);
      for (const c of perCountry) expect(Number(c.n), c.country).toBeLessThanOrEqual(rules.maxPerCountry!);
      const [g] = await rows<{ women: number | string; men: number | string; disclosed: number | string }>(
        sql.raw(
          `select count(*) filter (where snapshot_gender = 'woman') as women, count(*) filter (where snapshot_gender = 'man') as men, count(*) filter (where snapshot_gender is not null and snapshot_gender <> 'undisclosed') as disclosed from applications where id in (${ids})`,
        ),
      );
      for (const share of [Number(g!.women) / Number(g!.disclosed), Number(g!.men) / Number(g!.disclosed)]) {
        expect(share).toBeGreaterThanOrEqual(rules.genderBand!.min);
        expect(share).toBeLessThanOrEqual(rules.genderBand!.max);
      }
    });

    it("its total equals a fresh solve of the same pool and rules, and every rule is met", async () => {
      const call = (await getCallContext(t.db, SEED_IDS.seoul2018Call))!;
      const pool = (await loadScoredApplications(t.db, call)).map(toCandidate);
      expect(pool).toHaveLength(120);
      const rules = readBalanceRules(run.rules)!;
      const fresh = await suggestSelection(pool, rules, { seed: run.seed });
      expect(fresh.feasible).toBe(true);
      expect(fresh.objective).toBeCloseTo(run.objective, 6);
      const score = new Map(pool.map((c) => [c.id, c.score]));
      expect(chosen.reduce((sum, id) => sum + score.get(id)!, 0)).toBeCloseTo(run.objective, 6);
      const states = evaluateRules(pool, rules, chosen);
      expect(states.filter((s) => s.status === "broken")).toEqual([]);
    });
  });
}
