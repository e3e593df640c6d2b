import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import type { Permission } from "@/lib/auth/permissions";
import { callScope } from "@/lib/auth/scope";
import { getCallContext } from "./call";

/** For the call's review and selection pages: sign-in first, then 404 for an unknown id or a call outside the actor's scope. */
export async function requireCallPage(callId: string, permission: Permission, path: string) {
  if (!z.uuid().safeParse(callId).success) notFound();
  const db = getDb();
  const actor = await requirePagePermission(permission, path, await callScope(db, callId));
  const call = await getCallContext(db, callId);
  if (!call) notFound();
  return { actor, call, db };
}
