import { eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database } from "@/db/client";
import { profiles, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { clearFailures, lockedUntil, recordFailure, type ThrottleKey } from "@/lib/auth/throttle";
import { dummyPasswordHash, hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, isUniqueViolation } from "@/lib/errors";
import { enqueueEmails } from "@/lib/mail/outbox";
import {
  claimMessage,
  passwordChangedMessage,
  resetPasswordMessage,
  signUpAttemptMessage,
  twoFactorChangedMessage,
  verifyEmailMessage,
} from "./emails";
import { passwordProblem } from "./password-policy";
import type { changePasswordSchema, signUpSchema } from "./schemas";
import { endAllSessions } from "@/lib/auth/sessions";
import { consumeUserToken, issueUserToken, voidUserTokens } from "./tokens";
import { newTotpSecret, checkTotp, replaceRecoveryCodes, verifySecondFactor } from "./two-factor";
import { now as clockNow } from "@/lib/time/clock";

const byEmail = (email: string) => eq(sql`lower(${users.email})`, email.toLowerCase());

function refuseWeak(password: string, personal: string[], field = "password"): void {
  const problem = passwordProblem(password, personal);
  if (problem) throw new DomainError("validation", problem, { [field]: [problem] });
}

/**
 * Sign-up never writes to an account that exists, and answers the same whether one does or not.
 * A new address gets an account (unverified) and a confirmation link. A known address gets an email
 * instead: a note to the owner, or, for an invited or imported person who has no password yet, a
 * fresh link to claim it. Only the mailbox's owner can act on either.
 */
export async function signUp(db: Database, input: z.output<typeof signUpSchema>, now = clockNow()): Promise<void> {
  refuseWeak(input.password, [input.name, input.email]);
  // Hashed before looking, so a known address costs the same time as a new one.
  const passwordHash = await hashPassword(input.password);
  try {
    await db.transaction(async (tx) => {
      const [existing] = await tx
        .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash })
        .from(users)
        .where(byEmail(input.email))
        .limit(1);
      if (existing) {
        const to = { email: existing.email, userId: existing.id, name: existing.name };
        if (existing.passwordHash) {
          await enqueueEmails(tx, [signUpAttemptMessage(to)]);
        } else {
          const token = await issueUserToken(tx, existing.id, "claim_account", now);
          await enqueueEmails(tx, [
            claimMessage(
              to,
              token,
              "Someone (perhaps you) tried to create a Madang account with this address. An account is already waiting for you here.",
            ),
          ]);
        }
        await writeAudit(tx, {
          actorId: null,
          action: "user.signUpWithKnownAddress",
          entityType: "user",
          entityId: existing.id,
        });
        return;
      }
      const [user] = await tx
        .insert(users)
        .values({
          email: input.email,
          name: input.name,
          passwordHash,
          locale: input.locale ?? null,
          emailVerifiedAt: null,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: users.id, email: users.email, name: users.name });
      await tx.insert(profiles).values({ userId: user!.id });
      const token = await issueUserToken(tx, user!.id, "verify_email", now);
      await enqueueEmails(tx, [verifyEmailMessage({ email: user!.email, userId: user!.id, name: user!.name }, token)]);
      await writeAudit(tx, { actorId: user!.id, action: "user.signUp", entityType: "user", entityId: user!.id });
    });
  } catch (error) {
    // Two sign-ups for one new address at once: the second is the "known address" case, answered alike.
    if (isUniqueViolation(error)) return;
    throw error;
  }
}

