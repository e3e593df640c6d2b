"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/lib/auth/action";
import { RETENTION_MAX_MONTHS } from "@/lib/privacy/schemas";

type Save = (input: unknown) => Promise<ActionResult<{ months: number | null }>>;

/** A programme's retention period for unsuccessful applications, in months after the call closes. */
export function RetentionForm({
  programmeId,
  title,
  months,
  action,
}: {
  programmeId: string;
  title: string;
  months: number | null;
  action: Save;
}) {
  const t = useTranslations("privacyAdmin");
  const tc = useTranslations("common");
  const router = useRouter();
  const [value, setValue] = useState(months === null ? "" : String(months));
  const [message, setMessage] = useState<string | null>(null);
  const id = `retention-${programmeId}`;
  return (
    <form
      className="flex flex-wrap items-center gap-2"
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await action({ programmeId, months: value.trim() });
        setMessage(result.ok ? tc("saved") : [result.formError, ...Object.values(result.fieldErrors).flat()].join(" "));
        if (result.ok) router.refresh();
      }}
    >
      <label htmlFor={id} className="min-w-64 flex-1">
        {title}
      </label>
      <Input
        id={id}
        inputMode="numeric"
        value={value}
        max={RETENTION_MAX_MONTHS}
        onChange={(e) => setValue(e.target.value)}
        placeholder={t("kept")}
        className="w-24"
        aria-describedby="retention-help"
      />
      <Button type="submit" variant="outline" size="sm">
        {t("save")}
      </Button>
      <span aria-live="polite" className="text-sm">
        {message}
      </span>
    </form>
  );
}
