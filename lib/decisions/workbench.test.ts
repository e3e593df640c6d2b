import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countSqlRoundTrips } from "@/db/client";
import { applications, calls, reviews, selectionRuns } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { getCallContext, SELECTABLE, type CallContext } from "@/lib/review/call";
import { loadScoredApplications, loadSelectionPool, RANKING_PAGE_SIZE } from "@/lib/review/ranking";
import { buildMixedPool, type Fixture } from "@/lib/review/test-fixture";
import { evaluateRules } from "@/lib/selection/rules";
import { mulberry32 } from "@/lib/selection/testing";
import type { BalanceRules } from "@/lib/selection/types";
import { getWorkbench, workbenchMeters } from "./queries";
import type { WorkbenchShow } from "./schemas";

const RUBRIC = [
  { id: "potential", label: "Potential", weight: 1, max: 10, step: 1 },
  { id: "motivation", label: "Motivation", weight: 1, max: 10, step: 1 },
];
// Shortlisted often enough that the shortlist spans every country and gender of the pool.
const STATUSES = [
  "under_review",
  "shortlisted",
  "rejected",
  "submitted",
  "shortlisted",
  "withdrawn",
  "offered",
] as const;

// The workbench on a mixed pool (lib/review/test-fixture.ts): pages of the pool by the stored rank in at most three
// statements, and the meters judged from the database's tally equal to those the JS rules work out from the pool.
describe.each(testDrivers())("the shortlisting workbench on %s", (driver) => {
  let t: TestDatabase;
  let f: Fixture;
  let call: CallContext;
  let rules: BalanceRules;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    const rnd = mulberry32(3);
    f = await buildMixedPool(t.db, 200, RUBRIC, STATUSES);
    await t.db.insert(reviews).values(
      f.apps
        .filter((_, i) => i % 9 !== 4)
        .map((app) => ({
          reviewerId: f.reviewers[0]!.userId,
          applicationId: app.id,
          status: "submitted" as const,
          scores: { potential: Math.round(rnd() * 10), motivation: Math.round(rnd() * 10) },
          submittedAt: new Date("2026-02-10"),
        })),
    );
    const status = new Map(
      (await t.db.select({ id: applications.id, status: applications.status }).from(applications)).map((a) => [
        a.id,
        a.status,
      ]),
    );
    const shortlisted = f.apps.filter((a) => status.get(a.id) === "shortlisted").map((a) => a.id);
    const other = f.apps.filter((a) => status.get(a.id) === "submitted").map((a) => a.id);
    rules = {
      seats: 30,
      genderBand: { min: 0.4, max: 0.6 },
      maxPerCountry: 8,
      minCountries: 6,
      regionMin: { asia_pacific: 20, africa: 1 },
      regionMax: { europe_north_america: 5 },
      groups: [
        {
          ref: "custom:00000000-0000-4000-8000-000000000001",
          label: "Korea and Viet Nam",
          countries: ["KR", "VN", "KR"],
          min: 10,
          max: 12,
        },
      ],
      delegations: { countries: ["PE", "FR"], size: 7, sizes: { FR: 2 } },
      pinnedIn: [shortlisted[0]!, other[0]!],
      pinnedOut: [shortlisted[1]!, other[1]!],
    };
    await t.db
      .update(calls)
      .set({ balanceRules: rules as unknown as Record<string, unknown> })
      .where(eq(calls.id, f.callId));
    // A suggestion waiting for a decision, choosing some who are not on the shortlist.
    await t.db.insert(selectionRuns).values({
      callId: f.callId,
      seed: 1,
      rules: rules as unknown as Record<string, unknown>,
      chosenIds: other.slice(0, 3),
      objective: 0,
      plainObjective: 0,
      priceOfBalance: 0,
      feasible: false,
      violations: [],
      solveMs: 1,
      candidates: 1,
    });
    call = (await getCallContext(t.db, f.callId))!;
    expect(call.rules).toEqual(rules);
  }, 120_000);
  afterAll(() => t?.close());

  it("judges the shortlist from one aggregate as the JS rules judge it from the pool", async () => {
    const data = await getWorkbench(t.db, call);
    const pool = await loadSelectionPool(t.db, call);
    const chosen = (
      await t.db
        .select({ id: applications.id })
        .from(applications)
        .where(inArray(applications.status, ["shortlisted"]))
    )
      .map((a) => a.id)
      .filter((id) => pool.some((c) => c.id === id));
    expect(chosen.length).toBeGreaterThan(20);
    expect(data.chosenIds.sort()).toEqual([...chosen].sort());
    const expected = evaluateRules(pool, rules, chosen);
    expect(workbenchMeters(rules, data.tally)).toEqual(expected);
    // Every kind of meter is there, and some are not met: the comparison is not of empty or all-green lists.
    expect(expected.map((s) => s.id.split(".")[0])).toEqual(
      expect.arrayContaining(["seats", "gender", "country", "countries", "region", "group", "delegation", "pin"]),
    );
    expect(expected.some((s) => s.status !== "met")).toBe(true);
    // The people the browser names: the shortlist and the waiting suggestion's members, each once.
    const [run] = await t.db.select({ chosenIds: selectionRuns.chosenIds }).from(selectionRuns);
    expect(data.people.map((p) => p.id).sort()).toEqual([...chosen, ...run!.chosenIds].sort());
    expect(data.pending?.chosenIds).toEqual(run!.chosenIds);
  });

  it("pages the pool open for selection by rank in one statement, forwards and back", async () => {
    const scored = await loadScoredApplications(t.db, call);
    const expected = scored.filter((a) => SELECTABLE.includes(a.status));
    const unscored = expected.filter((a) => a.reviews === 0).length;
    expect(expected.length).toBeGreaterThan(2 * RANKING_PAGE_SIZE);
    const pages: string[][] = [];
    let cursor: string | null = null;
    let previous: string | null = null;
    do {
      const { result, roundTrips } = await countSqlRoundTrips(() =>
        getWorkbench(t.db, call, cursor ? { after: cursor } : {}),
      );
      expect(roundTrips).toBe(1); // the page as JSON beside its counts, meters, people and the pending run
      expect(result.total).toBe(expected.length);
      expect(result.pool).toBe(expected.length);
      expect(result.unscored).toBe(unscored);
      expect(result.decided).toBe(true);
      expect(result.page).toBe(pages.length + 1);
      pages.push(result.rows.map((r) => r.id));
      cursor = result.next;
      previous = result.previous;
    } while (cursor);
    expect(pages.flat()).toEqual(expected.map((a) => a.id));
    expect(previous).not.toBeNull();
    const back = await getWorkbench(t.db, call, { before: previous! });
    expect(back.rows.map((r) => r.id)).toEqual(pages[pages.length - 2]);
    expect(back.page).toBe(pages.length - 1);
  });

  it.each<[WorkbenchShow, (status: string) => boolean]>([
    ["chosen", (s) => s === "shortlisted"],
    ["other", (s) => s !== "shortlisted"],
  ])("lists only the shortlist, or the rest, with a search (%s)", async (show, keep) => {
    const pool = (await loadScoredApplications(t.db, call)).filter((a) => SELECTABLE.includes(a.status));
    const expected = pool.filter((a) => keep(a.status) && /^Applicant1/.test(a.name));
    const { result, roundTrips } = await countSqlRoundTrips(() => getWorkbench(t.db, call, { show, q: "applicant1" }));
    expect(roundTrips).toBe(1);
    expect(result.total).toBe(expected.length);
    expect(result.rows.map((r) => r.id)).toEqual(expected.slice(0, RANKING_PAGE_SIZE).map((a) => a.id));
    // The pool's own figures stay the whole pool's, whatever the page lists.
    expect(result.pool).toBe(pool.length);
    expect(result.unscored).toBe(pool.filter((a) => a.reviews === 0).length);
  });
});
