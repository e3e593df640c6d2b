import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, profiles, users } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { DomainError } from "@/lib/errors";
import { THROTTLE_LIMITS } from "@/lib/auth/throttle";
import { signUp, verifyCredentials } from "./commands";
import { signInSchema, signUpSchema } from "./schemas";

describe.each(testDrivers())("accounts on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  const input = (email: string) => signUpSchema.parse({ name: "Ji-woo Park", email, password: "correct horse battery" });

  it("creates the user, an empty profile and an audit row in one go", async () => {
    const { userId } = await signUp(t.db, input("Ji-Woo@Example.org"));
    const [user] = await t.db.select().from(users).where(eq(users.id, userId));
    expect(user?.email).toBe("ji-woo@example.org");
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await t.db.select().from(profiles).where(eq(profiles.userId, userId))).toHaveLength(1);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.entityId, userId))).toHaveLength(1);
  });

  it("refuses a second account for the same address whatever its case, with a field error", async () => {
    await signUp(t.db, input("dup@example.org"));
    const error = await signUp(t.db, input("DUP@example.org")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("conflict");
    expect((error as DomainError).fieldErrors.email?.[0]).toMatch(/already exists/);
  });

  it("accepts the right password and refuses a wrong one or an unknown email with the same message", async () => {
    await signUp(t.db, input("sign-in@example.org"));
    await expect(verifyCredentials(t.db, "sign-in@example.org", "correct horse battery", "10.0.0.1")).resolves.toMatchObject({ email: "sign-in@example.org" });
    const wrong = await verifyCredentials(t.db, "sign-in@example.org", "nope", "10.0.0.1").catch((e: DomainError) => e);
    const unknown = await verifyCredentials(t.db, "nobody@example.org", "nope", "10.0.0.1").catch((e: DomainError) => e);
    expect(wrong).toBeInstanceOf(DomainError);
    expect((wrong as DomainError).message).toBe((unknown as DomainError).message);
  });

  it("locks an account after repeated failures, even for the right password, and says for how long", async () => {
    await signUp(t.db, input("target@example.org"));
    for (let i = 0; i < THROTTLE_LIMITS.email; i++) {
      await verifyCredentials(t.db, "target@example.org", `guess-${i}`, `10.1.0.${i}`).catch(() => undefined);
    }
    const locked = await verifyCredentials(t.db, "target@example.org", "correct horse battery", "10.9.9.9").catch((e: DomainError) => e);
    expect(locked).toBeInstanceOf(DomainError);
    expect((locked as DomainError).code).toBe("rate_limited");
    expect((locked as DomainError).message).toMatch(/Try again in \d+ minutes?/);
  });

  it("locks an IP that sprays many accounts", async () => {
    for (let i = 0; i < THROTTLE_LIMITS.ip; i++) {
      await verifyCredentials(t.db, `spray-${i}@example.org`, "x", "192.0.2.7").catch(() => undefined);
    }
    await signUp(t.db, input("innocent@example.org"));
    const locked = await verifyCredentials(t.db, "innocent@example.org", "correct horse battery", "192.0.2.7").catch((e: DomainError) => e);
    expect((locked as DomainError).code).toBe("rate_limited");
    await expect(verifyCredentials(t.db, "innocent@example.org", "correct horse battery", "192.0.2.8")).resolves.toBeTruthy();
  });
});

describe("sign-up and sign-in input", () => {
  it.each([
    [{}, ["name", "email", "password"]],
    [{ name: "", email: "", password: "" }, ["name", "email", "password"]],
    [{ name: 42, email: ["a"], password: null }, ["name", "email", "password"]],
    [{ name: "x".repeat(121), email: `${"a".repeat(250)}@example.org`, password: "y".repeat(129) }, ["name", "email", "password"]],
    [{ name: "<script>alert(1)</script>", email: "robert'); DROP TABLE users;--", password: "short" }, ["name", "email", "password"]],
  ])("gives a message for every bad field of %j", (raw, fields) => {
    const result = signUpSchema.safeParse(raw);
    expect(result.success).toBe(false);
    if (!result.success) {
      const bad = new Set(result.error.issues.map((i) => String(i.path[0])));
      for (const field of fields) expect(bad.has(field), field).toBe(true);
    }
  });

  it("normalises a valid email to lower case", () => {
    expect(signInSchema.parse({ email: "  Admin@Madang.TEST ", password: "x" }).email).toBe("admin@madang.test");
  });
});
