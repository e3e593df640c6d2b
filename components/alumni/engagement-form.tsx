"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { ENGAGEMENT_MAX, engagementSchema, type EngagementInput } from "@/lib/alumni/schemas";
import { applyServerErrors, type ActionFn } from "./action-result";

export function EngagementForm({
  expertId,
  countries,
  defaultYear,
  record,
}: {
  expertId: string;
  countries: readonly { code: string; name: string }[];
  defaultYear: number;
  record: ActionFn<{ engagementId: string }>;
}) {
  const t = useTranslations("alumni");
  const router = useRouter();
  const [status, setStatus] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const form = useForm<EngagementInput>({
    resolver: zodResolver(engagementSchema, undefined, { raw: true }),
    defaultValues: { expertId, description: "", country: "", year: defaultYear },
  });
  const { errors, isSubmitting } = form.formState;
  const err = (m?: string) => (m ? [m] : undefined);

  const onSubmit = form.handleSubmit(async (values) => {
    setStatus(null);
    const result = await record(values);
    if (result.ok) {
      form.reset({ expertId, description: "", country: "", year: defaultYear });
      setStatus({ kind: "ok", text: t("recorded") });
      router.refresh();
      return;
    }
    applyServerErrors(form, result.fieldErrors);
    setStatus({ kind: "error", text: result.formError });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-3">
      <input type="hidden" {...form.register("expertId")} />
      <FormField
        id="description"
        label={t("description")}
        help={`e.g. "Supported the 2019 periodic report of Mongolia" (at most ${ENGAGEMENT_MAX} characters)`}
        errors={err(errors.description?.message)}
      >
        {(a11y) => <Input {...a11y} {...form.register("description")} />}
      </FormField>
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField id="engagement-country" label={t("engagementCountry")} errors={err(errors.country?.message)}>
          {(a11y) => (
            <NativeSelect {...a11y} {...form.register("country")}>
              <option value="">—</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </NativeSelect>
          )}
        </FormField>
        <FormField id="year" label={t("engagementYear")} errors={err(errors.year?.message)}>
          {(a11y) => <Input {...a11y} type="number" inputMode="numeric" {...form.register("year")} />}
        </FormField>
      </div>
      {status ? <Alert variant={status.kind === "error" ? "destructive" : "default"}>{status.text}</Alert> : null}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("working") : t("record")}
      </Button>
    </form>
  );
}
