import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import type { Permission } from "@/lib/auth/permissions";
import { programmeScope } from "@/lib/auth/scope";
import { getActor } from "@/lib/auth";
import { getCallContext } from "./call";

/** For the call's review and selection pages: sign-in first, then 404 for an unknown id or a call outside the actor's scope. */
export async function requireCallPage(callId: string, permission: Permission, path: string) {
  if (!z.uuid().safeParse(callId).success) notFound();
  const db = getDb();
  // The call is read with its programme, beside the session check (getActor is the same for the whole request),
  // and its programme is the scope: two statements, at once, where a scope read first made three in a row.
  const [call] = await Promise.all([getCallContext(db, callId), getActor()]);
  const actor = await requirePagePermission(permission, path, programmeScope(call?.programmeId));
  if (!call) notFound();
  return { actor, call, db };
}
