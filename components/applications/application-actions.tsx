"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { postJson } from "@/components/auth/post-json";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { CONSENT_WORDINGS } from "@/lib/audit/consent-wordings";

function useApplicationCall(applicationId: string) {
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

function Failure({ error }: { error: { message: string; fields: string[] } | null }) {
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

export function SubmitApplicationButton({ applicationId, version }: { applicationId: string; version: number }) {
  const t = useTranslations("apply");
  const { busy, error, call } = useApplicationCall(applicationId);
  return (
    <div className="space-y-3">
      <Failure error={error} />
      <Button
        type="button"
        disabled={busy}
        onClick={() => void call("submit", { version }, `/me/applications/${applicationId}?submitted=1`)}
      >
        {busy ? t("submitting") : t("submit")}
      </Button>
      <p className="max-w-prose text-sm text-muted-foreground">{CONSENT_WORDINGS.application.text}</p>
      <p aria-live="polite" className="sr-only">
        {busy ? t("submitting") : ""}
      </p>
    </div>
  );
}

export function WithdrawApplicationForm({ applicationId, version }: { applicationId: string; version: number }) {
  const t = useTranslations("apply");
  const { busy, error, call } = useApplicationCall(applicationId);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  if (!open) {
    return (
      <Button type="button" variant="outline" onClick={() => setOpen(true)}>
        {t("withdraw")}
      </Button>
    );
  }
  return (
    <div className="space-y-3 rounded-lg border p-4">
      <Failure error={error} />
      <div className="space-y-2">
        <Label htmlFor="withdraw-reason">{t("withdrawReason")}</Label>
        <Textarea id="withdraw-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <Button
        type="button"
        variant="destructive"
        disabled={busy}
        onClick={() => void call("withdraw", { version, reason }, `/me/applications/${applicationId}`)}
      >
        {t("withdrawConfirm")}
      </Button>
    </div>
  );
}

export function ReopenApplicationButton({ applicationId, version }: { applicationId: string; version: number }) {
  const t = useTranslations("apply");
  const { busy, error, call } = useApplicationCall(applicationId);
  return (
    <div className="space-y-2">
      <Failure error={error} />
      <p className="text-sm text-muted-foreground">{t("reopenHelp")}</p>
      <Button
        type="button"
        variant="outline"
        disabled={busy}
        onClick={() => void call("reopen", { version }, `/me/applications/${applicationId}`)}
      >
        {t("reopen")}
      </Button>
    </div>
  );
}
