import { and, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { profiles, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { clearFailures, lockedUntil, recordFailure } from "@/lib/auth/throttle";
import { dummyPasswordHash, hashPassword, verifyPassword } from "@/lib/auth/password";
import { DomainError, isUniqueViolation } from "@/lib/errors";
import type { z } from "zod";
import type { signUpSchema } from "./schemas";
import { now as clockNow } from "@/lib/time/clock";

/** Creates an applicant account and its empty profile in one transaction. */
export async function signUp(db: Database, input: z.output<typeof signUpSchema>): Promise<{ userId: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      // A nominee invited by a focal point (or imported) has an account with no password yet: signing
      // up with that email claims it, so the nominee finds the application made for them.
      const [invited] = await tx
        .update(users)
        .set({ passwordHash, name: input.name, updatedAt: clockNow() })
        .where(and(eq(sql`lower(${users.email})`, input.email.toLowerCase()), isNull(users.passwordHash)))
        .returning({ id: users.id });
      if (invited) {
        await tx.insert(profiles).values({ userId: invited.id }).onConflictDoNothing();
        await writeAudit(tx, { actorId: invited.id, action: "user.claimInvitedAccount", entityType: "user", entityId: invited.id });
        return { userId: invited.id };
      }
      const [user] = await tx.insert(users).values({ email: input.email, name: input.name, passwordHash }).returning({ id: users.id });
      if (!user) throw new Error("insert returned no row");
      await tx.insert(profiles).values({ userId: user.id });
      await writeAudit(tx, { actorId: user.id, action: "user.signUp", entityType: "user", entityId: user.id });
      return { userId: user.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError("conflict", "An account with this email already exists.", {
        email: ["An account with this email already exists. Sign in instead, or use another address."],
      });
    }
    throw error;
  }
}

export type VerifiedUser = { id: string; email: string; name: string; isAdmin: boolean };

/**
 * Checks an email and password with per-account and per-IP throttling. Unknown emails cost the same
 * time as wrong passwords, and both get the same message.
 */
export async function verifyCredentials(db: Database, email: string, password: string, ip: string | null): Promise<VerifiedUser> {
  const keys = [{ kind: "email" as const, value: email }, ...(ip ? [{ kind: "ip" as const, value: ip }] : [])];
  const until = await lockedUntil(db, keys);
  if (until) {
    const minutes = Math.max(1, Math.ceil((until.getTime() - clockNow().getTime()) / 60000));
    throw new DomainError("rate_limited", `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, isAdmin: users.isAdmin, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .limit(1);
  const ok = user ? await verifyPassword(user.passwordHash, password) : (await verifyPassword(await dummyPasswordHash(), password), false);
  if (!user || !ok) {
    await recordFailure(db, keys);
    throw new DomainError("unauthenticated", "The email or password is not right.", { password: ["The email or password is not right."] });
  }
  await clearFailures(db, email);
  return { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin };
}
