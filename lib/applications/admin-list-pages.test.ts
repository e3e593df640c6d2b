import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countSqlRoundTrips } from "@/db/client";
import { fillDatabase, type FillSummary } from "@/db/fill";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { ADMIN_PAGE_SIZE, parseFilters, SORTS } from "./admin-filters";
import { exportCallApplications, listCallApplications } from "./admin-queries";

// Keyset pages against the plain ORDER BY of the export (which never pages): the same rows in the same order,
// forwards and backwards, in every sort, in one statement a page (the page's own guard and call make three).
describe.each(testDrivers())("the application list's pages on %s", (driver) => {
  let t: TestDatabase;
  let fill: FillSummary;
  const eligibility = {};
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    fill = await fillDatabase(t.db, { applications: 240, alumni: 10, reviewers: 5, latestShare: 0.5 });
  }, 400_000);
  afterAll(() => t?.close());

  async function walk(query: Record<string, string>) {
    const pages: string[][] = [];
    let result = await listCallApplications(t.db, fill.latestCall, eligibility, parseFilters(query));
    pages.push(result.items.map((i) => i.id));
    expect(result.previous).toBeNull();
    while (result.next) {
      const { result: next, roundTrips } = await countSqlRoundTrips(() =>
        listCallApplications(t.db, fill.latestCall, eligibility, parseFilters({ ...query, after: result.next! })),
      );
      expect(roundTrips).toBe(1); // the page, its total, the counts per status and the nominators: one statement
      result = next;
      pages.push(result.items.map((i) => i.id));
    }
    // And back again from the last page by "previous".
    const back: string[][] = [pages[pages.length - 1]!];
    while (result.previous) {
      result = await listCallApplications(
        t.db,
        fill.latestCall,
        eligibility,
        parseFilters({ ...query, before: result.previous }),
      );
      back.unshift(result.items.map((i) => i.id));
    }
    expect(back).toEqual(pages);
    return { pages, total: result.total };
  }

  it.each(SORTS)("pages through the call sorted by %s exactly as one ordered query reads it", async (sort) => {
    const { pages, total } = await walk({ sort });
    const all = (await exportCallApplications(t.db, fill.latestCall, eligibility, parseFilters({ sort }))).rows;
    expect(pages.flat()).toEqual(all.map((r) => r.id));
    expect(total).toBe(120);
    expect(pages.slice(0, -1).every((p) => p.length === ADMIN_PAGE_SIZE)).toBe(true);
  });

  it("pages a filtered list, with its total and the call's counts per status from one pass", async () => {
    const query = { gender: "woman", sort: "name" };
    const { pages, total } = await walk(query);
    const all = (await exportCallApplications(t.db, fill.latestCall, eligibility, parseFilters(query))).rows;
    expect(pages.flat()).toEqual(all.map((r) => r.id));
    expect(total).toBe(all.length);
    const { result, roundTrips } = await countSqlRoundTrips(() =>
      listCallApplications(t.db, fill.latestCall, eligibility, parseFilters({ status: "rejected" })),
    );
    expect(roundTrips).toBeLessThanOrEqual(3);
    const everything = (await exportCallApplications(t.db, fill.latestCall, eligibility, parseFilters({}))).rows;
    expect(result.total).toBe(everything.filter((r) => r.status === "rejected").length);
    expect(Object.values(result.perStatus).reduce((a, b) => a + b, 0)).toBe(everything.length);
    // A filter that matches nothing still brings the call's counts, in the same one statement.
    const none = await countSqlRoundTrips(() =>
      listCallApplications(t.db, fill.latestCall, eligibility, parseFilters({ q: "no-such-applicant-zz" })),
    );
    expect(none.roundTrips).toBe(1);
    expect(none.result.items).toEqual([]);
    expect(none.result.total).toBe(0);
    expect(none.result.perStatus).toEqual(result.perStatus);
  });

  it("treats a forged cursor as the first page, never an error", async () => {
    const first = await listCallApplications(t.db, fill.latestCall, eligibility, parseFilters({}));
    const forged = await listCallApplications(
      t.db,
      fill.latestCall,
      eligibility,
      parseFilters({ after: "bm90LWpzb24" }),
    );
    expect(forged.items.map((i) => i.id)).toEqual(first.items.map((i) => i.id));
  });
});
