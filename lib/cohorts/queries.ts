import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { cohortPhases, programmes } from "@/db/schema";
import { getCohortHeader } from "@/lib/timetable/queries";

/** The programme's title and id, for the pages under it; null when there is none. */
export async function getProgrammeHeader(db: Executor, programmeId: string) {
  const [row] = await db
    .select({ id: programmes.id, title: programmes.title, slug: programmes.slug, status: programmes.status })
    .from(programmes)
    .where(eq(programmes.id, programmeId))
    .limit(1);
  return row ?? null;
}

/** An edition with its phases; null unless it belongs to the programme in the URL. */
export async function getCohortForEdit(db: Executor, programmeId: string, cohortId: string) {
  const cohort = await getCohortHeader(db, cohortId);
  if (!cohort || cohort.programmeId !== programmeId) return null;
  const phases = await db
    .select({
      title: cohortPhases.title,
      mode: cohortPhases.mode,
      startDate: cohortPhases.startDate,
      endDate: cohortPhases.endDate,
    })
    .from(cohortPhases)
    .where(and(eq(cohortPhases.cohortId, cohortId)))
    .orderBy(asc(cohortPhases.position), asc(cohortPhases.startDate));
  return { ...cohort, phases };
}
