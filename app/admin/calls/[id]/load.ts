import { notFound } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { getCallForAdmin } from "@/lib/calls/admin-queries";

/** A call the actor manages, or 404 (also for a call of a programme they do not manage). */
export async function loadAdminCall(rawId: string, path: string) {
  const actor = await requirePagePermission("call.manage", path);
  const id = z.uuid().safeParse(rawId);
  if (!id.success) notFound();
  const call = await getCallForAdmin(getDb(), actor, id.data);
  if (!call) notFound();
  return { actor, call };
}
