import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { getCohortForEdit } from "@/lib/cohorts/queries";

/** What every edition admin page does first: check the ids, the permission, and that the edition is in this programme. */
export async function loadManagedCohort(params: Promise<{ programmeId: string; cohortId: string }>, page: string) {
  const { programmeId, cohortId } = await params;
  if (!z.uuid().safeParse(programmeId).success || !z.uuid().safeParse(cohortId).success) notFound();
  const base = `/admin/programmes/${programmeId}/cohorts/${cohortId}`;
  const actor = await requirePagePermission("cohort.manage", `${base}${page}`, { programmeId });
  const cohort = await getCohortForEdit(getDb(), programmeId, cohortId);
  if (!cohort) notFound();
  return { actor, cohort, base };
}
