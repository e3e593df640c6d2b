import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openMemoryDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { users } from "@/db/schema";
import { SEED_IDS } from "@/db/seed/ids";
import { seedDatabase } from "@/db/seed/seed";
import type { Actor } from "@/lib/auth/roles";
import { getCallContext, SELECTABLE } from "@/lib/review/call";
import { loadScoredApplications, toCandidate } from "@/lib/review/ranking";
import { evaluateRules } from "@/lib/selection";
import { runSuggestion } from "./selection-commands";

// The browser journeys' premises, checked on the seeded data with the real solver.
const handle = openMemoryDatabase();
let admin: Actor;

beforeAll(async () => {
  await migrateDatabase(handle.db, "pglite");
  await seedDatabase(handle.db);
  const [u] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, "admin@madang.test"));
  admin = { userId: u!.id, email: "admin@madang.test", name: "Admin", isAdmin: true, roles: [] };
}, 180_000);
afterAll(async () => {
  await handle.close();
});

describe("the seeded selection scenarios", () => {
  it("the practice call (a pool like Seoul 2018's): every rule can be met, and unchoosing any chosen woman breaks the gender band", async () => {
    const suggestion = await runSuggestion(handle.db, admin, { callId: SEED_IDS.selectionPracticeCall, seed: 7 });
    expect(suggestion.feasible).toBe(true);
    expect(suggestion.rules.every((r) => r.status === "met")).toBe(true);
    expect(suggestion.priceOfBalance).toBeGreaterThan(0);
    const call = (await getCallContext(handle.db, SEED_IDS.selectionPracticeCall))!;
    const pool = (await loadScoredApplications(handle.db, call))
      .filter((a) => SELECTABLE.includes(a.status))
      .map(toCandidate);
    const women = pool.filter((c) => suggestion.chosenIds.includes(c.id) && c.gender === "woman");
    expect(women.length).toBe(12);
    for (const woman of women) {
      const states = evaluateRules(
        pool,
        call.rules!,
        suggestion.chosenIds.filter((id) => id !== woman.id),
      );
      expect(states.find((s) => s.id === "gender.woman")?.status).not.toBe("met");
    }
  });

  it("ASEAN: delegations of three cannot all be met, and the explanation names the member state with two", async () => {
    const suggestion = await runSuggestion(handle.db, admin, { callId: SEED_IDS.aseanDelegationsCall, seed: 7 });
    expect(suggestion.feasible).toBe(false);
    expect(suggestion.violations.find((v) => v.ruleId === "delegation.LA")).toMatchObject({
      amount: 1,
      reason: expect.stringMatching(/Only 2 eligible nominees from Lao.*needs exactly 3/),
    });
  });
});
