import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationEvents, applications, profiles, users } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import type { DomainError } from "@/lib/errors";
import { dryRunImport, importApplications } from "./import";
import {
  IMPORT_FIELDS,
  importTemplateHeader,
  suggestMapping,
  validateImportRows,
  type ImportContext,
} from "./import-rows";
import { makeManager, makePerson, makeProgrammeWithCall, TEST_FORM } from "./test-fixtures";

const CONTEXT: ImportContext = {
  form: TEST_FORM,
  timeZone: "Asia/Seoul",
  tracks: [{ id: "t1", title: "Performing Arts 1" }],
  emailsWithApplication: new Set(["taken@example.org"]),
  existingReferences: new Set(["CPI24-0001"]),
};
const HEADERS = ["E-mail", "Full name", "Country", "Gender", "Status", "Submitted at", "Bio", "Track", "Notes"];

describe("checking imported rows", () => {
  it("suggests a mapping from the headers and the form's labels", () => {
    expect(suggestMapping(HEADERS, TEST_FORM)).toEqual([
      "email",
      "name",
      "nationality",
      "gender",
      "status",
      "submitted_at",
      "answer:bio",
      "track",
      "",
    ]);
  });

  it("reads countries, genders, statuses and Seoul times, and names every problem with its line", () => {
    const mapping = suggestMapping(HEADERS, TEST_FORM);
    const { rows, errors } = validateImportRows(
      [
        [
          "ana@example.org",
          "Ana",
          "Peru",
          "Female",
          "Submitted",
          "2024-03-01 09:30",
          "Puppets",
          "Performing Arts 1",
          "x",
        ],
        ["taken@example.org", "", "Atlantis", "Two-spirit", "lost", "yesterday", "", "Cooking", ""],
        ["ANA@example.org", "Ana again", "PE", "", "", "", "", "", ""],
      ],
      mapping,
      CONTEXT,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        line: 2,
        email: "ana@example.org",
        nationality: "PE",
        residence: "PE",
        gender: "woman",
        status: "submitted",
        trackId: "t1",
        answers: { bio: "Puppets" },
        submittedAt: new Date("2024-03-01T00:30:00Z"),
      }),
    ]);
    expect(errors.map((e) => e.line)).toEqual([3, 4]);
    expect(errors[0]!.messages).toEqual([
      "taken@example.org already has an application to this call.",
      "Name is empty.",
      'Nationality "Atlantis" is not a country we know.',
      'Status "lost" is not one of: draft, submitted, under_review, shortlisted, offered, confirmed, declined, waitlisted, rejected, withdrawn.',
      'Submitted at "yesterday" is not a date (use YYYY-MM-DD or YYYY-MM-DD HH:MM).',
      'Track "Cooking" is not one this call offers.',
    ]);
    expect(errors[1]!.messages).toEqual(["ana@example.org is also on line 2."]);
  });

  it("maps every column of its own template back to its field or question @truth", () => {
    const header = importTemplateHeader(TEST_FORM);
    const mapping = suggestMapping(header, TEST_FORM);
    expect(mapping).not.toContain("");
    expect(new Set(mapping)).toEqual(
      new Set([
        ...IMPORT_FIELDS,
        ...TEST_FORM.questions.filter((q) => q.type !== "file" && !q.hidden).map((q) => `answer:${q.id}`),
      ]),
    );
  });

  it("needs an email and a name column", () => {
    expect(validateImportRows([["a"]], ["email"], CONTEXT).errors).toEqual([
      { line: 1, messages: ["Map one column to Email and one to Name."] },
    ]);
  });
});

