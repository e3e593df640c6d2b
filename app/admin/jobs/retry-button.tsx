"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { retryJobAction } from "./actions";

/** "Retry" on a failed job, after the administrator confirms. */
export function RetryJobButton({ jobId, type }: { jobId: string; type: string }) {
  const t = useTranslations("jobs");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <Button
        type="button"
        variant="outline"
        size="sm"
        disabled={pending}
        aria-label={t("retryJob", { type })}
        onClick={() => {
          if (!window.confirm(t("confirmRetry", { type }))) return;
          start(async () => {
            setError(null);
            const result = await retryJobAction({ jobId });
            if (!result.ok) setError(result.formError);
            router.refresh();
          });
        }}
      >
        {t("retry")}
      </Button>
      {error ? <Alert variant="destructive">{error}</Alert> : null}
    </div>
  );
}
