import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database, Executor } from "@/db/client";
import { countryGroups } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, forbidden, isUniqueViolation, notFound, stale } from "@/lib/errors";
import type { CustomCountryGroup } from "./group-refs";
import type { createCountryGroupSchema, deleteCountryGroupSchema, updateCountryGroupSchema } from "./schemas";
import { now } from "@/lib/time/clock";

/*
 * The office's own country groups: reads and the three commands. Groups are office-wide, so the
 * permission is checked without a programme scope (programme staff who manage calls may keep them).
 */

/** Every group, by name, for the admin page and for rule and eligibility pickers. */
export async function listCountryGroups(db: Executor): Promise<(CustomCountryGroup & { version: number })[]> {
  return db
    .select({
      id: countryGroups.id,
      name: countryGroups.name,
      countries: countryGroups.countries,
      version: countryGroups.version,
    })
    .from(countryGroups)
    .orderBy(asc(countryGroups.name));
}

/**
 * The office groups among some group references ("custom:<id>"), for eligibility and meters. Reads nothing when
 * no reference is an office group, so calls with built-in groups only cost no query.
 */
export async function customGroupsFor(db: Executor, refs: readonly string[]): Promise<CustomCountryGroup[]> {
  const ids = refs.filter((ref) => /^custom:[0-9a-f-]{36}$/i.test(ref)).map((ref) => ref.slice("custom:".length));
  if (!ids.length) return [];
  return db
    .select({ id: countryGroups.id, name: countryGroups.name, countries: countryGroups.countries })
    .from(countryGroups)
    .where(inArray(countryGroups.id, ids));
}

function allowed(actor: Actor | null): Actor {
  if (!can(actor, "call.manage")) throw forbidden();
  return actor!;
}

const duplicate = () =>
  new DomainError("conflict", "A group with this name already exists.", {
    name: ["A group with this name already exists."],
  });

export async function createCountryGroup(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof createCountryGroupSchema>,
) {
  const who = allowed(actor);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(countryGroups)
        .values({ name: input.name, countries: input.countries, createdBy: who.userId })
        .returning({ id: countryGroups.id });
      await writeAudit(tx, {
        actorId: who.userId,
        action: "countryGroup.create",
        entityType: "country_group",
        entityId: row!.id,
        data: { name: input.name, countries: input.countries },
      });
      return { id: row!.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
}

export async function updateCountryGroup(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof updateCountryGroupSchema>,
) {
  const who = allowed(actor);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .update(countryGroups)
        .set({
          name: input.name,
          countries: input.countries,
          version: sql`${countryGroups.version} + 1`,
          updatedAt: now(),
        })
        .where(and(eq(countryGroups.id, input.id), eq(countryGroups.version, input.version)))
        .returning({ id: countryGroups.id, version: countryGroups.version });
      if (!row) {
        const [exists] = await tx
          .select({ id: countryGroups.id })
          .from(countryGroups)
          .where(eq(countryGroups.id, input.id));
        throw exists
          ? stale("Someone else changed this group since you opened it. Reload and try again.")
          : notFound("That group no longer exists.");
      }
      await writeAudit(tx, {
        actorId: who.userId,
        action: "countryGroup.update",
        entityType: "country_group",
        entityId: row.id,
        data: { name: input.name, countries: input.countries },
      });
      return { id: row.id, version: row.version };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
}

/** Deleting a group leaves rules that name it readable: a stored rule keeps its label and countries. */
export async function deleteCountryGroup(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof deleteCountryGroupSchema>,
) {
  const who = allowed(actor);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .delete(countryGroups)
      .where(eq(countryGroups.id, input.id))
      .returning({ id: countryGroups.id, name: countryGroups.name });
    if (!row) throw notFound("That group no longer exists.");
    await writeAudit(tx, {
      actorId: who.userId,
      action: "countryGroup.delete",
      entityType: "country_group",
      entityId: row.id,
      data: { name: row.name },
    });
    return { id: row.id };
  });
}
