import { and, eq, gt, inArray, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { userTokens, type UserTokenPurpose } from "@/db/schema";
import { hashToken, newSecret } from "@/lib/signing";
import { now as clockNow } from "@/lib/time/clock";

/** How long each kind of emailed link works. */
export const TOKEN_LIFETIME_MS: Record<UserTokenPurpose, number> = {
  verify_email: 48 * 3600_000,
  reset_password: 3600_000,
  claim_account: 30 * 24 * 3600_000,
};

/** SHA-256 is enough here: a token is 256 random bits, so there is nothing to guess or stretch. */

/**
 * Issues single-use links for many users at once (an import invites hundreds) and returns the raw
 * tokens in the same order; only their hashes are stored. A new reset link voids the earlier ones
 * (only the newest can change the password); invitation and confirmation links stay valid side by
 * side, so that a stranger asking for another one cannot void the one the owner already holds.
 */
export async function issueUserTokens(
  tx: Executor,
  userIds: string[],
  purpose: UserTokenPurpose,
  now = clockNow(),
): Promise<string[]> {
  if (userIds.length === 0) return [];
  if (purpose === "reset_password") {
    await voidUserTokens(tx, userIds, [purpose], now);
  }
  const tokens = userIds.map(() => newSecret());
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]);
  await tx
    .insert(userTokens)
    .values(
      userIds.map((userId, i) => ({ userId, purpose, tokenHash: hashToken(tokens[i]!), expiresAt, createdAt: now })),
    );
  return tokens;
}

/** Voids every unused link of these purposes (after a password is set, older claim and reset links must not set another). */
export async function voidUserTokens(
  tx: Executor,
  userIds: string[],
  purposes: UserTokenPurpose[],
  now = clockNow(),
): Promise<void> {
  await tx
    .update(userTokens)
    .set({ usedAt: now })
    .where(and(inArray(userTokens.userId, userIds), inArray(userTokens.purpose, purposes), isNull(userTokens.usedAt)));
}

export async function issueUserToken(
  tx: Executor,
  userId: string,
  purpose: UserTokenPurpose,
  now = clockNow(),
): Promise<string> {
  const [token] = await issueUserTokens(tx, [userId], purpose, now);
  return token!;
}

/**
 * Uses a link once: marks it used in the same statement that finds it, so two clicks at once cannot
 * both succeed. Null when it is unknown, expired, used, or of another purpose.
 */
export async function consumeUserToken(
  tx: Executor,
  token: string,
  purposes: UserTokenPurpose[],
  now = clockNow(),
): Promise<{ userId: string; purpose: UserTokenPurpose } | null> {
  const [row] = await tx
    .update(userTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(userTokens.tokenHash, hashToken(token)),
        inArray(userTokens.purpose, purposes),
        isNull(userTokens.usedAt),
        gt(userTokens.expiresAt, now),
      ),
    )
    .returning({ userId: userTokens.userId, purpose: userTokens.purpose });
  return row ?? null;
}
