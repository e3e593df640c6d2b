"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/auth/action";

type Decide = (input: unknown) => Promise<ActionResult<{ status: "approved" | "refused" }>>;

/** Approve (after a confirmation) or refuse with a reason the person will read. */
export function DeletionDecisionForm({ requestId, who, action }: { requestId: string; who: string; action: Decide }) {
  const t = useTranslations("privacyAdmin");
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = async (input: Record<string, unknown>) => {
    setBusy(true);
    setError(null);
    const result = await action({ requestId, ...input });
    setBusy(false);
    if (!result.ok) setError([result.formError, ...Object.values(result.fieldErrors).flat()].join(" "));
    else router.refresh();
  };
  return (
    <div className="space-y-3">
      {error ? (
        <Alert variant="destructive" role="alert">
          <p>{error}</p>
        </Alert>
      ) : null}
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <span>{t("confirmAnonymise", { who })}</span>
          <Button
            type="button"
            variant="destructive"
            disabled={busy}
            onClick={() => void send({ decision: "approve" })}
          >
            {busy ? t("anonymising") : t("yesAnonymise")}
          </Button>
          <Button type="button" variant="outline" onClick={() => setConfirming(false)}>
            {t("cancel")}
          </Button>
        </div>
      ) : (
        <Button type="button" onClick={() => setConfirming(true)}>
          {t("approveDeletion", { who })}
        </Button>
      )}
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          void send({ decision: "refuse", reason });
        }}
      >
        <div className="min-w-64 flex-1 space-y-1">
          <Label htmlFor={`refuse-${requestId}`}>{t("refuseReason")}</Label>
          <Textarea id={`refuse-${requestId}`} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
        </div>
        <Button type="submit" variant="outline" disabled={busy}>
          {t("refuse")}
        </Button>
      </form>
    </div>
  );
}
