import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDrivers, type TestDatabase } from "../testing";
import { fillDatabase, fillStatements, type FillSummary } from "./index";

const OPTIONS = { applications: 600, alumni: 40, reviewers: 7, latestShare: 0.5 };

async function one<T>(t: TestDatabase, query: string): Promise<T> {
  const result = await t.db.execute(sql.raw(query));
  return (Array.isArray(result) ? result[0] : (result as unknown as { rows: T[] }).rows[0]) as T;
}

describe.each(testDrivers())("the fill on %s", (driver) => {
  let t: TestDatabase;
  let summary: FillSummary;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    summary = await fillDatabase(t.db, OPTIONS);
  }, 120_000);
  afterAll(() => t?.close());

  it("writes the editions, applications with answers, and the latest call's share it promises", async () => {
    const row = await one<{ editions: number; calls: number; applications: number; answered: number; latest: number }>(
      t,
      `select (select count(*)::int from cohorts where programme_id = '${summary.programme}') as editions,
              (select count(*)::int from calls c join cohorts k on k.id = c.cohort_id where k.programme_id = '${summary.programme}') as calls,
              (select count(*)::int from applications where reference like 'BENCH-%') as applications,
              (select count(*)::int from applications where reference like 'BENCH-%' and answers ? 'motivation' and answers ? 'sector') as answered,
              (select count(*)::int from applications where call_id = '${summary.latestCall}') as latest`,
    );
    expect(row).toEqual({ editions: 20, calls: 20, applications: 600, answered: 600, latest: 300 });
    expect(summary.latestCallApplications).toBe(300);
  });

  it("gives each application two different reviewers of the panel, scored on every criterion within its maximum once submitted", async () => {
    const row = await one<{ reviews: number; pairs: number; bad: number; unpanelled: number }>(
      t,
      `select count(*)::int as reviews,
              count(distinct (application_id, reviewer_id))::int as pairs,
              count(*) filter (where r.status = 'submitted' and not (
                 (scores->>'relevance')::int between 0 and 10 and (scores->>'experience')::int between 0 and 10
                 and (scores->>'motivation')::int between 0 and 5))::int as bad,
              count(*) filter (where not exists (select 1 from programme_roles pr where pr.user_id = r.reviewer_id
                 and pr.programme_id = '${summary.programme}' and pr.role = 'reviewer'))::int as unpanelled
       from reviews r join applications a on a.id = r.application_id where a.reference like 'BENCH-%'`,
    );
    expect(row).toEqual({ reviews: 1200, pairs: 1200, bad: 0, unpanelled: 0 });
    expect(summary.reviews).toBe(1200);
  });

  it("makes the alumni it promises: completed editions, profiles, posts and messages between different people", async () => {
    const row = await one<{ profiles: number; completed: number; posts: number; messages: number; self: number }>(
      t,
      `select (select count(*)::int from alumni_profiles where user_id::text like 'b0000000-0000-4000-8004-%') as profiles,
              (select count(*)::int from alumni_profiles ap where user_id::text like 'b0000000-0000-4000-8004-%'
                 and exists (select 1 from enrolments e where e.user_id = ap.user_id and e.status = 'completed')) as completed,
              (select count(*)::int from posts where title like 'Bench post %') as posts,
              (select count(*)::int from alumni_messages where body like 'Hello from alumnus %') as messages,
              (select count(*)::int from alumni_messages where sender_id = recipient_id) as self`,
    );
    expect(row).toEqual({ profiles: 40, completed: 40, posts: 20, messages: 80, self: 0 });
    expect([summary.alumni, summary.posts, summary.messages]).toEqual([40, 20, 80]);
  });

  it("is a formula of its size: no random function, and the same statements every time", () => {
    const text = fillStatements(OPTIONS).join("\n");
    expect(text).not.toMatch(/random\(|gen_random_uuid|now\(\)/);
    expect(fillStatements(OPTIONS)).toEqual(fillStatements({ ...OPTIONS }));
  });
});
