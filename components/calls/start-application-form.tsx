"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type State = { formError: string | null; fieldErrors: Record<string, string[]> };

/** The applicant confirms the call's yes/no criteria (if any) and starts; works without JavaScript too. */
export function StartApplicationForm({
  callId,
  criteria,
  action,
}: {
  callId: string;
  criteria: { id: string; label: string }[];
  action: (prev: State, data: FormData) => Promise<State>;
}) {
  const t = useTranslations("calls");
  const ta = useTranslations("apply");
  const [state, formAction, pending] = useActionState(action, { formError: null, fieldErrors: {} });
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="callId" value={callId} />
      {state.formError ? <Alert variant="destructive">{state.formError}</Alert> : null}
      {criteria.length ? (
        <fieldset className="space-y-2">
          <legend className="font-medium">{ta("criteria")}</legend>
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
        {pending ? t("starting") : t("start")}
      </Button>
      <p aria-live="polite" className="sr-only">
        {pending ? t("starting") : ""}
      </p>
    </form>
  );
}
