import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countSqlRoundTrips } from "@/db/client";
import { fillDatabase, type FillSummary } from "@/db/fill";
import { applications, programmeRoles, reviews, users } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { loadActor } from "@/lib/auth/actor";
import { getCallContext, REVIEWABLE } from "./call";
import { getReviewSetup, listMyReviews } from "./queries";

// The review overview and a reviewer's queue on filled data: every page in at most three statements, and the
// pages, walked by their cursors, are exactly the rows of one plain ordered query.
describe.each(testDrivers())("the review lists' pages on %s", (driver) => {
  let t: TestDatabase;
  let fill: FillSummary;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    fill = await fillDatabase(t.db, { applications: 200, alumni: 10, reviewers: 3, latestShare: 0.5 });
  }, 400_000);
  afterAll(() => t?.close());

  it("pages the review overview by reference in one statement, with figures that match SQL", async () => {
    const call = (await getCallContext(t.db, fill.latestCall))!;
    const expected = await t.db
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.callId, fill.latestCall), inArray(applications.status, REVIEWABLE)))
      .orderBy(asc(applications.reference));
    // The first read after the fill works out the stored ranking and its figures (lib/review/ranking.ts); the
    // pages after it read them.
    await getReviewSetup(t.db, call, {});
    const seen: string[] = [];
    const pages: Awaited<ReturnType<typeof getReviewSetup>>[] = [];
    let cursor: string | null = null;
    let first = true;
    while (first || cursor) {
      first = false;
      const { result, roundTrips } = await countSqlRoundTrips(() =>
        getReviewSetup(t.db, call, cursor ? { after: cursor } : {}),
      );
      expect(roundTrips).toBe(1); // reviewers, the page and the figures in one statement
      expect(result.total).toBe(expected.length);
      expect(result.figures.submitted).toBe(
        (
          await t.db
            .select({ n: sql<number>`count(*)::int` })
            .from(reviews)
            .innerJoin(applications, eq(applications.id, reviews.applicationId))
            .where(and(eq(applications.callId, fill.latestCall), eq(reviews.status, "submitted")))
        )[0]!.n,
      );
      seen.push(...result.applications.map((a) => a.id));
      pages.push(result);
      cursor = result.next;
    }
    expect(seen).toEqual(expected.map((e) => e.id));
    // Backwards from the second page comes the first again, in reading order.
    const back = await getReviewSetup(t.db, call, { before: pages[1]!.previous! });
    expect(back.applications.map((a) => a.id)).toEqual(pages[0]!.applications.map((a) => a.id));
    // The reviewers are the programme's, by name, read in the same statement.
    const reviewerNames = await t.db
      .select({ name: users.name })
      .from(programmeRoles)
      .innerJoin(users, eq(users.id, programmeRoles.userId))
      .where(and(eq(programmeRoles.programmeId, call.programmeId), eq(programmeRoles.role, "reviewer")))
      .orderBy(asc(users.name));
    expect(back.reviewers.map((r) => r.name)).toEqual(reviewerNames.map((r) => r.name));
    expect(back.reviewers.length).toBeGreaterThan(0);
  }, 300_000);

  it("pages a reviewer's queue, open work first, in at most three statements, forwards and back", async () => {
    const [reviewer] = await t.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "bench-reviewer-1@example.org"));
    const actor = (await loadActor(t.db, reviewer!.id))!;
    const forward: string[][] = [];
    let result = await listMyReviews(t.db, actor, {});
    forward.push(result.items.map((i) => i.applicationId));
    while (result.next) {
      const next = await countSqlRoundTrips(() => listMyReviews(t.db, actor, { after: result.next! }));
      expect(next.roundTrips).toBeLessThanOrEqual(3);
      result = next.result;
      forward.push(result.items.map((i) => i.applicationId));
    }
    const flat = forward.flat();
    expect(flat).toHaveLength(result.progress.total);
    const back: string[][] = [forward[forward.length - 1]!];
    while (result.previous) {
      result = await listMyReviews(t.db, actor, { before: result.previous });
      back.unshift(result.items.map((i) => i.applicationId));
    }
    expect(back).toEqual(forward);
    const statuses = await t.db
      .select({ id: reviews.applicationId, status: reviews.status })
      .from(reviews)
      .where(eq(reviews.reviewerId, reviewer!.id));
    const submitted = new Set(statuses.filter((s) => s.status === "submitted").map((s) => s.id));
    const firstSubmitted = flat.findIndex((id) => submitted.has(id));
    expect(flat.slice(firstSubmitted).every((id) => submitted.has(id))).toBe(true);
  }, 300_000);
});
