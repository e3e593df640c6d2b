import { notFound } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { can, type Permission } from "@/lib/auth/permissions";
import { getCallForAdmin } from "@/lib/calls/admin-queries";

/** A call the actor manages, or 404 (also for a call of a programme they do not manage). */
export async function loadAdminCall(rawId: string, path: string, permission: Permission = "call.manage") {
  const actor = await requirePagePermission(permission, path);
  const id = z.uuid().safeParse(rawId);
  if (!id.success) notFound();
  const call = await getCallForAdmin(getDb(), actor, id.data);
  if (!call) notFound();
  // The page-level check above is "held anywhere"; this one is for the call's own programme.
  if (!can(actor, permission, { programmeId: call.programmeId })) notFound();
  return { actor, call };
}
