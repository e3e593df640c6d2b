import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it, onTestFinished } from "vitest";
import { applications, auditLog, reviews, selectionRuns } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { acceptWayOut, analyseRun, runSuggestion, saveBalanceRules } from "@/lib/decisions/selection-commands";
import { createCountryGroup } from "@/lib/geo/country-groups";
import { getCallContext } from "@/lib/review/call";
import { buildFixture, type Fixture } from "@/lib/review/test-fixture";
import type { Explanation } from "./conflicts";

// 4 women and 8 men: 10 seats with women and men each exactly half cannot be.
const POOL: [string, "woman" | "man"][] = [
  ["KR", "man"],
  ["KR", "man"],
  ["KR", "man"],
  ["KR", "man"],
  ["VN", "woman"],
  ["TH", "woman"],
  ["IN", "man"],
  ["PE", "woman"],
  ["JP", "woman"],
  ["MN", "man"],
  ["VN", "man"],
  ["TH", "man"],
];

describe("a conflict's ways out, recorded with the run", () => {
  it.each(testDrivers())(
    "on %s: names the band with the seats, lays out the ways out, and records the one accepted with its reason",
    async (driver) => {
      const t: TestDatabase = await openTestDatabase(driver);
      onTestFinished(() => t.close());
      const f: Fixture = await buildFixture(t.db, POOL, "under_review");
      // One reviewer, scores falling by half a point down the list, so every total differs.
      const rows = f.apps.map((a, i) => ({
        reviewerId: f.reviewers[0]!.userId,
        applicationId: a.id,
        status: "submitted" as const,
        scores: { potential: 10 - i / 2, motivation: 8 },
        submittedAt: new Date(),
      }));
      await t.db.insert(reviews).values(rows);
      const { id: mekong } = await createCountryGroup(t.db, f.manager, {
        name: "Mekong countries",
        countries: ["KH", "LA", "MM", "TH", "VN"],
      });
      await expect(
        createCountryGroup(t.db, f.manager, { name: "mekong COUNTRIES", countries: ["TH"] }),
      ).rejects.toMatchObject({ code: "conflict", fieldErrors: { name: ["A group with this name already exists."] } });
      await expect(
        createCountryGroup(t.db, f.reviewers[0]!, { name: "Elsewhere", countries: ["TH"] }),
      ).rejects.toMatchObject({ code: "forbidden" });
      await saveBalanceRules(t.db, f.manager, {
        callId: f.callId,
        callVersion: 1,
        seats: "10",
        seatsPerTrack: {},
        genderMin: "50",
        genderMax: "50",
        maxPerCountry: "",
        minCountries: "",
        regionMin: {},
        regionMax: {},
        delegationCountries: "",
        delegationSize: "",
        pinnedIn: "",
        pinnedOut: "",
        groupRules: [
          { ref: `custom:${mekong}`, min: "2", max: "", each: false },
          { ref: "m49:030", min: "", max: "9", each: false },
        ],
      });
      const rules = (await getCallContext(t.db, f.callId))!.rules!;
      expect(rules.groups).toEqual([
        { ref: `custom:${mekong}`, label: "Mekong countries", countries: ["KH", "LA", "MM", "TH", "VN"], min: 2 },
        { ref: "m49:030", label: "Eastern Asia", countries: ["CN", "HK", "MO", "KP", "JP", "MN", "KR", "TW"], max: 9 },
      ]);

      const run = await runSuggestion(t.db, f.manager, { callId: f.callId, seed: 5 });
      expect(run.feasible).toBe(false);
      const { explanation } = await analyseRun(t.db, f.manager, { runId: run.runId });
      const x = explanation as Explanation;
      expect(x.ruleIds).toEqual(["seats", "gender"]);
      expect(x.lines.find((l) => l.ruleId === "gender")?.sentence).toBe(
        "4 eligible women applied; 50% of 10 seats needs 5.",
      );
      // The same, as data the workbench says in the reader's language, kept with the run.
      expect(x.lines.find((l) => l.ruleId === "gender")?.said?.sentence).toEqual({
        key: "line.genderShort",
        values: { gender: "woman", have: 4, share: 50, seats: 10, min: 5 },
      });
      expect(x.waysOut.map((w) => w.title)).toEqual(["Fill 8 seats", "Widen the gender band to 40%–60%"]);
      // Stored: a second request reads the same answer.
      expect((await analyseRun(t.db, f.manager, { runId: run.runId })).explanation).toEqual(explanation);

      await expect(
        acceptWayOut(t.db, f.manager, { runId: run.runId, wayOut: "relax.nothing", reason: "x" }),
      ).rejects.toMatchObject({ code: "validation" });
      // A reviewer of the call may not decide its selection: the run is outside their scope, so it is not found
      // (lib/auth/scope.ts: one answer, 404, for a record outside the actor's scope).
      await expect(
        acceptWayOut(t.db, f.reviewers[0]!, { runId: run.runId, wayOut: "relax.gender", reason: "x" }),
      ).rejects.toMatchObject({ code: "not_found" });
      const band = x.waysOut.find((w) => w.key === "relax.gender")!;
      await expect(
        acceptWayOut(t.db, f.manager, {
          runId: run.runId,
          wayOut: "relax.gender",
          reason: "All ten seats matter more this year.",
        }),
      ).resolves.toMatchObject({ wayOut: "relax.gender", shortlisted: 10 });
      await expect(
        acceptWayOut(t.db, f.manager, { runId: run.runId, wayOut: "relax.gender", reason: "again" }),
      ).rejects.toMatchObject({ code: "stale" });

      const [stored] = await t.db.select().from(selectionRuns).where(eq(selectionRuns.id, run.runId));
      expect(stored).toMatchObject({
        status: "accepted",
        wayOut: "relax.gender",
        wayOutReason: "All ten seats matter more this year.",
        decidedBy: f.manager.userId,
      });
      const shortlisted = await t.db
        .select({ id: applications.id })
        .from(applications)
        .where(and(eq(applications.callId, f.callId), eq(applications.status, "shortlisted")));
      expect(shortlisted.map((a) => a.id).sort()).toEqual([...band.chosenIds].sort());
      const audit = await t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "selection.acceptWayOut"), inArray(auditLog.entityId, [run.runId])));
      expect(audit).toHaveLength(1);
    },
  );
});
