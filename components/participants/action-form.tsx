"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

export type FormResult =
  { ok: true; message?: string } | { ok: false; formError: string; fieldErrors: Record<string, string[]> };

/**
 * A form posting to a server action, with the action's answer announced: the sentence on success, or
 * the error and every field's messages on failure. It submits through onSubmit rather than React's form
 * action, because a form action resets every field afterwards and a refused entry would be lost.
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
  resetOnSuccess = false,
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
  resetOnSuccess?: boolean;
}) {
  const tc = useTranslations("common");
  const [state, setState] = useState<FormResult | null>(null);
  const [pending, startTransition] = useTransition();
  const fieldMessages = state && !state.ok ? Object.entries(state.fieldErrors).filter(([key]) => key !== "_form") : [];
  return (
    <form
      className={cn("space-y-3", className)}
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const formData = new FormData(form, (event.nativeEvent as SubmitEvent).submitter);
        startTransition(async () => {
          const result = await action(formData);
          setState(result);
          if (result.ok && resetOnSuccess) form.reset();
        });
      }}
    >
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
          {pending ? tc("working") : submitLabel}
        </Button>
        {extraButtons}
      </div>
      <p role="status" aria-live="polite" className={state?.ok ? "text-sm font-medium text-green-800" : "sr-only"}>
        {pending ? tc("working") : state?.ok ? (state.message ?? tc("saved")) : ""}
      </p>
    </form>
  );
}
