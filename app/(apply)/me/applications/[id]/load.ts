import { notFound } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { getOwnApplicationView } from "@/lib/applications/queries";
import { requirePagePermission } from "@/lib/auth/guards";

/** The signed-in applicant's own application, or 404 (also for someone else's id). */
export async function loadApplicationPage(rawId: string, path: string) {
  const actor = await requirePagePermission("application.apply", path);
  const id = z.uuid().safeParse(rawId);
  if (!id.success) notFound();
  const view = await getOwnApplicationView(getDb(), actor, id.data);
  if (!view) notFound();
  return view;
}
