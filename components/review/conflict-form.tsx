"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { CONFLICT_REASON_MAX } from "@/lib/review/schemas";

type Result = { ok: true } | { ok: false; formError: string; fieldErrors: Record<string, string[]> };

/** Declaring a conflict removes the application from the reviewer's queue; staff assign someone else. */
export function ConflictForm({
  applicationId,
  version,
  declare,
}: {
  applicationId: string;
  version: number;
  declare: (input: unknown) => Promise<Result>;
}) {
  const t = useTranslations("review");
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <details className="rounded-lg border p-4">
      <summary className="cursor-pointer font-medium">{t("conflictTitle")}</summary>
      <form
        className="mt-4 space-y-3"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          startTransition(async () => {
            const result = await declare({ applicationId, reason, version });
            if (!result.ok) {
              setErrors(result.fieldErrors);
              setFormError(result.formError);
              return;
            }
            router.push("/review?notice=conflict");
          });
        }}
      >
        <p className="text-sm text-muted-foreground">{t("conflictHelp")}</p>
        {formError ? <Alert variant="destructive">{formError}</Alert> : null}
        <FormField id="conflict-reason" label={t("conflictReason")} errors={errors.reason}>
          {(a11y) => (
            <Textarea
              {...a11y}
              rows={3}
              maxLength={CONFLICT_REASON_MAX}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </FormField>
        <Button type="submit" variant="destructive" disabled={pending}>
          {pending ? t("working") : t("conflictSubmit")}
        </Button>
      </form>
    </details>
  );
}
