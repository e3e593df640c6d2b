import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database, Executor } from "@/db/client";
import { alumniProfileUpdates, alumniProfiles } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { forbidden, stale } from "@/lib/errors";
import type { alumniProfileSchema, expertOptInSchema } from "./schemas";
import { now } from "@/lib/time/clock";

/** An alumnus completed before their profile existed gets an empty one (every field staff only). */
async function ensureProfile(tx: Executor, userId: string) {
  await tx.insert(alumniProfiles).values({ userId }).onConflictDoNothing();
}

const STALE =
  "Your profile was changed elsewhere since you opened this page. Reload to see the changes, then try again.";

/** The owner's profile and per-field visibility; a change of position, organisation or country is kept as history. */
export async function updateAlumniProfile(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof alumniProfileSchema>,
): Promise<{ version: number }> {
  if (!actor || !can(actor, "alumni.editProfile")) throw forbidden("Only alumni keep a network profile.");
  const userId = actor.userId;
  return db.transaction(async (tx) => {
    await ensureProfile(tx, userId);
    const [before] = await tx
      .select({
        position: alumniProfiles.currentPosition,
        organisation: alumniProfiles.currentOrganisation,
        country: alumniProfiles.country,
      })
      .from(alumniProfiles)
      .where(eq(alumniProfiles.userId, userId))
      .for("update");
    const [updated] = await tx
      .update(alumniProfiles)
      .set({
        bio: input.bio,
        currentPosition: input.currentPosition,
        currentOrganisation: input.currentOrganisation,
        country: input.country,
        fields: input.fields,
        languages: input.languages,
        links: input.links,
        contactEmail: input.contactEmail,
        visibility: input.visibility,
        digestOptIn: input.digestOptIn,
        version: sql`${alumniProfiles.version} + 1`,
        updatedAt: now(),
      })
      .where(and(eq(alumniProfiles.userId, userId), eq(alumniProfiles.version, input.version)))
      .returning({ version: alumniProfiles.version });
    if (!updated) throw stale(STALE);
    const moved =
      !before ||
      before.position !== input.currentPosition ||
      before.organisation !== input.currentOrganisation ||
      before.country !== input.country;
    if (moved && (input.currentPosition || input.currentOrganisation || input.country)) {
      await tx.insert(alumniProfileUpdates).values({
        userId,
        position: input.currentPosition,
        organisation: input.currentOrganisation,
        country: input.country,
      });
    }
    await writeAudit(tx, {
      actorId: userId,
      action: "alumni.updateProfile",
      entityType: "alumni_profile",
      entityId: userId,
      data: { visibility: input.visibility, moved },
    });
    return { version: updated.version };
  });
}

/** Opting in (or out) of the expert roster; "public" only means something for an expert. */
export async function updateExpertOptIn(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof expertOptInSchema>,
): Promise<{ isExpert: boolean }> {
  if (!actor || !can(actor, "alumni.editProfile")) throw forbidden("Only alumni can join the expert roster.");
  const userId = actor.userId;
  return db.transaction(async (tx) => {
    await ensureProfile(tx, userId);
    await tx
      .update(alumniProfiles)
      .set({
        isExpert: input.isExpert,
        expertAreas: input.isExpert ? input.expertAreas : [],
        expertAvailability: input.isExpert ? input.expertAvailability : null,
        isExpertPublic: input.isExpert && input.isExpertPublic,
        updatedAt: now(),
      })
      .where(eq(alumniProfiles.userId, userId));
    await writeAudit(tx, {
      actorId: userId,
      action: "alumni.updateExpertOptIn",
      entityType: "alumni_profile",
      entityId: userId,
      data: { isExpert: input.isExpert, isExpertPublic: input.isExpert && input.isExpertPublic },
    });
    return { isExpert: input.isExpert };
  });
}

/** Sets or clears the stored photo's key (the upload route has checked the file). */
export async function setAlumniPhoto(db: Database, actor: Actor | null, photoKey: string | null): Promise<void> {
  if (!actor || !can(actor, "alumni.editProfile")) throw forbidden("Only alumni keep a network profile.");
  const userId = actor.userId;
  await db.transaction(async (tx) => {
    await ensureProfile(tx, userId);
    await tx.update(alumniProfiles).set({ photoKey, updatedAt: now() }).where(eq(alumniProfiles.userId, userId));
    await writeAudit(tx, {
      actorId: userId,
      action: photoKey ? "alumni.setPhoto" : "alumni.removePhoto",
      entityType: "alumni_profile",
      entityId: userId,
    });
  });
}
