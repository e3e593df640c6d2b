import { now } from "@/lib/time/clock";
import { and, eq, sql } from "drizzle-orm";
import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auditLog, emailOutbox, profiles, users, userSessions, userTokens } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { loadActor } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { THROTTLE_LIMITS } from "@/lib/auth/throttle";
import { DomainError } from "@/lib/errors";
import {
  beginTwoFactorEnrolment,
  changePassword,
  claimAccount,
  confirmTwoFactorEnrolment,
  requestPasswordReset,
  resetPassword,
  signOutEverywhere,
  signUp,
  verifyCredentials,
  verifyEmail,
} from "./commands";
import { passwordProblem } from "./password-policy";
import { signInSchema, signUpSchema } from "./schemas";
import { endSession, redeemSessionGrant, sessionIsLive, startSession } from "@/lib/auth/sessions";
import { hashToken } from "@/lib/signing";
import { issueUserToken } from "./tokens";

const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as DomainError,
  );
const T0 = new Date("2026-03-02T09:00:00Z");
const later = (ms: number, from = T0) => new Date(from.getTime() + ms);

describe.each(testDrivers())("accounts on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  const input = (email: string, password = "correct horse battery", name = "Ji-woo Park") =>
    signUpSchema.parse({ name, email, password });
  const userByEmail = async (email: string) =>
    (
      await t.db
        .select()
        .from(users)
        .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    )[0];
  /** The raw token of the last link mailed to an address, read as the recipient would. */
  async function lastLink(email: string, path: string): Promise<string> {
    const mails = await t.db
      .select({ body: emailOutbox.bodyText })
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, email))
      .orderBy(sql`${emailOutbox.createdAt} desc`);
    for (const m of mails) {
      const match = new RegExp(`${path}\\?token=([\\w-]+)`).exec(m.body);
      if (match) return match[1]!;
    }
    throw new Error(`no ${path} link mailed to ${email}`);
  }
  async function invited(email: string, name = "Invited Person") {
    const [user] = await t.db.insert(users).values({ email, name, passwordHash: null }).returning({ id: users.id });
    return user!.id;
  }
  const actorOf = async (userId: string) => (await loadActor(t.db, userId))!;

  it("creates an unconfirmed user, an empty profile, an audit row and a confirmation link of which only the hash is kept", async () => {
    await signUp(t.db, input("Ji-Woo@Example.org"), T0);
    const user = await userByEmail("ji-woo@example.org");
    expect(user).toMatchObject({ email: "ji-woo@example.org", emailVerifiedAt: null });
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await t.db.$count(profiles, eq(profiles.userId, user!.id))).toBe(1);
    expect(await t.db.$count(auditLog, eq(auditLog.entityId, user!.id))).toBe(1);
    const token = await lastLink("ji-woo@example.org", "/verify-email");
    const [row] = await t.db
      .select({ hash: userTokens.tokenHash, purpose: userTokens.purpose })
      .from(userTokens)
      .where(eq(userTokens.userId, user!.id));
    expect(row).toEqual({ hash: hashToken(token), purpose: "verify_email" });
    expect(row!.hash).not.toContain(token);
  });

  it("confirms the address with its link once, and not after 48 hours", async () => {
    await signUp(t.db, input("confirm@example.org"), T0);
    const token = await lastLink("confirm@example.org", "/verify-email");
    await expect(verifyEmail(t.db, token, later(47 * 3600_000))).resolves.toEqual({ email: "confirm@example.org" });
    expect((await userByEmail("confirm@example.org"))?.emailVerifiedAt).not.toBeNull();
    expect(await errorOf(verifyEmail(t.db, token, later(47 * 3600_000)))).toMatchObject({ code: "validation" });

    await signUp(t.db, input("slow@example.org"), T0);
    const stale = await lastLink("slow@example.org", "/verify-email");
    expect(await errorOf(verifyEmail(t.db, stale, later(48 * 3600_000 + 1000)))).toMatchObject({ code: "validation" });
    expect((await userByEmail("slow@example.org"))?.emailVerifiedAt).toBeNull();
  });

  it("never writes to an existing account on sign-up, and emails its owner instead", async () => {
    await signUp(t.db, input("owner@example.org", "the owner's own password", "Real Owner"), T0);
    const before = await userByEmail("owner@example.org");
    // The attacker's sign-up answers as for a new address (no error, nothing returned).
    await expect(
      signUp(t.db, input("OWNER@example.org", "an attacker's password", "Attacker"), T0),
    ).resolves.toBeUndefined();
    const after = await userByEmail("owner@example.org");
    expect(after).toEqual(before);
    expect(await t.db.$count(users, eq(sql`lower(${users.email})`, "owner@example.org"))).toBe(1);
    const notes = await t.db
      .select({ subject: emailOutbox.subject })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.toAddress, "owner@example.org"), eq(emailOutbox.kind, "account.sign_up_attempt")));
    expect(notes).toEqual([{ subject: "Someone tried to create a Madang account with your address" }]);
    expect(await errorOf(verifyCredentials(t.db, "owner@example.org", "an attacker's password", null))).toMatchObject({
      code: "unauthenticated",
    });
  });

  it("does not let anyone take over an invited or imported account by signing up with its address", async () => {
    const userId = await invited("nominee@example.org", "Nominee Name");
    await signUp(t.db, input("nominee@example.org", "the taker's password", "Taker"), T0);
    const [row] = await t.db
      .select({ name: users.name, passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.id, userId));
    expect(row).toEqual({ name: "Nominee Name", passwordHash: null });
    expect(await errorOf(verifyCredentials(t.db, "nominee@example.org", "the taker's password", null))).toMatchObject({
      code: "unauthenticated",
    });
    // The owner got a claim link of their own, which works once and confirms the address.
    const token = await lastLink("nominee@example.org", "/claim");
    await expect(claimAccount(t.db, { token, password: "the nominee's password" }, T0)).resolves.toMatchObject({
      userId,
    });
    expect(await errorOf(claimAccount(t.db, { token, password: "a second password here" }, T0))).toMatchObject({
      code: "validation",
    });
    const [claimed] = await t.db
      .select({ verified: users.emailVerifiedAt, hash: users.passwordHash })
      .from(users)
      .where(eq(users.id, userId));
    expect(claimed?.verified).toEqual(T0);
    expect(await verifyPassword(claimed!.hash, "the nominee's password")).toBe(true);
  });

  it("refuses common and leaked passwords from the maintained list, and the person's own name", () => {
    for (const weak of ["password123", "qwertyuiop", "iloveyou12345", "Password2026!"])
      expect(passwordProblem(weak), weak).toMatch(/common and leaked/);
    expect(passwordProblem("jiwoopark2026", ["Ji-woo Park"])).not.toBeNull();
    expect(passwordProblem("sunflower purple kettle")).toBeNull();
  });

  it("refuses a weak password at sign-up with a field error, before anything is written", async () => {
    const error = await errorOf(signUp(t.db, input("weak@example.org", "password123"), T0));
    expect(error).toMatchObject({
      code: "validation",
      fieldErrors: { password: [expect.stringMatching(/common and leaked/)] },
    });
    expect(await userByEmail("weak@example.org")).toBeUndefined();
  });

  it("resets a password by a one-hour single-use link, ends every session, and says nothing for an unknown address", async () => {
    await signUp(t.db, input("reset@example.org", "the first password 1"), T0);
    const user = await userByEmail("reset@example.org");
    const a = await startSession(t.db, user!.id, { ip: "203.0.113.1" }, T0);
    const b = await startSession(t.db, user!.id, { ip: "203.0.113.2" }, T0);

    const outboxBefore = await t.db.$count(emailOutbox);
    await expect(requestPasswordReset(t.db, "nobody-here@example.org", T0)).resolves.toBeUndefined();
    expect(await t.db.$count(emailOutbox)).toBe(outboxBefore);

    await requestPasswordReset(t.db, "RESET@example.org", T0);
    const expired = await lastLink("reset@example.org", "/reset-password");
    expect(
      await errorOf(resetPassword(t.db, { token: expired, password: "a brand new password" }, later(3600_000 + 1000))),
    ).toMatchObject({ code: "validation" });

    await requestPasswordReset(t.db, "reset@example.org", T0);
    const token = await lastLink("reset@example.org", "/reset-password");
    expect(token).not.toBe(expired);
    expect(await errorOf(resetPassword(t.db, { token, password: "password123" }, later(60_000)))).toMatchObject({
      fieldErrors: { password: [expect.any(String)] },
    });
    // The refused attempt rolled back: the link still works once.
    await resetPassword(t.db, { token, password: "a brand new password" }, later(60_000));
    expect(
      await errorOf(resetPassword(t.db, { token, password: "yet another new password" }, later(120_000))),
    ).toMatchObject({ code: "validation" });
    await expect(verifyCredentials(t.db, "reset@example.org", "a brand new password", null)).resolves.toMatchObject({
      id: user!.id,
    });
    expect(await errorOf(verifyCredentials(t.db, "reset@example.org", "the first password 1", null))).toMatchObject({
      code: "unauthenticated",
    });
    expect(await sessionIsLive(t.db, a.sessionId, user!.id, later(120_000))).toBe(false);
    expect(await sessionIsLive(t.db, b.sessionId, user!.id, later(120_000))).toBe(false);
    expect(
      await t.db.$count(
        emailOutbox,
        and(eq(emailOutbox.toAddress, "reset@example.org"), eq(emailOutbox.kind, "account.password_changed")),
      ),
    ).toBe(1);
    // Reset proves the mailbox, so it confirms the address too.
    expect((await userByEmail("reset@example.org"))?.emailVerifiedAt).not.toBeNull();
  });

  it("does not take a link of one purpose for another", async () => {
    const userId = await invited("purpose@example.org");
    const verify = await issueUserToken(t.db, userId, "verify_email", T0);
    expect(await errorOf(claimAccount(t.db, { token: verify, password: "a long good password" }, T0))).toMatchObject({
      code: "validation",
    });
    expect(await errorOf(resetPassword(t.db, { token: verify, password: "a long good password" }, T0))).toMatchObject({
      code: "validation",
    });
  });

  it("keeps a session only while its row holds: grant once, idle and absolute lifetimes, ended for good", async () => {
    await signUp(t.db, input("session@example.org"), T0);
    const user = await userByEmail("session@example.org");
    const { sessionId, grant } = await startSession(t.db, user!.id, { ip: "198.51.100.4", userAgent: "Vitest" }, T0);
    expect(await redeemSessionGrant(t.db, grant, later(5_000))).toEqual({ sessionId, userId: user!.id });
    expect(await redeemSessionGrant(t.db, grant, later(6_000))).toBeNull();
    const late = await startSession(t.db, user!.id, {}, T0);
    expect(await redeemSessionGrant(t.db, late.grant, later(61_000))).toBeNull();

    expect(await sessionIsLive(t.db, sessionId, user!.id, later(3600_000))).toBe(true);
    // Another user's id with this session id opens nothing.
    expect(await sessionIsLive(t.db, sessionId, late.sessionId, later(3600_000))).toBe(false);
    // Used an hour in, then idle for 12 hours and a minute: over the default idle lifetime.
    expect(await sessionIsLive(t.db, sessionId, user!.id, later(13 * 3600_000 + 60_000))).toBe(false);

    const busy = await startSession(t.db, user!.id, {}, T0);
    // Used every 11 hours (never idle for 12), it still ends 14 days after sign-in.
    for (let hours = 11; hours < 14 * 24; hours += 11)
      expect(await sessionIsLive(t.db, busy.sessionId, user!.id, later(hours * 3600_000))).toBe(true);
    expect(await sessionIsLive(t.db, busy.sessionId, user!.id, later(14 * 24 * 3600_000 + 1000))).toBe(false);

    const ended = await startSession(t.db, user!.id, {}, T0);
    await endSession(t.db, ended.sessionId, "sign_out", later(1000));
    expect(await sessionIsLive(t.db, ended.sessionId, user!.id, later(2000))).toBe(false);
  });

  it("changes a password only with the current one, ends every session and sends a notice", async () => {
    await signUp(t.db, input("change@example.org", "the current password"), T0);
    const user = await userByEmail("change@example.org");
    const actor = await actorOf(user!.id);
    const s = await startSession(t.db, user!.id, {}, now());
    const wrong = await errorOf(
      changePassword(t.db, actor, {
        current: "not it at all",
        password: "a good new password",
        confirm: "a good new password",
      }),
    );
    expect(wrong).toMatchObject({ code: "validation", fieldErrors: { current: [expect.any(String)] } });
    expect(await sessionIsLive(t.db, s.sessionId, user!.id)).toBe(true);
    await changePassword(t.db, actor, {
      current: "the current password",
      password: "a good new password",
      confirm: "a good new password",
    });
    expect(await sessionIsLive(t.db, s.sessionId, user!.id)).toBe(false);
    expect(
      await t.db.$count(
        emailOutbox,
        and(eq(emailOutbox.toAddress, "change@example.org"), eq(emailOutbox.kind, "account.password_changed")),
      ),
    ).toBe(1);
    await expect(verifyCredentials(t.db, "change@example.org", "a good new password", null)).resolves.toBeTruthy();
  });

  it("signs out everywhere", async () => {
    await signUp(t.db, input("everywhere@example.org"), T0);
    const user = await userByEmail("everywhere@example.org");
    const sessions = await Promise.all([1, 2, 3].map(() => startSession(t.db, user!.id, {})));
    expect(await signOutEverywhere(t.db, await actorOf(user!.id))).toEqual({ ended: 3 });
    for (const s of sessions) expect(await sessionIsLive(t.db, s.sessionId, user!.id)).toBe(false);
    const [row] = await t.db
      .select({ reason: userSessions.endReason })
      .from(userSessions)
      .where(eq(userSessions.id, sessions[0]!.sessionId));
    expect(row?.reason).toBe("signed_out_everywhere");
  });

  it("enrols in two-factor with a code computed by the library at a fixed time, refuses a replayed code, and takes each recovery code once", async () => {
    const [admin] = await t.db
      .insert(users)
      .values({
        email: "totp-admin@example.org",
        name: "TOTP Admin",
        passwordHash: await hashPassword("the admin password"),
        isAdmin: true,
      })
      .returning({ id: users.id });
    const actor = await actorOf(admin!.id);
    const { secret, uri } = await beginTwoFactorEnrolment(t.db, actor);
    expect(uri).toMatch(/^otpauth:\/\/totp\/Madang:totp-admin%40example\.org\?/);
    const epoch = (d: Date) => Math.floor(d.getTime() / 1000);
    expect(await errorOf(confirmTwoFactorEnrolment(t.db, actor, "000000", { now: T0 }))).toMatchObject({
      code: "validation",
    });
    const { recoveryCodes } = await confirmTwoFactorEnrolment(
      t.db,
      actor,
      await generate({ secret, epoch: epoch(T0) }),
      { now: T0 },
    );
    expect(recoveryCodes).toHaveLength(10);

    // The password alone is not enough any more.
    expect(
      await errorOf(
        verifyCredentials(t.db, "totp-admin@example.org", "the admin password", null, undefined, later(60_000)),
      ),
    ).toMatchObject({ fieldErrors: { code: [expect.any(String)] } });
    const at = later(5 * 60_000);
    const code = await generate({ secret, epoch: epoch(at) });
    await expect(
      verifyCredentials(t.db, "totp-admin@example.org", "the admin password", null, code, at),
    ).resolves.toMatchObject({ id: admin!.id, twoFactor: true });
    // The same code again, in the same 30 seconds: refused.
    expect(
      await errorOf(
        verifyCredentials(t.db, "totp-admin@example.org", "the admin password", null, code, later(5_000, at)),
      ),
    ).toMatchObject({ code: "unauthenticated" });
    // A code from an hour before: refused.
    expect(
      await errorOf(
        verifyCredentials(
          t.db,
          "totp-admin@example.org",
          "the admin password",
          null,
          await generate({ secret, epoch: epoch(at) - 3600 }),
          later(60_000, at),
        ),
      ),
    ).toMatchObject({ code: "unauthenticated" });

    const [recovery] = recoveryCodes;
    await expect(
      verifyCredentials(
        t.db,
        "totp-admin@example.org",
        "the admin password",
        null,
        recovery!.toUpperCase(),
        later(120_000, at),
      ),
    ).resolves.toMatchObject({ id: admin!.id });
    expect(
      await errorOf(
        verifyCredentials(t.db, "totp-admin@example.org", "the admin password", null, recovery!, later(180_000, at)),
      ),
    ).toMatchObject({ code: "unauthenticated" });
    const stored = await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from user_recovery_codes where user_id = ${admin!.id} and code_hash = ${recovery!}`,
    );
    expect(
      Number(
        (stored as unknown as { rows?: { n: number }[] }).rows?.[0]?.n ?? (stored as unknown as { n: number }[])[0]?.n,
      ),
    ).toBe(0);
  });

  it("withholds an administrator's powers until they enrol, when the office requires two-factor of staff", async () => {
    const [admin] = await t.db
      .insert(users)
      .values({
        email: "required-2fa@example.org",
        name: "Required Admin",
        passwordHash: await hashPassword("the admin password"),
        isAdmin: true,
      })
      .returning({ id: users.id });
    expect((await loadActor(t.db, admin!.id))?.isAdmin).toBe(true);
    vi.stubEnv("REQUIRE_STAFF_2FA", "true");
    try {
      const pending = await loadActor(t.db, admin!.id);
      expect(pending?.isAdmin).toBe(false);
      const { secret } = await beginTwoFactorEnrolment(t.db, pending);
      await confirmTwoFactorEnrolment(
        t.db,
        pending,
        await generate({ secret, epoch: Math.floor(T0.getTime() / 1000) }),
        { now: T0 },
      );
      expect((await loadActor(t.db, admin!.id))?.isAdmin).toBe(true);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("accepts the right password and refuses a wrong one or an unknown email with the same message", async () => {
    await signUp(t.db, input("sign-in@example.org"), T0);
    await expect(
      verifyCredentials(t.db, "sign-in@example.org", "correct horse battery", "10.0.0.1"),
    ).resolves.toMatchObject({ email: "sign-in@example.org" });
    const wrong = await errorOf(verifyCredentials(t.db, "sign-in@example.org", "nope", "10.0.0.1"));
    const unknown = await errorOf(verifyCredentials(t.db, "nobody@example.org", "nope", "10.0.0.1"));
    expect(wrong).toBeInstanceOf(DomainError);
    expect(wrong?.message).toBe(unknown?.message);
  });

  it("locks an account after repeated failures, even for the right password, and says for how long", async () => {
    await signUp(t.db, input("target@example.org"), T0);
    for (let i = 0; i < THROTTLE_LIMITS.email; i++)
      await errorOf(verifyCredentials(t.db, "target@example.org", `guess-${i}`, `10.1.0.${i}`));
    const locked = await errorOf(verifyCredentials(t.db, "target@example.org", "correct horse battery", "10.9.9.9"));
    expect(locked).toMatchObject({
      code: "rate_limited",
      message: expect.stringMatching(/Try again in (a minute|\d+ minutes)\./),
    });
  });

  it("locks an IP that sprays many accounts", async () => {
    for (let i = 0; i < THROTTLE_LIMITS.ip; i++)
      await errorOf(verifyCredentials(t.db, `spray-${i}@example.org`, "x", "192.0.2.7"));
    await signUp(t.db, input("innocent@example.org"), T0);
    expect(
      await errorOf(verifyCredentials(t.db, "innocent@example.org", "correct horse battery", "192.0.2.7")),
    ).toMatchObject({ code: "rate_limited" });
    await expect(
      verifyCredentials(t.db, "innocent@example.org", "correct horse battery", "192.0.2.8"),
    ).resolves.toBeTruthy();
  });
});

describe("sign-up and sign-in input", () => {
  it.each([
    [{}, ["name", "email", "password"]],
    [{ name: "", email: "", password: "" }, ["name", "email", "password"]],
    [{ name: 42, email: ["a"], password: null }, ["name", "email", "password"]],
    [
      { name: "x".repeat(121), email: `${"a".repeat(250)}@example.org`, password: "y".repeat(129) },
      ["name", "email", "password"],
    ],
    [
      { name: "<script>alert(1)</script>", email: "robert'); DROP TABLE users;--", password: "short" },
      ["name", "email", "password"],
    ],
  ])("gives a message for every bad field of %j", (raw, fields) => {
    const result = signUpSchema.safeParse(raw);
    expect(result.success).toBe(false);
    const bad = new Set(result.error?.issues.map((i) => String(i.path[0])));
    for (const field of fields) expect(bad.has(field), field).toBe(true);
  });

  it("normalises a valid email to lower case", () => {
    expect(signInSchema.parse({ email: "  Admin@Madang.TEST ", password: "x" }).email).toBe("admin@madang.test");
  });
});
