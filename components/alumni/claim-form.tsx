"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { postJson } from "@/components/auth/post-json";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { claimSchema, type ClaimInput } from "@/lib/alumni/schemas";

export function ClaimForm({ token }: { token: string }) {
  const t = useTranslations("alumni");
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ClaimInput>({
    resolver: zodResolver(claimSchema),
    defaultValues: { token, password: "", confirm: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await postJson<{ redirectTo: string }>("/api/account/claim", values);
    if (result.ok) {
      window.location.assign(result.redirectTo);
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (field === "password" || field === "confirm") form.setError(field, { message: messages.join(" ") });
    }
    setFormError(result.formError);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <FormField
        id="password"
        label={t("password")}
        errors={errors.password?.message ? [errors.password.message] : undefined}
      >
        {(a11y) => <Input {...a11y} type="password" autoComplete="new-password" {...form.register("password")} />}
      </FormField>
      <FormField
        id="confirm"
        label={t("confirm")}
        errors={errors.confirm?.message ? [errors.confirm.message] : undefined}
      >
        {(a11y) => <Input {...a11y} type="password" autoComplete="new-password" {...form.register("confirm")} />}
      </FormField>
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? t("working") : t("claim")}
      </Button>
    </form>
  );
}
