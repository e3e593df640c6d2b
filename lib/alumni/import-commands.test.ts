import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cohorts, emailOutbox, enrolments, userTokens, users } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/roles";
import { claimAccount } from "@/lib/users/commands";
import { commitImport, planImport } from "./import-commands";
import { makeNetwork } from "./test-fixtures";

const HEADER = ["name", "email", "country", "gender", "programme", "cohort year", "field"];

describe.each(testDrivers())("importing past alumni on %s", (driver) => {
  let t: TestDatabase;
  let admin: Actor;
  let managerOfOther: Actor;
  let existing: Actor;
  const rows = (n: number) =>
    Array.from({ length: n }, (_, i) => [
      `Past Alumnus ${i}`,
      `past.${i}@example.org`,
      i % 2 ? "Mongolia" : "KE",
      "woman",
      "cpi",
      String(2010 + (i % 5)),
      "Heritage",
    ]);

  beforeAll(async () => {
    t = await openTestDatabase(driver);
    const n = await makeNetwork(t.db);
    admin = await n.person({ name: "Admin", alumnusOf: null, isAdmin: true });
    managerOfOther = await n.person({ name: "Manager", alumnusOf: null, manages: "other" });
    existing = await n.person({ name: "Already Here", alumnusOf: null });
  });
  afterAll(async () => {
    await t?.close();
  });

  const counts = async () => ({
    users: (await t.db.select({ n: count() }).from(users))[0]!.n,
    enrolments: (await t.db.select({ n: count() }).from(enrolments))[0]!.n,
    emails: (await t.db.select({ n: count() }).from(emailOutbox))[0]!.n,
  });

  it("a dry run of 1,000 rows with 10 bad ones lists exactly those 10 and writes nothing", async () => {
    const data = rows(1000);
    const bad = [3, 90, 150, 222, 400, 512, 640, 777, 901, 998];
    bad.forEach((i, k) => (data[i]![k % 2 ? 1 : 2] = k % 2 ? "broken-email" : "Narnia"));
    data[10]![1] = existing.email; // an existing account is linked, not duplicated
    const sheet = { header: HEADER, rows: data };
    const before = await counts();
    const plan = await planImport(t.db, admin, sheet);
    expect(plan.invalid.map((r) => r.row)).toEqual(bad.map((i) => i + 2));
    expect(plan).toMatchObject({ total: 1000, valid: 990, existingAccounts: 1, newAccounts: 989 });
    expect(plan.newCohorts.map((c) => c.year).sort()).toEqual([2010, 2011, 2012, 2013, 2014]);
    await expect(commitImport(t.db, admin, sheet, { excludeInvalid: false })).rejects.toMatchObject({
      code: "validation",
    });
    expect(await counts()).toEqual(before);

    const done = await commitImport(t.db, admin, sheet, { excludeInvalid: true });
    expect(done).toMatchObject({
      imported: 990,
      excluded: 10,
      newAccounts: 989,
      enrolled: 990,
      invitations: 989,
      newCohorts: 5,
    });
    const after = await counts();
    expect(after.users - before.users).toBe(989);
    expect(after.emails - before.emails).toBe(989);
    const imported = await t.db.select({ status: cohorts.status }).from(cohorts).where(eq(cohorts.year, 2012));
    expect(imported).toEqual([{ status: "completed" }]);
    // Importing the same file again adds nobody twice.
    const again = await planImport(t.db, admin, sheet);
    expect(again).toMatchObject({ newAccounts: 0, alreadyAlumni: 990, newCohorts: [] });
  });

  it("refuses rows for a programme the manager does not manage", async () => {
    const plan = await planImport(t.db, managerOfOther, { header: HEADER, rows: rows(2) });
    expect(plan.valid).toBe(0);
    expect(plan.invalid[0]?.errors).toEqual(['"cpi" is not a programme you can import alumni into.']);
    await expect(planImport(t.db, existing, { header: HEADER, rows: rows(2) })).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("an invitation link sets the password once", async () => {
    const [mail] = await t.db
      .select({ body: emailOutbox.bodyText, userId: emailOutbox.toUserId })
      .from(emailOutbox)
      .where(eq(emailOutbox.kind, "alumni.invitation"))
      .limit(1);
    const token = /claim\?token=([\w-]+)/.exec(mail!.body)?.[1];
    expect(token).toBeTruthy();
    const { email } = await claimAccount(t.db, { token: token!, password: "a-new-password-2026" });
    const [user] = await t.db
      .select({ email: users.email, hash: users.passwordHash })
      .from(users)
      .where(eq(users.id, mail!.userId!));
    expect(user?.email).toBe(email);
    expect(await verifyPassword(user!.hash, "a-new-password-2026")).toBe(true);
    await expect(claimAccount(t.db, { token: token!, password: "another-password" })).rejects.toMatchObject({
      code: "validation",
    });
    const [claim] = await t.db.select({ tokenHash: userTokens.tokenHash }).from(userTokens).limit(1);
    expect(claim?.tokenHash).not.toContain(token!);
  });
});
