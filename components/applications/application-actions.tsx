"use client";

import { wordsTranslator } from "@/lib/i18n/words";
import type { ApplyWords } from "@/lib/applications/apply-words";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { Failure, useApplicationCall } from "./application-call";

export function WithdrawApplicationForm({
  applicationId,
  version,
  text,
}: {
  applicationId: string;
  version: number;
  text: ApplyWords;
}) {
  const t = wordsTranslator(text);
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

export function ReopenApplicationButton({
  applicationId,
  version,
  text,
}: {
  applicationId: string;
  version: number;
  text: ApplyWords;
}) {
  const t = wordsTranslator(text);
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
