import { randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { generateSecret, generateURI, verify } from "otplib";
import type { Executor } from "@/db/client";
import { userRecoveryCodes, users } from "@/db/schema";
import { hashToken } from "@/lib/signing";
import { now as clockNow } from "@/lib/time/clock";

const RECOVERY_CODE_COUNT = 10;
/** A code from the step before or after the current one is accepted, for clocks a little apart. */
const TOLERANCE_SECONDS = 30;
const ISSUER = "Madang";

/** A fresh base32 secret (160 bits, as RFC 4226 recommends) and the otpauth:// URI an authenticator app reads. */
export function newTotpSecret(label: string): { secret: string; uri: string } {
  const secret = generateSecret();
  return { secret, uri: generateURI({ issuer: ISSUER, label, secret }) };
}

/**
 * Checks a six-digit code against a secret at a given time. Returns the time step it matched, so the
 * caller can refuse the same step again (afterTimeStep), or null.
 */
export async function checkTotp(
  secret: string,
  code: string,
  options: { now?: Date; afterStep?: number | null } = {},
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const epoch = Math.floor((options.now ?? clockNow()).getTime() / 1000);
  const result = await verify({
    secret,
    token: code,
    epoch,
    epochTolerance: TOLERANCE_SECONDS,
    ...(options.afterStep != null ? { afterTimeStep: options.afterStep } : {}),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

/** Recovery codes look like "k3f9-2hq7-x8mb": easy to read out, 60 bits each. */
function newRecoveryCode(): string {
  const alphabet = "23456789abcdefghjkmnpqrstuvwxyz";
  const bytes = randomBytes(12);
  const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

const normaliseRecoveryCode = (code: string) => code.trim().toLowerCase().replace(/[\s-]/g, "");

/** Replaces a user's recovery codes with fresh ones; returns them once, stores only their hashes. */
export async function replaceRecoveryCodes(tx: Executor, userId: string, now = clockNow()): Promise<string[]> {
  await tx.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, userId));
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await tx
    .insert(userRecoveryCodes)
    .values(codes.map((code) => ({ userId, codeHash: hashToken(normaliseRecoveryCode(code)), createdAt: now })));
  return codes;
}

/** Uses a recovery code once; true when it was one of the user's unused codes. */
async function redeemRecoveryCode(tx: Executor, userId: string, code: string, now = clockNow()): Promise<boolean> {
  const used = await tx
    .update(userRecoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(userRecoveryCodes.userId, userId),
        eq(userRecoveryCodes.codeHash, hashToken(normaliseRecoveryCode(code))),
        isNull(userRecoveryCodes.usedAt),
      ),
    )
    .returning({ id: userRecoveryCodes.id });
  return used.length === 1;
}

/**
 * The second step of a sign-in for a user with two-factor on: a current code from the app (each time
 * step accepted once) or an unused recovery code. False when neither.
 */
export async function verifySecondFactor(
  tx: Executor,
  userId: string,
  code: string,
  now = clockNow(),
): Promise<boolean> {
  const [user] = await tx
    .select({ secret: users.totpSecret, enabledAt: users.totpEnabledAt, lastStep: users.totpLastStep })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user?.secret || !user.enabledAt) return false;
  const compact = code.replace(/\s/g, "");
  if (/^\d{6}$/.test(compact)) {
    const step = await checkTotp(user.secret, compact, { now, afterStep: user.lastStep });
    if (step === null) return false;
    // Conditional on the step, so two requests with the same code cannot both pass.
    const [accepted] = await tx
      .update(users)
      .set({ totpLastStep: step })
      .where(
        and(
          eq(users.id, userId),
          user.lastStep == null ? isNull(users.totpLastStep) : eq(users.totpLastStep, user.lastStep),
        ),
      )
      .returning({ id: users.id });
    return Boolean(accepted);
  }
  return redeemRecoveryCode(tx, userId, compact, now);
}
