"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { expertOptInSchema, type ExpertOptInInput } from "@/lib/alumni/schemas";
import { applyServerErrors, type ActionFn } from "./action-result";

export function ExpertOptInForm({
  defaults,
  save,
}: {
  defaults: ExpertOptInInput;
  save: ActionFn<{ isExpert: boolean }>;
}) {
  const t = useTranslations("alumni");
  const [status, setStatus] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const form = useForm<ExpertOptInInput>({
    resolver: zodResolver(expertOptInSchema, undefined, { raw: true }),
    defaultValues: defaults,
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setStatus(null);
    const result = await save(values);
    if (result.ok) {
      setStatus({ kind: "ok", text: t("saved") });
      return;
    }
    applyServerErrors(form, result.fieldErrors);
    setStatus({ kind: "error", text: result.formError });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div className="flex items-center gap-2">
        <input id="isExpert" type="checkbox" className="h-4 w-4" {...form.register("isExpert")} />
        <label htmlFor="isExpert" className="text-sm font-medium">
          {t("isExpert")}
        </label>
      </div>
      <FormField
        id="expertAreas"
        label={t("expertAreasLabel")}
        help={t("expertAreasHelp")}
        errors={errors.expertAreas?.message ? [errors.expertAreas.message] : undefined}
      >
        {(a11y) => <Input {...a11y} {...form.register("expertAreas")} />}
      </FormField>
      <FormField
        id="expertAvailability"
        label={t("availabilityLabel")}
        errors={errors.expertAvailability?.message ? [errors.expertAvailability.message] : undefined}
      >
        {(a11y) => <Textarea {...a11y} rows={2} {...form.register("expertAvailability")} />}
      </FormField>
      <div className="flex items-center gap-2">
        <input id="isExpertPublic" type="checkbox" className="h-4 w-4" {...form.register("isExpertPublic")} />
        <label htmlFor="isExpertPublic" className="text-sm">
          {t("isExpertPublic")}
        </label>
      </div>
      {status ? <Alert variant={status.kind === "error" ? "destructive" : "default"}>{status.text}</Alert> : null}
      <Button type="submit" variant="outline" disabled={isSubmitting}>
        {isSubmitting ? t("working") : t("saveExpert")}
      </Button>
    </form>
  );
}
