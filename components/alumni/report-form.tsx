"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import type { ReportInput } from "@/lib/alumni/schemas";
import type { ActionFn } from "./action-result";

/** A small "report to staff" form behind a disclosure; what is reported is fixed by the page. */
export function ReportForm({
  target,
  report,
}: {
  target: Omit<ReportInput, "reason">;
  report: ActionFn<{ reportId: string }>;
}) {
  const t = useTranslations("alumni");
  const [reason, setReason] = useState("");
  const [status, setStatus] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `report-${target.messageId ?? target.postId ?? target.userId}`;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-muted-foreground">{t("report")}</summary>
      <form
        className="mt-2 max-w-md space-y-2"
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          const result = await report({ ...target, reason });
          setBusy(false);
          setStatus(
            result.ok
              ? { kind: "ok", text: t("reportSent") }
              : { kind: "error", text: result.fieldErrors.reason?.join(" ") ?? result.formError },
          );
          if (result.ok) setReason("");
        }}
      >
        <label htmlFor={id} className="font-medium">
          {t("reportReason")}
        </label>
        <Textarea id={id} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
        {status ? <Alert variant={status.kind === "error" ? "destructive" : "default"}>{status.text}</Alert> : null}
        <Button type="submit" size="sm" variant="outline" disabled={busy}>
          {t("report")}
        </Button>
      </form>
    </details>
  );
}
