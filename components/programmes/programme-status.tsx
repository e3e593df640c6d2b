"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionOutcome } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Publish, archive or return to draft; the version guards against two people doing it at once. */
export function ProgrammeStatusButtons({
  programmeId,
  status,
  version,
  action,
}: {
  programmeId: string;
  status: string;
  version: number;
  action: (values: unknown) => Promise<ActionOutcome<{ version: number }>>;
}) {
  const t = useTranslations("programmesAdmin");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const go = (next: string) =>
    start(async () => {
      setError(null);
      const result = await action({ programmeId, status: next, version });
      if (!result.ok) setError(result.formError);
      router.refresh();
    });
  const targets = (["draft", "published", "archived"] as const).filter((s) => s !== status);
  const labels = { draft: t("toDraft"), published: t("publish"), archived: t("archive") };
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {targets.map((s) => (
          <Button
            key={s}
            type="button"
            variant={s === "published" ? "default" : "outline"}
            size="sm"
            disabled={pending}
            onClick={() => go(s)}
          >
            {labels[s]}
          </Button>
        ))}
      </div>
      {error ? <Alert variant="destructive">{error}</Alert> : null}
    </div>
  );
}
