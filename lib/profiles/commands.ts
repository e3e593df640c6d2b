import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database } from "@/db/client";
import { profiles, users } from "@/db/schema";
import { changedFields, writeAudit } from "@/lib/audit/commands";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, forbidden } from "@/lib/errors";
import { parseLanguages, type profileSchema } from "./schemas";
import { now } from "@/lib/time/clock";

/**
 * Saves the actor's own profile, reused by every call they apply to. Guarded by version so a second
 * tab cannot silently undo the first. Past applications keep their snapshot and do not change.
 */
export async function updateProfile(db: Database, actor: Actor | null, input: z.output<typeof profileSchema>) {
  if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
  if (!can(actor, "account.updateProfile")) throw forbidden();
  const values = {
    givenName: input.givenName || null,
    familyName: input.familyName || null,
    gender: input.gender,
    genderOther: input.gender === "another" ? input.genderOther?.trim() || null : null,
    nationality: input.nationality,
    residence: input.residence,
    organisation: input.organisation,
    position: input.position || null,
    field: input.field,
    languages: parseLanguages(input.languages),
    yearsExperience: input.yearsExperience === "" ? null : input.yearsExperience,
  };
  return db.transaction(async (tx) => {
    // Accounts made before profiles existed (or by an import) may have no row yet: version 1 creates it.
    await tx.insert(profiles).values({ userId: actor.userId }).onConflictDoNothing();
    const [old] = await tx
      .select({ profile: profiles, name: users.name })
      .from(profiles)
      .innerJoin(users, eq(users.id, profiles.userId))
      .where(eq(profiles.userId, actor.userId));
    const [row] = await tx
      .update(profiles)
      .set({ ...values, version: sql`${profiles.version} + 1`, updatedAt: now() })
      .where(and(eq(profiles.userId, actor.userId), eq(profiles.version, input.version)))
      .returning({ version: profiles.version });
    if (!row)
      throw new DomainError(
        "stale",
        "Your profile was changed in another tab since you opened it. Reload the page to see it, then make your change again.",
      );
    await tx.update(users).set({ name: input.name, updatedAt: now() }).where(eq(users.id, actor.userId));
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "profile.update",
      entityType: "user",
      entityId: actor.userId,
      // Only what changed, so the log reads as a change (the phone number is not on this form).
      ...changedFields({ name: old?.name, ...pick(old?.profile, values) }, { name: input.name, ...values }),
    });
    return { version: row.version };
  });
}

function pick(row: Record<string, unknown> | undefined, like: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(like).map((key) => [key, row?.[key] ?? null]));
}
