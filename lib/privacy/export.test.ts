import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  alumniProfileUpdates,
  alumniProfiles,
  applications,
  deletionRequests,
  enrolments,
  organisationMembers,
  organisations,
  postRsvps,
  posts,
  programmeRoles,
} from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { makePerson, makeProgrammeWithCall } from "@/lib/applications/test-fixtures";
import { recordConsent } from "@/lib/audit/consents";
import { startSession } from "@/lib/auth/sessions";
import { executeRows } from "@/db/subquery";
import { collectPersonalData, collectedPersonColumns, EXCLUDED_PERSON_COLUMNS, personalDataFields } from "./export";

describe.each(testDrivers())("a person's data download on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Every column that names a person, read from the database itself (not from the code under test). */
  async function personColumns(): Promise<string[]> {
    const rows = await executeRows<{ name: string }>(
      t.db,
      sql`
        select c.conrelid::regclass::text || '.' || a.attname as name
          from pg_constraint c
          join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
         where c.contype = 'f' and c.confrelid = 'users'::regclass
        union
        select table_name || '.' || column_name
          from information_schema.columns
         where table_schema = 'public' and column_name in ('user_id', 'applicant_id')`,
    );
    return rows.map((r) => r.name.replace(/^"|"$/g, "")).sort();
  }

  it("reads or names, with a reason, every column of the schema that points at a person", async () => {
    const collected = new Set(collectedPersonColumns().map((c) => c.column));
    const columns = await personColumns();
    expect(columns.length).toBeGreaterThan(30);
    const unlisted = columns.filter((c) => !collected.has(c) && !(c in EXCLUDED_PERSON_COLUMNS));
    expect(unlisted, "person columns neither in the download nor excluded with a reason").toEqual([]);
    // No stale entries either: each listed column exists.
    const listed = [...collected, ...Object.keys(EXCLUDED_PERSON_COLUMNS)].filter((c) => c !== "users.id");
    expect(listed.filter((c) => !columns.includes(c))).toEqual([]);
  });

  it("holds a row from every table with a user_id or applicant_id column, and every row that names them", async () => {
    const call = await makeProgrammeWithCall(t.db);
    const me = await makePerson(t.db, { name: "Nadia Rahman" });
    const [app] = await t.db
      .insert(applications)
      .values({ reference: `EXP-${Date.now()}`, callId: call.callId, applicantId: me.userId, answers: { bio: "Hi" } })
      .returning({ id: applications.id, reference: applications.reference });
    await t.db.insert(enrolments).values({ cohortId: call.cohortId, userId: me.userId, applicationId: app!.id });
    await t.db.insert(alumniProfiles).values({ userId: me.userId, bio: "Archivist" });
    await t.db.insert(alumniProfileUpdates).values({ userId: me.userId, position: "Curator" });
    const [post] = await t.db
      .insert(posts)
      .values({ authorId: me.userId, kind: "event", title: "Meet-up", body: "Come" })
      .returning({ id: posts.id });
    await t.db.insert(postRsvps).values({ postId: post!.id, userId: me.userId });
    await t.db.insert(programmeRoles).values({ programmeId: call.programmeId, userId: me.userId, role: "reviewer" });
    const [org] = await t.db.insert(organisations).values({ name: "Archive" }).returning({ id: organisations.id });
    await t.db.insert(organisationMembers).values({ organisationId: org!.id, userId: me.userId });
    await startSession(t.db, me.userId, { ip: "192.0.2.1", userAgent: "test" });
    await recordConsent(t.db, {
      userId: me.userId,
      purpose: "application",
      entityType: "application",
      entityId: app!.id,
    });
    await t.db.insert(deletionRequests).values({ userId: me.userId });

    const data = await collectPersonalData(t.db, me.userId);
    const json = JSON.stringify(data);
    expect(json).toContain(app!.reference);
    expect(json).toContain("Nadia Rahman");
    // Secrets stay out: password hash, session grant.
    expect(json).not.toMatch(/passwordHash|grantHash|totpSecret/);

    // Independent counts, one per person column the download reads: each section holds exactly those rows.
    const byColumn = collectedPersonColumns();
    for (const { column, section } of byColumn) {
      const [table, col] = column.split(".") as [string, string];
      const [count] = await executeRows<{ n: number }>(
        t.db,
        sql`select count(*)::int as n from ${sql.identifier(table)} where ${sql.identifier(col)} = ${me.userId}`,
      );
      expect(data.sections[section], `${section} (${column})`).toHaveLength(count!.n);
      if (/\.(user_id|applicant_id)$/.test(column))
        expect(count!.n, `a ${table} row for the person`).toBeGreaterThan(0);
    }
    // The readable page names each field from personalDataFields: every section and key of the download is there.
    const fields = personalDataFields();
    expect(Object.keys(data.sections)).toEqual(Object.keys(fields));
    const unnamed = Object.entries(data.sections).flatMap(([section, rows]) =>
      rows.flatMap((row) =>
        Object.keys(row)
          .filter((key) => !(key in fields[section]!))
          .map((key) => `${section}.${key}`),
      ),
    );
    expect(unnamed).toEqual([]);
    // Rows that hang from theirs: the consent's wording, the sign-in in the audit rows about them.
    expect(data.sections.consents![0]).toMatchObject({ purpose: "application", version: expect.any(String) });
    expect(data.sections.auditRowsAboutThem!.map((r) => r.action)).toContain("user.signIn");
  });
});
