"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/auth/action";
import { NOTE_MAX } from "@/lib/privacy/schemas";

/** Asks for deletion: a confirmation box that must be ticked, an optional note, then the request. */
export function DeletionRequestForm({
  action,
}: {
  action: (input: unknown) => Promise<ActionResult<{ requestId: string }>>;
}) {
  const t = useTranslations("myData");
  const [confirm, setConfirm] = useState(false);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  if (done)
    return (
      <Alert role="status">
        <p>{t("received")}</p>
      </Alert>
    );
  return (
    <form
      className="space-y-3"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        setError(null);
        const result = await action({ confirm, note: note || undefined });
        setBusy(false);
        if (result.ok) setDone(true);
        else setError([result.formError, ...Object.values(result.fieldErrors).flat()].join(" "));
      }}
    >
      <div className="space-y-1">
        <Label htmlFor="deletion-note">{t("note")}</Label>
        <Textarea
          id="deletion-note"
          value={note}
          maxLength={NOTE_MAX}
          onChange={(e) => setNote(e.target.value)}
          className="max-w-xl"
        />
      </div>
      <div className="flex items-start gap-2">
        <input
          id="deletion-confirm"
          type="checkbox"
          checked={confirm}
          onChange={(e) => setConfirm(e.target.checked)}
          className="mt-1 size-4"
        />
        <Label htmlFor="deletion-confirm" className="font-normal">
          {t("confirm")}
        </Label>
      </div>
      {error ? (
        <Alert variant="destructive" role="alert">
          <p>{error}</p>
        </Alert>
      ) : null}
      <Button type="submit" variant="destructive" disabled={busy}>
        {busy ? t("sending") : t("ask")}
      </Button>
    </form>
  );
}
