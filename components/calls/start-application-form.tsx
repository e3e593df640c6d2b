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
  criteria: { id: string; label: string }[];
  action: (prev: State, data: FormData) => Promise<State>;
  text: { criteria: string; start: string; starting: string };
}) {
  const [state, formAction, pending] = useActionState(action, { formError: null, fieldErrors: {} });
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="callId" value={callId} />
      {state.formError ? <Alert variant="destructive">{state.formError}</Alert> : null}
      {criteria.length ? (
        <fieldset className="space-y-2">
          <legend className="font-medium">{text.criteria}</legend>
          {criteria.map((c) => (
            <div key={c.id} className="flex items-start gap-2">
              <input
                id={`criterion-${c.id}`}
                type="checkbox"
                name="criteria"
                value={c.id}
                required
                className="mt-1 h-4 w-4"
              />
              <label htmlFor={`criterion-${c.id}`}>{c.label}</label>
            </div>
          ))}
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
