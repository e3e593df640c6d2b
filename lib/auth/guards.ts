import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getActor } from "./index";
import { can, type Permission } from "./permissions";
import type { Actor, Scope } from "./roles";

/** For pages: sends a signed-out visitor to sign in, and answers 403 to one without the right. */
export async function requirePagePermission(permission: Permission, callbackPath: string, scope?: Scope): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}`);
  if (!can(actor, permission, scope)) forbidden();
  return actor;
}
