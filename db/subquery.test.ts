import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openMemoryDatabase } from "./client";
import { cohorts, enrolments, programmes, tracks } from "./schema";
import { countWhere, subquery } from "./subquery";

// Pins what drizzle writes for a correlated subquery in the select list of a one-table select.
const { db } = openMemoryDatabase();

describe("correlated subqueries @truth", () => {
  it("a plain sql template loses the table names in a one-table select (drizzle-orm#5734): the reason for db/subquery.ts", () => {
    const query = db
      .select({ n: sql<number>`(select count(*) from ${cohorts} where ${cohorts.programmeId} = ${programmes.id})` })
      .from(programmes);
    expect(query.toSQL().sql).toBe(
      'select (select count(*) from "cohorts" where "programme_id" = "id") from "programmes"',
    );
  });

  it("countWhere keeps both sides qualified in a one-table select", () => {
    const query = db.select({ id: programmes.id, n: countWhere(cohorts.programmeId, programmes.id) }).from(programmes);
    expect(query.toSQL().sql).toBe(
      'select "id", (select count(*)::int from "cohorts" where "cohorts"."programme_id" = "programmes"."id") from "programmes"',
    );
  });

  it("countWhere with a filter and a distinct column, in a select with joins", () => {
    const n = countWhere(enrolments.trackId, tracks.id, {
      where: eq(enrolments.status, "completed"),
      distinct: enrolments.userId,
    });
    const query = db.select({ n }).from(tracks).innerJoin(cohorts, eq(cohorts.id, tracks.cohortId));
    expect(query.toSQL()).toEqual({
      sql: 'select (select count(distinct "enrolments"."user_id")::int from "enrolments" where "enrolments"."track_id" = "tracks"."id" and "enrolments"."status" = $1) from "tracks" inner join "cohorts" on "cohorts"."id" = "tracks"."cohort_id"',
      params: ["completed"],
    });
  });

  it("subquery`…` keeps every column qualified, whatever the subquery says", () => {
    const query = db
      .select({
        title: subquery<string>`(select ${programmes.title} from ${programmes} where ${programmes.id} = ${cohorts.programmeId})`,
      })
      .from(cohorts);
    expect(query.toSQL().sql).toBe(
      'select (select "programmes"."title" from "programmes" where "programmes"."id" = "cohorts"."programme_id") from "cohorts"',
    );
  });
});
