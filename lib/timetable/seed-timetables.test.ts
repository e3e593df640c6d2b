import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openMemoryDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { SEED_IDS, seedDatabase } from "@/db/seed/seed";
import { getCohortHeader, getTimetable } from "./queries";

// The demo's timetables should show what a clean timetable looks like: no clash, nothing outside its phases.
const handle = openMemoryDatabase();
beforeAll(async () => {
  await migrateDatabase(handle.db, "pglite");
  await seedDatabase(handle.db);
}, 90_000);
afterAll(async () => {
  await handle.close();
});

describe("the seeded timetables", () => {
  for (const [name, id] of [
    ["CPI 2023", SEED_IDS.cpi2023Cohort],
    ["CPI 2027", SEED_IDS.cpi2027Cohort],
    ["Seoul 2018", SEED_IDS.seoul2018Cohort],
  ] as const) {
    it(`${name} has no warnings`, async () => {
      const cohort = await getCohortHeader(handle.db, id);
      const timetable = await getTimetable(handle.db, cohort!);
      expect(timetable.sessions.length).toBeGreaterThan(0);
      expect(timetable.warnings).toEqual([]);
    });
  }
});
