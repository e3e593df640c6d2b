"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type State = { formError: string | null; fieldErrors: Record<string, string[]> };

/**
 * The applicant confirms the call's yes/no criteria (if any) and starts; works without JavaScript too. Its words
 * come translated from the page, so the public call page loads no next-intl in the browser.
 */
export function StartApplicationForm({
  callId,
  criteria,
  action,
  text,
}: {
  callId: string;
  /** In the reader's language, or the main language's (`lang`), marked while untranslated. */
  criteria: { id: string; label: string; lang: string; untranslated: boolean }[];
  action: (prev: State, data: FormData) => Promise<State>;
  text: { criteria: string; start: string; starting: string; notYetTranslated: string };
}) {
  const [state, formAction, pending] = useActionState(action, { formError: null, fieldErrors: {} });
  // A criterion the server still finds unconfirmed (the browser's own check comes first), said on the group.
  const criteriaError = state.fieldErrors.criteria?.join(" ");
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="callId" value={callId} />
      {state.formError ? <Alert variant="destructive">{state.formError}</Alert> : null}
      {criteria.length ? (
        <fieldset
          className="space-y-2"
          aria-describedby={criteriaError ? "criteria-error" : undefined}
          aria-invalid={criteriaError ? true : undefined}
        >
          <legend className="font-medium">{text.criteria}</legend>
          {criteria.map((c) => (
            <div key={c.id} className="flex items-start gap-2">
              <input
                id={`criterion-${c.id}`}
                type="checkbox"
                name="criteria"
                value={c.id}
                required
                aria-invalid={criteriaError ? true : undefined}
                aria-describedby={criteriaError ? "criteria-error" : undefined}
                className="mt-1 h-4 w-4"
              />
              <label htmlFor={`criterion-${c.id}`} lang={c.lang}>
                {c.label}
              </label>
              {c.untranslated ? <span className="text-xs text-muted-foreground">{text.notYetTranslated}</span> : null}
            </div>
          ))}
          {criteriaError ? (
            <p id="criteria-error" role="alert" className="text-sm font-medium text-destructive">
              {criteriaError}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? text.starting : text.start}
      </Button>
      <p aria-live="polite" className="sr-only">
        {pending ? text.starting : ""}
      </p>
    </form>
  );
}
