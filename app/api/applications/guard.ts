import { getActor } from "@/lib/auth";
import { zodFieldErrors } from "@/lib/auth/action";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors";
import type { z } from "zod";

/** The signed-in actor holding `permission`, or a 401/403 with a sentence. Commands check ownership again. */
export async function requireActor(permission: Permission): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new DomainError("unauthenticated", "Please sign in to continue.");
  if (!can(actor, permission)) throw new DomainError("forbidden", "You do not have permission to do this.");
  return actor;
}

export function parseOr400<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = zodFieldErrors(parsed.error);
    // An id that does not parse is an id that does not exist.
    if (fieldErrors.applicationId) throw new DomainError("not_found", "We could not find that application.");
    throw new DomainError("validation", "Please correct the highlighted fields.", fieldErrors);
  }
  return parsed.data;
}