/** Confirms an address from its link; the link works once. */
export async function verifyEmail(db: Database, token: string, now = clockNow()): Promise<{ email: string }> {
  return db.transaction(async (tx) => {
    const used = await consumeUserToken(tx, token, ["verify_email"], now);
    if (!used)
      throw new DomainError(
        "validation",
        "This confirmation link has expired or was already used. Sign in and ask for a new one from My space.",
      );
    const [user] = await tx
      .update(users)
      .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${now.toISOString()}::timestamptz)` })
      .where(eq(users.id, used.userId))
      .returning({ email: users.email });
    await writeAudit(tx, {
      actorId: used.userId,
      action: "user.verifyEmail",
      entityType: "user",
      entityId: used.userId,
    });
    return { email: user!.email };
  });
}

/** Sends a new confirmation link to the signed-in person, if their address is not confirmed yet. */
export async function resendVerification(
  db: Database,
  actor: Actor | null,
  now = clockNow(),
): Promise<{ sent: boolean }> {
  if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ verifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, actor.userId));
    if (user?.verifiedAt) return { sent: false };
    const token = await issueUserToken(tx, actor.userId, "verify_email", now);
    await enqueueEmails(tx, [
      verifyEmailMessage({ email: actor.email, userId: actor.userId, name: actor.name }, token),
    ]);
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "user.resendVerification",
      entityType: "user",
      entityId: actor.userId,
    });
    return { sent: true };
  });
}

/** Emails a reset link when the address has an account; answers the same when it has none. */
export async function requestPasswordReset(db: Database, email: string, now = clockNow()): Promise<void> {
  await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, email: users.email, name: users.name })
      .from(users)
      .where(byEmail(email))
      .limit(1);
    if (!user) return;
    const token = await issueUserToken(tx, user.id, "reset_password", now);
    await enqueueEmails(tx, [resetPasswordMessage({ email: user.email, userId: user.id, name: user.name }, token)]);
    await writeAudit(tx, { actorId: null, action: "user.requestPasswordReset", entityType: "user", entityId: user.id });
  });
}

type PasswordFromLink = { token: string; password: string };

/**
 * Sets a password from an emailed link (a reset, or an invited person's claim). The link proves the
 * mailbox, so it also confirms the address; every session of the account ends, including a taker's.
 */
async function setPasswordFromLink(
  db: Database,
  input: PasswordFromLink,
  purpose: "reset_password" | "claim_account",
  now: Date,
) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const used = await consumeUserToken(tx, input.token, [purpose], now);
    if (!used) {
      throw new DomainError(
        "validation",
        purpose === "claim_account"
          ? "This invitation link has expired or was already used. Ask the programme office for a new one, or use “Forgot your password?” on the sign-in page."
          : "This reset link has expired or was already used. Ask for a new one.",
      );
    }
    const [user] = await tx
      .select({ name: users.name, email: users.email })
      .from(users)
      .where(eq(users.id, used.userId));
    const problem = passwordProblem(input.password, [user!.name, user!.email]);
    if (problem) throw new DomainError("validation", problem, { password: [problem] });
    const [updated] = await tx
      .update(users)
      .set({ passwordHash, emailVerifiedAt: now, updatedAt: now })
      .where(eq(users.id, used.userId))
      .returning({ id: users.id, email: users.email, name: users.name, totpEnabledAt: users.totpEnabledAt });
    await voidUserTokens(tx, [used.userId], ["claim_account", "reset_password"], now);
    await endAllSessions(tx, used.userId, purpose === "claim_account" ? "claimed" : "password_reset", { now });
    if (purpose === "reset_password")
      await enqueueEmails(tx, [
        passwordChangedMessage({ email: updated!.email, userId: updated!.id, name: updated!.name }, "reset"),
      ]);
    await writeAudit(tx, {
      actorId: used.userId,
      action: purpose === "claim_account" ? "user.claimAccount" : "user.resetPassword",
      entityType: "user",
      entityId: used.userId,
    });
    return { userId: updated!.id, email: updated!.email, twoFactor: Boolean(updated!.totpEnabledAt) };
  });
}

export function resetPassword(db: Database, input: PasswordFromLink, now = clockNow()) {
  return setPasswordFromLink(db, input, "reset_password", now);
}

/** An invited (nominated) or imported person sets their first password from their own link. */
export function claimAccount(db: Database, input: PasswordFromLink, now = clockNow()) {
  return setPasswordFromLink(db, input, "claim_account", now);
}

/** Changes one's password with the current one; ends every session (the caller starts a fresh one). */
export async function changePassword(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof changePasswordSchema>,
  now = clockNow(),
): Promise<void> {
  if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.userId));
  if (!(await verifyPassword(user?.passwordHash ?? null, input.current))) {
    throw new DomainError("validation", "Your current password is not right.", {
      current: ["Your current password is not right."],
    });
  }
  refuseWeak(input.password, [actor.name, actor.email]);
  if (input.password === input.current)
    throw new DomainError("validation", "Choose a password other than the current one.", {
      password: ["Choose a password other than the current one."],
    });
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, actor.userId));
    await endAllSessions(tx, actor.userId, "password_changed", { now });
    await enqueueEmails(tx, [
      passwordChangedMessage({ email: actor.email, userId: actor.userId, name: actor.name }, "changed"),
    ]);
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "user.changePassword",
      entityType: "user",
      entityId: actor.userId,
    });
  });
}

/** Ends every session of the signed-in person, this one included. */
export async function signOutEverywhere(
  db: Database,
  actor: Actor | null,
  now = clockNow(),
): Promise<{ ended: number }> {
  if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
  return db.transaction(async (tx) => {
    const ended = await endAllSessions(tx, actor.userId, "signed_out_everywhere", { now });
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "user.signOutEverywhere",
      entityType: "user",
      entityId: actor.userId,
      data: { ended },
    });
    return { ended };
  });
}

/** Step one of enrolling in two-factor: a new secret, kept unconfirmed until a code proves the app has it. */
export async function beginTwoFactorEnrolment(
  db: Database,
  actor: Actor | null,
): Promise<{ secret: string; uri: string }> {
  if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ enabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, actor.userId));
    if (user?.enabledAt) throw new DomainError("conflict", "Two-factor sign-in is already on.");
    const fresh = newTotpSecret(actor.email);
    await tx.update(users).set({ totpSecret: fresh.secret, totpLastStep: null }).where(eq(users.id, actor.userId));
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "user.beginTwoFactor",
      entityType: "user",
      entityId: actor.userId,
    });
    return fresh;
  });
}

/**
 * Step two: a code from the app turns two-factor on and returns the recovery codes, shown once.
 * Sessions already open stay open (the person can end them with "sign out everywhere"); every later
 * sign-in asks for the code.
 */
export async function confirmTwoFactorEnrolment(
  db: Database,
  actor: Actor | null,
  code: string,
  options: { now?: Date } = {},
): Promise<{ recoveryCodes: string[] }> {
  if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
  const now = options.now ?? clockNow();
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({ secret: users.totpSecret, enabledAt: users.totpEnabledAt })
      .from(users)
      .where(eq(users.id, actor.userId));
    if (user?.enabledAt) throw new DomainError("conflict", "Two-factor sign-in is already on.");
    if (!user?.secret) throw new DomainError("conflict", "Start again: open the two-factor page to get a new secret.");
    const step = await checkTotp(user.secret, code, { now });
    if (step === null)
      throw new DomainError(
        "validation",
        "That code is not right. Check the time on your phone and enter the code shown now.",
        { code: ["That code is not right."] },
      );
    await tx.update(users).set({ totpEnabledAt: now, totpLastStep: step }).where(eq(users.id, actor.userId));
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.userId, now);
    await enqueueEmails(tx, [
      twoFactorChangedMessage({ email: actor.email, userId: actor.userId, name: actor.name }, true),
    ]);
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "user.enableTwoFactor",
      entityType: "user",
      entityId: actor.userId,
    });
    return { recoveryCodes };
  });
}

/** Turns two-factor off with the current password; refused while the office requires it of this person. */
export async function disableTwoFactor(
  db: Database,
  actor: Actor | null,
  input: { current: string },
  options: { required: boolean; now?: Date },
): Promise<void> {
  if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
  if (options.required) throw new DomainError("forbidden", "Staff accounts must keep two-factor sign-in on.");
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.userId));
  if (!(await verifyPassword(user?.passwordHash ?? null, input.current))) {
    throw new DomainError("validation", "Your current password is not right.", {
      current: ["Your current password is not right."],
    });
  }
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null })
      .where(eq(users.id, actor.userId));
    await replaceRecoveryCodes(tx, actor.userId, options.now);
    await enqueueEmails(tx, [
      twoFactorChangedMessage({ email: actor.email, userId: actor.userId, name: actor.name }, false),
    ]);
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "user.disableTwoFactor",
      entityType: "user",
      entityId: actor.userId,
    });
  });
}

export type VerifiedUser = { id: string; email: string; name: string; isAdmin: boolean; twoFactor: boolean };

/**
 * Checks an email and password (and, for an account with two-factor on, the code) with per-account and
 * per-IP throttling. Unknown emails cost the same time as wrong passwords, and both get the same
 * message. A wrong second factor counts as a failure too, and the account's count is cleared only
 * when every step passed, so knowing the password does not buy unlimited code guesses.
 */
export async function verifyCredentials(
  db: Database,
  email: string,
  password: string,
  ip: string | null,
  code?: string,
  now = clockNow(),
): Promise<VerifiedUser> {
  const keys: ThrottleKey[] = [{ kind: "email", value: email }, ...(ip ? [{ kind: "ip" as const, value: ip }] : [])];
  const until = await lockedUntil(db, keys);
  if (until) {
    const minutes = Math.max(1, Math.ceil((until.getTime() - clockNow().getTime()) / 60000));
    throw new DomainError(
      "rate_limited",
      minutes === 1
        ? "Too many failed sign-ins. Try again in a minute."
        : `Too many failed sign-ins. Try again in ${minutes} minutes.`,
    );
  }
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      isAdmin: users.isAdmin,
      passwordHash: users.passwordHash,
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(users)
    .where(byEmail(email))
    .limit(1);
  const ok = user
    ? await verifyPassword(user.passwordHash, password)
    : (await verifyPassword(await dummyPasswordHash(), password), false);
  if (!user || !ok) {
    await recordFailure(db, keys);
    // A wrong password for a real account is on that account's history (an unknown address has none).
    if (user)
      await writeAudit(db, {
        actorId: null,
        action: "user.signInFailed",
        entityType: "user",
        entityId: user.id,
        data: { ip },
      });
    throw new DomainError("unauthenticated", "The email or password is not right.", {
      password: ["The email or password is not right."],
    });
  }
  if (user.totpEnabledAt) {
    if (!code)
      throw new DomainError("unauthenticated", "Enter the code from your authenticator app.", {
        code: ["Enter the code from your authenticator app, or a recovery code."],
      });
    const passed = await db.transaction((tx) => verifySecondFactor(tx, user.id, code, now));
    if (!passed) {
      await recordFailure(db, keys);
      throw new DomainError("unauthenticated", "That code is not right.", {
        code: ["That code is not right. Enter the code your app shows now, or an unused recovery code."],
      });
    }
  }
  await clearFailures(db, email);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isAdmin: user.isAdmin,
    twoFactor: Boolean(user.totpEnabledAt),
  };
}
