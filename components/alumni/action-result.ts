import type { FieldValues, Path, UseFormReturn } from "react-hook-form";

type ActionOutcome<T> =
  ({ ok: true } & T) | { ok: false; code: string; formError: string; fieldErrors: Record<string, string[]> };
export type ActionFn<T> = (raw: unknown) => Promise<ActionOutcome<T>>;

/** Puts the server's field errors on the same fields the client checked; returns the form-level sentence. */
export function applyServerErrors<F extends FieldValues>(
  form: UseFormReturn<F>,
  fieldErrors: Record<string, string[]>,
): void {
  for (const [field, messages] of Object.entries(fieldErrors)) {
    if (field !== "_form") form.setError(field as Path<F>, { message: messages.join(" ") });
  }
}
