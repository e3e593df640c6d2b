import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { profiles, users } from "@/db/schema";

/** The actor's own profile for the form; userId is required, so there is no "everyone's". */
export async function getOwnProfile(db: Executor, userId: string) {
  const [row] = await db
    .select({
      name: users.name,
      givenName: profiles.givenName,
      familyName: profiles.familyName,
      gender: profiles.gender,
      genderOther: profiles.genderOther,
      nationality: profiles.nationality,
      residence: profiles.residence,
      organisation: profiles.organisation,
      position: profiles.position,
      field: profiles.field,
      languages: profiles.languages,
      yearsExperience: profiles.yearsExperience,
      version: profiles.version,
    })
    .from(users)
    .leftJoin(profiles, eq(profiles.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}
