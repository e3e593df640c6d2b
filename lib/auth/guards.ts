import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { getActor } from "./index";
import { can, type Permission } from "./permissions";
import type { Actor, Scope } from "./roles";

/**
 * For pages: sends a signed-out visitor to sign in. A page about one record (given its scope from
 * lib/auth/scope.ts) answers 404 to someone outside that scope, as for a record that does not exist;
 * a page about no record in particular answers 403 to one without the right.
 */
export async function requirePagePermission(
  permission: Permission,
  callbackPath: string,
  scope?: Scope,
): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}`);
  if (!can(actor, permission, scope)) {
    if (scope) notFound();
    forbidden();
  }
  return actor;
}
