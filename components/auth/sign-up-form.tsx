"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { signUpSchema, type SignUpInput } from "@/lib/users/schemas";
import { postJson } from "./post-json";

const FIELDS = ["name", "email", "password"] as const;

export function SignUpForm() {
  const t = useTranslations("auth");
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SignUpInput>({
    resolver: zodResolver(signUpSchema),
    defaultValues: { name: "", email: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const messageOf = (field: (typeof FIELDS)[number]) => (errors[field]?.message ? [errors[field].message] : undefined);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await postJson<{ redirectTo: string }>("/api/account/sign-up", values);
    if (result.ok) {
      window.location.assign(result.redirectTo);
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if ((FIELDS as readonly string[]).includes(field))
        form.setError(field as (typeof FIELDS)[number], { message: messages.join(" ") });
    }
    setFormError(result.formError);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <FormField id="name" label={t("name")} errors={messageOf("name")}>
        {(a11y) => <Input {...a11y} autoComplete="name" {...form.register("name")} />}
      </FormField>
      <FormField id="email" label={t("email")} errors={messageOf("email")}>
        {(a11y) => <Input {...a11y} type="email" autoComplete="email" {...form.register("email")} />}
      </FormField>
      <FormField id="password" label={t("password")} help={t("passwordHelp")} errors={messageOf("password")}>
        {(a11y) => <Input {...a11y} type="password" autoComplete="new-password" {...form.register("password")} />}
      </FormField>
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? t("working") : t("submitSignUp")}
      </Button>
      <p aria-live="polite" className="sr-only">
        {isSubmitting ? t("working") : ""}
      </p>
    </form>
  );
}
