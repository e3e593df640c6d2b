import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import type { Permission } from "@/lib/auth/permissions";
import { getStaffCohort } from "@/lib/participants/staff-queries";

/** The cohort of a staff page, after checking the id, that it exists, and the actor's right in its programme. */
export async function staffCohort(cohortId: string, path: string, permission: Permission) {
  await requirePagePermission("admin.dashboard", path);
  if (!z.uuid().safeParse(cohortId).success) notFound();
  const cohort = await getStaffCohort(getDb(), cohortId);
  if (!cohort) notFound();
  const actor = await requirePagePermission(permission, path, { programmeId: cohort.programmeId });
  return { actor, cohort };
}
