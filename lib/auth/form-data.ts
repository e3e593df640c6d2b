import type { ActionResult } from "@/lib/auth/action";

/** A checkbox in FormData: present ("on") when ticked, absent otherwise. */
export const ticked = (formData: FormData, name: string) =>
  formData.get(name) === "on" || formData.get(name) === "true";

export const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** An action's result as ActionForm shows it. */
export function toFormResult<T extends Record<string, unknown>>(
  result: ActionResult<T>,
  message: (value: T) => string,
) {
  return result.ok
    ? { ok: true as const, message: message(result) }
    : { ok: false as const, formError: result.formError, fieldErrors: result.fieldErrors };
}

/**
 * A form action's argument as FormData. A crafted request can send any value in its place (a JSON body
 * with the action's id); that reads as an empty form, which the action's schema then refuses, never a 500.
 */
export const formOf = (value: unknown): FormData => (value instanceof FormData ? value : new FormData());
