import { inArray, sql } from "drizzle-orm";
import { profiles, users } from "../schema";
import { chunk, inBatches, type Tx } from "./batch";
import { seedUuid } from "./ids";
import type { PersonSeed } from "./persons";

/**
 * Writes accounts and profiles for `people` and returns each email's user id. An address that already
 * has an account keeps it (and its password and profile): the seed never overwrites a person.
 */
export async function upsertPeople(
  tx: Tx,
  people: readonly PersonSeed[],
  passwordHash: string,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const emails = people.map((p) => p.email.toLowerCase());
  for (const part of chunk(emails, 500)) {
    const found = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(inArray(sql`lower(${users.email})`, part));
    for (const row of found) ids.set(row.email.toLowerCase(), row.id);
  }

  const fresh = people.filter((p) => !ids.has(p.email.toLowerCase()));
  for (const person of fresh) ids.set(person.email.toLowerCase(), seedUuid(`user:${person.email.toLowerCase()}`));

  await inBatches(fresh, (part) =>
    tx
      .insert(users)
      .values(
        part.map((p) => ({
          id: ids.get(p.email.toLowerCase()) as string,
          email: p.email.toLowerCase(),
          name: p.name,
          passwordHash,
          isAdmin: p.isAdmin ?? false,
          // Seeded people are confirmed (demo accounts sign in and submit at once); none has two-factor.
          emailVerifiedAt: p.createdAt,
          createdAt: p.createdAt,
          updatedAt: p.createdAt,
        })),
      )
      .onConflictDoNothing(),
  );

  await inBatches(people, (part) =>
    tx
      .insert(profiles)
      .values(
        part.map((p) => ({
          userId: ids.get(p.email.toLowerCase()) as string,
          givenName: p.givenName,
          familyName: p.familyName,
          gender: p.gender,
          genderOther: p.genderOther,
          nationality: p.nationality,
          residence: p.residence,
          organisation: p.organisation,
          position: p.position,
          field: p.field,
          languages: p.languages,
          yearsExperience: p.yearsExperience,
          phone: p.phone ?? null,
          updatedAt: p.createdAt,
        })),
      )
      .onConflictDoNothing(),
  );
  return ids;
}

export function userId(ids: ReadonlyMap<string, string>, email: string): string {
  const id = ids.get(email.toLowerCase());
  if (!id) throw new Error(`db/seed: no user for ${email}`);
  return id;
}
