"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { postJson } from "@/components/auth/post-json";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CONSENT_WORDINGS } from "@/lib/audit/consent-wordings";

/**
 * A call on the application's state (submit, withdraw, reopen) and its failure. This file imports no next-intl:
 * the review page's submit button is its only client code (application-actions.tsx has the others).
 */
export function useApplicationCall(applicationId: string) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; fields: string[] } | null>(null);
  const call = async (op: "submit" | "withdraw" | "reopen", body: Record<string, unknown>, then: string) => {
    setBusy(true);
    setError(null);
    const result = await postJson<Record<string, unknown>>(`/api/applications/${applicationId}/${op}`, body);
    setBusy(false);
    if (!result.ok) {
      setError({ message: result.formError, fields: Object.values(result.fieldErrors ?? {}).flat() });
      return;
    }
    router.push(then);
    router.refresh();
  };
  return { busy, error, call };
}

export function Failure({ error }: { error: { message: string; fields: string[] } | null }) {
  if (!error) return null;
  return (
    <Alert variant="destructive">
      <p>{error.message}</p>
      {error.fields.length ? (
        <ul className="mt-1 list-disc pl-5">
          {[...new Set(error.fields)].map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}

/** Its words come translated from the review page, which so loads no next-intl in the browser. */
export function SubmitApplicationButton({
  applicationId,
  version,
  text,
}: {
  applicationId: string;
  version: number;
  text: { submit: string; submitting: string };
}) {
  const { busy, error, call } = useApplicationCall(applicationId);
  return (
    <div className="space-y-3">
      <Failure error={error} />
      <Button
        type="button"
        disabled={busy}
        onClick={() => void call("submit", { version }, `/me/applications/${applicationId}?submitted=1`)}
      >
        {busy ? text.submitting : text.submit}
      </Button>
      <p className="max-w-prose text-sm text-muted-foreground">{CONSENT_WORDINGS.application.text}</p>
      <p aria-live="polite" className="sr-only">
        {busy ? text.submitting : ""}
      </p>
    </div>
  );
}
