import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { alumniProfiles, users } from "@/db/schema";
import { storedColumns } from "./directory-queries";
import type { VisibilityMap } from "./visibility";

/** The owner's own profile, every field, for their edit form; userId is the signed-in person's. */
export async function getOwnAlumniProfile(db: Executor, userId: string) {
  const [row] = await db
    .select({ ...storedColumns, version: alumniProfiles.version, digestOptIn: alumniProfiles.digestOptIn })
    .from(users)
    .leftJoin(alumniProfiles, eq(alumniProfiles.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row) return null;
  return {
    ...row,
    // Someone completed before a profile row existed edits version 1 of an empty one.
    version: row.version ?? 1,
    digestOptIn: row.digestOptIn ?? false,
    visibility: (row.visibility ?? {}) as VisibilityMap,
  };
}