describe.each(testDrivers())("importing on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("writes nothing when any row is wrong, then all rows once they are right, with progress", async () => {
    const call = await makeProgrammeWithCall(t.db);
    const manager = await makeManager(t.db, call.programmeId);
    const existing = await makePerson(t.db);
    const mapping = ["email", "name", "nationality", "status", "answer:bio"] as const;
    const bad = [
      ["new1@example.org", "New One", "Kenya", "submitted", "Bio one"],
      ["not-an-email", "Broken", "Kenya", "submitted", ""],
    ];
    expect(await dryRunImport(t.db, manager, { callId: call.callId, rows: bad, mapping: [...mapping] })).toEqual({
      ready: 1,
      errors: [{ line: 3, messages: ['"not-an-email" is not an email address.'] }],
      genderWords: [],
    });
    const refused = await importApplications(t.db, manager, {
      callId: call.callId,
      fileName: "past.csv",
      rows: bad,
      mapping: [...mapping],
    }).catch((e: DomainError) => e);
    expect(refused).toMatchObject({
      code: "validation",
      message: 'Row 3 has a problem: "not-an-email" is not an email address. Run the check to see every row.',
    });
    expect(await t.db.$count(applications, eq(applications.callId, call.callId))).toBe(0);

    const good = Array.from({ length: 250 }, (_, i) => [
      `bulk${i}@example.org`,
      `Bulk ${i}`,
      "Kenya",
      i % 10 === 0 ? "draft" : "submitted",
      `Bio ${i}`,
    ]);
    good.push([existing.email, existing.name, "Ghana", "withdrawn", "Old"]);
    const progress: number[] = [];
    const result = await importApplications(
      t.db,
      manager,
      { callId: call.callId, fileName: "past.csv", rows: good, mapping: [...mapping] },
      (done) => progress.push(done),
    );
    expect(result).toEqual({ imported: 251, newAccounts: 250 });
    expect(progress).toEqual([200, 251]);
    expect(await t.db.$count(applications, eq(applications.callId, call.callId))).toBe(251);
    const [row] = await t.db
      .select({
        status: applications.status,
        snapshot: applications.snapshotNationality,
        answers: applications.answers,
      })
      .from(applications)
      .innerJoin(users, eq(users.id, applications.applicantId))
      .where(eq(users.email, "bulk1@example.org"));
    expect(row).toEqual({ status: "submitted", snapshot: "KE", answers: { bio: "Bio 1" } });
    const [profile] = await t.db
      .select({ nationality: profiles.nationality })
      .from(profiles)
      .innerJoin(users, eq(users.id, profiles.userId))
      .where(eq(users.email, "bulk1@example.org"));
    expect(profile?.nationality).toBe("KE");
    expect(await t.db.$count(applicationEvents)).toBeGreaterThanOrEqual(251);

    // The same file again: every row already has an application, so nothing is written twice.
    expect(
      await dryRunImport(t.db, manager, { callId: call.callId, rows: good.slice(0, 3), mapping: [...mapping] }),
    ).toMatchObject({ ready: 0 });
  });

  it("finds in the dry run a reference used by another call, so the import never fails on it (issue 12) @truth", async () => {
    const first = await makeProgrammeWithCall(t.db);
    const second = await makeProgrammeWithCall(t.db);
    const manager = await makeManager(t.db, first.programmeId);
    const both = await makeManager(t.db, second.programmeId);
    both.roles.push(...manager.roles);
    const mapping = ["email", "name", "reference", "gender"] as const;
    const stamp = Date.now();
    expect(
      await importApplications(t.db, both, {
        callId: first.callId,
        fileName: "a.csv",
        rows: [[`ref-a-${stamp}@example.org`, "A", `X-${stamp}`, "F"]],
        mapping: [...mapping],
        gendersConfirmed: true,
      }),
    ).toEqual({ imported: 1, newAccounts: 1 });

    const rows = [
      [`ref-b-${stamp}@example.org`, "B", `X-${stamp}`, "non_binary"],
      [`ref-c-${stamp}@example.org`, "C", "", "여성"],
      ["", "", "", ""],
      [`ref-d-${stamp}@example.org`, "D", "", "femme"],
    ];
    const check = await dryRunImport(t.db, both, { callId: second.callId, rows, mapping: [...mapping] });
    expect(check.errors).toEqual([
      {
        line: 2,
        messages: [
          `Reference X-${stamp} is already used by another application (references are unique across every call).`,
        ],
      },
    ]);
    expect(check.ready).toBe(2);
    expect(check.genderWords).toEqual([
      { word: "non_binary", label: "Non-binary", rows: 1, asWritten: true },
      { word: "여성", label: "Woman", rows: 1, asWritten: false },
      { word: "femme", label: "Woman", rows: 1, asWritten: false },
    ]);
    const refused = await importApplications(t.db, both, {
      callId: second.callId,
      fileName: "b.csv",
      rows,
      mapping: [...mapping],
    }).catch((e: DomainError) => e);
    expect(refused).toMatchObject({ code: "validation", message: expect.stringContaining("Row 2 has a problem") });
    expect(await t.db.$count(applications, eq(applications.callId, second.callId))).toBe(0);

    const fixed = rows.map((r, i) => (i === 0 ? [r[0]!, r[1]!, `Y-${stamp}`, r[3]!] : r));
    // A request that skips the page's confirmation of "여성" and "femme" is refused the same way, nothing written.
    const unconfirmed = await importApplications(t.db, both, {
      callId: second.callId,
      fileName: "b.csv",
      rows: fixed,
      mapping: [...mapping],
    }).catch((e: DomainError) => e);
    expect(unconfirmed).toMatchObject({ code: "validation", message: expect.stringContaining("“여성” → Woman") });
    expect(await t.db.$count(applications, eq(applications.callId, second.callId))).toBe(0);
    expect(
      await importApplications(t.db, both, {
        callId: second.callId,
        fileName: "b.csv",
        rows: fixed,
        mapping: [...mapping],
        gendersConfirmed: true,
      }),
    ).toEqual({ imported: 3, newAccounts: 3 });
    const genders = await t.db
      .select({ gender: profiles.gender, other: profiles.genderOther })
      .from(profiles)
      .innerJoin(users, eq(users.id, profiles.userId))
      .where(eq(users.email, `ref-b-${stamp}@example.org`));
    expect(genders).toEqual([{ gender: "non_binary", other: null }]);
  });

  it("two imports racing for one reference: one lands, the other is refused with a sentence, never a raw error @truth", async () => {
    const first = await makeProgrammeWithCall(t.db);
    const second = await makeProgrammeWithCall(t.db);
    const admin = { ...(await makePerson(t.db)), isAdmin: true };
    const stamp = Date.now();
    const run = (callId: string, who: string) =>
      importApplications(t.db, admin, {
        callId,
        fileName: "race.csv",
        rows: [[`race-${who}-${stamp}@example.org`, who, `RACE-${stamp}`]],
        mapping: ["email", "name", "reference"],
      });
    const outcomes = await Promise.allSettled([run(first.callId, "a"), run(second.callId, "b")]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(["conflict", "validation"]).toContain((refused.reason as DomainError).code);
    expect((refused.reason as DomainError).message).toMatch(/RACE-|Run the check again/);
  });

  it("refuses a manager of another programme", async () => {
    const call = await makeProgrammeWithCall(t.db);
    const other = await makeManager(t.db, (await makeProgrammeWithCall(t.db)).programmeId);
    await expect(
      dryRunImport(t.db, other, { callId: call.callId, rows: [], mapping: ["email", "name"] }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});
