"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

export type FormResult = { ok: true; message?: string } | { ok: false; formError: string; fieldErrors: Record<string, string[]> };

/**
 * A plain form posting to a server action, with the action's answer announced: the sentence on
 * success, or the error and every field's messages on failure. Works before hydration too.
 */
export function ActionForm({
  action,
  submitLabel,
  children,
  className,
  buttonVariant = "default",
  extraButtons,
  submitName,
  submitValue,
}: {
  action: (formData: FormData) => Promise<FormResult>;
  submitLabel: string;
  children?: React.ReactNode;
  className?: string;
  buttonVariant?: "default" | "outline" | "destructive" | "secondary";
  extraButtons?: React.ReactNode;
  /** Sent with the form when this button submits it (React includes the submitter). */
  submitName?: string;
  submitValue?: string;
}) {
  const [state, formAction, pending] = useActionState(async (_previous: FormResult | null, formData: FormData) => action(formData), null);
  const fieldMessages = state && !state.ok ? Object.entries(state.fieldErrors).filter(([key]) => key !== "_form") : [];
  return (
    <form action={formAction} className={cn("space-y-3", className)}>
      {state && !state.ok ? (
        <Alert variant="destructive">
          <p>{state.formError}</p>
          {fieldMessages.length ? (
            <ul className="mt-1 list-disc pl-5">
              {fieldMessages.map(([key, messages]) => (
                <li key={key}>{messages.join(" ")}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {children}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant={buttonVariant} disabled={pending} name={submitName} value={submitValue}>
          {pending ? "Working…" : submitLabel}
        </Button>
        {extraButtons}
      </div>
      <p role="status" aria-live="polite" className={state?.ok ? "text-sm font-medium text-green-800" : "sr-only"}>
        {pending ? "Working…" : state?.ok ? (state.message ?? "Saved.") : ""}
      </p>
    </form>
  );
}
