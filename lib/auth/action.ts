import { z } from "zod";
import type { Database } from "@/db/client";
import { DomainError, type FieldErrors } from "@/lib/errors";
import { say, sayFieldErrors } from "@/lib/i18n/problems";
import type { AppLocale } from "@/lib/i18n/request";
import { can, type Permission } from "./permissions";
import type { Actor, Scope } from "./roles";

export type ActionResult<T> =
  ({ ok: true } & T) | { ok: false; code: DomainError["code"]; formError: string; fieldErrors: FieldErrors };

export type ActionContext = { actor: Actor | null; db: Database };

/** Every field's messages, not only the first, so a form can show all of what is wrong at once. */
export function zodFieldErrors(error: z.core.$ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** A refusal in the reader's language (lib/i18n/problems.ts): the code stays, the sentences are said. */
function failure(error: DomainError, locale: AppLocale): ActionResult<never> {
  return {
    ok: false,
    code: error.code,
    formError: say(locale, error.message),
    fieldErrors: sayFieldErrors(locale, error.fieldErrors),
  };
}

/**
 * Builds actions that run the same steps in the same order: parse with zod → load the actor →
 * check the permission row (in the scope the input names) → run the command → map errors to a safe
 * sentence. The actor and database come from the caller so tests use the real path with a real database.
 */
export function createActionClient(deps: {
  getActor: () => Promise<Actor | null>;
  getDb: () => Database;
  /** The reader's language, for the refusal's sentences; English when not given (tests). */
  getLocale?: () => Promise<AppLocale>;
}) {
  return function defineAction<S extends z.core.$ZodType, T extends Record<string, unknown>>(definition: {
    permission: Permission;
    schema: S;
    scope?: (input: z.output<S>, db: Database) => Promise<Scope> | Scope;
    run: (ctx: ActionContext, input: z.output<S>) => Promise<T>;
  }) {
    const action = async (raw: unknown): Promise<ActionResult<T>> => {
      const refuse = async (error: DomainError) => failure(error, (await deps.getLocale?.()) ?? "en");
      // zod or zod/mini schemas alike (lib/users/schemas.ts is mini: its forms check in the browser too).
      const parsed = z.safeParse(definition.schema, raw);
      if (!parsed.success) {
        return refuse(
          new DomainError("validation", "Please correct the highlighted fields.", zodFieldErrors(parsed.error)),
        );
      }
      try {
        const db = deps.getDb();
        const actor = await deps.getActor();
        const scope = definition.scope ? await definition.scope(parsed.data, db) : undefined;
        if (!can(actor, definition.permission, scope)) {
          if (!actor) return refuse(new DomainError("unauthenticated", "Please sign in to continue."));
          // A record outside the actor's scope answers as one that does not exist (lib/auth/scope.ts).
          return refuse(
            scope
              ? new DomainError("not_found", "We could not find what you were looking for.")
              : new DomainError("forbidden", "You do not have permission to do this."),
          );
        }
        const result = await definition.run({ actor, db }, parsed.data);
        return { ok: true, ...result };
      } catch (error) {
        if (error instanceof DomainError) return refuse(error);
        console.error(`[action ${definition.permission}]`, error);
        return refuse(
          new DomainError("conflict", "Something went wrong on our side. Nothing was saved; please try again."),
        );
      }
    };
    return Object.assign(action, { permission: definition.permission });
  };
}
