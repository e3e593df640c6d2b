import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { makePerson } from "@/lib/applications/test-fixtures";
import { startSession } from "@/lib/auth/sessions";
import { updateProfile } from "@/lib/profiles/commands";
import { profileSchema } from "@/lib/profiles/schemas";
import { changedFields, writeAudit } from "./commands";
import { readAuditData } from "./diff";
import { AUDIT_PAGE_SIZE, listAudit } from "./queries";
import { auditFilterSchema } from "./schemas";

describe.each(testDrivers())("the audit log, read on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("records a sign-in on the person's history", async () => {
    const me = await makePerson(t.db);
    await startSession(t.db, me.userId, { ip: "192.0.2.7" });
    const { rows } = await listAudit(t.db, { person: me.email }, "UTC");
    expect(rows.map((r) => r.action)).toEqual(["user.signIn"]);
    expect(rows[0]).toMatchObject({ actorId: me.userId, entityType: "user", entityId: me.userId });
    expect(rows[0]!.data).toMatchObject({ ip: "192.0.2.7" });
  });

  it("keeps only the changed fields of a profile edit, before and after", async () => {
    const me = await makePerson(t.db, { name: "Ama Mensah" });
    await updateProfile(
      t.db,
      me,
      profileSchema.parse({
        version: 1,
        name: "Ama K. Mensah",
        givenName: "",
        familyName: "",
        gender: "woman",
        genderOther: "",
        nationality: "GH",
        residence: "KE",
        organisation: "Org",
        position: "",
        field: "Music",
        languages: "",
        yearsExperience: "",
      }),
    );
    const { rows } = await listAudit(t.db, { record: `user:${me.userId}`, action: "profile.update" }, "UTC");
    expect(rows).toHaveLength(1);
    expect(rows[0]!.data).toEqual({
      before: { name: "Ama Mensah", residence: "GH" },
      after: { name: "Ama K. Mensah", residence: "KE" },
    });
    expect(readAuditData(rows[0]!.data).changes).toEqual([
      { field: "name", before: "Ama Mensah", after: "Ama K. Mensah" },
      { field: "residence", before: "GH", after: "KE" },
    ]);
  });

  it("filters by person, record, action (exact or by area) and days in the reader's zone", async () => {
    const a = await makePerson(t.db);
    const b = await makePerson(t.db);
    const record = crypto.randomUUID();
    // 23:30 UTC on 1 March is already 2 March in Seoul (UTC+9).
    const entries = [
      { actorId: a.userId, action: "call.update", at: new Date("2030-03-01T10:00:00Z") },
      { actorId: a.userId, action: "call.publish", at: new Date("2030-03-01T23:30:00Z") },
      { actorId: b.userId, action: "call.update", at: new Date("2030-03-03T10:00:00Z") },
      { actorId: b.userId, action: "programme.update", at: new Date("2030-03-04T10:00:00Z") },
    ];
    for (const e of entries) await writeAudit(t.db, { ...e, entityType: "call", entityId: record });
    const actions = async (filter: Record<string, string>, zone = "UTC") =>
      (await listAudit(t.db, auditFilterSchema.parse({ record: `call:${record}`, ...filter }), zone)).rows.map(
        (r) => `${r.action}@${r.at.toISOString().slice(0, 16)}`,
      );
    expect(await actions({ person: a.userId })).toEqual([
      "call.publish@2030-03-01T23:30",
      "call.update@2030-03-01T10:00",
    ]);
    expect(await actions({ action: "call.update" })).toHaveLength(2);
    expect(await actions({ action: "call." })).toHaveLength(3);
    expect(await actions({ from: "2030-03-02", to: "2030-03-03" })).toEqual(["call.update@2030-03-03T10:00"]);
    expect(await actions({ from: "2030-03-02", to: "2030-03-03" }, "Asia/Seoul")).toEqual([
      "call.update@2030-03-03T10:00",
      "call.publish@2030-03-01T23:30",
    ]);
    expect(await actions({ person: "nobody@example.org" })).toEqual([]);
    // Malformed parameters are dropped, not obeyed: this is the whole record's history.
    expect(await actions({ from: "yesterday", action: "x' or 1=1 --" })).toHaveLength(4);
  });

  it("pages by keyset: every row once, newest first, however many pages", async () => {
    const record = crypto.randomUUID();
    const total = AUDIT_PAGE_SIZE * 2 + 7;
    await t.db.insert(auditLog).values(
      Array.from({ length: total }, (_, i) => ({
        actorId: null,
        action: "test.page",
        entityType: "thing",
        entityId: record,
        data: { i },
      })),
    );
    const seen: number[] = [];
    let after: number | undefined;
    let pages = 0;
    do {
      const page = await listAudit(t.db, { record: `thing:${record}`, after }, "UTC");
      seen.push(...page.rows.map((r) => r.data.i as number));
      after = page.nextAfter ?? undefined;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => total - 1 - i));
  });

  it("changedFields keeps what changed and nothing else", () => {
    expect(changedFields({ a: 1, b: [1, 2], c: null }, { a: 1, b: [1, 3], d: "x" })).toEqual({
      before: { b: [1, 2], d: null },
      after: { b: [1, 3], d: "x" },
    });
    expect(changedFields({ a: 1 }, { a: 1 })).toBeNull();
  });
});
