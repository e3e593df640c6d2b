"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { SignUpInput } from "@/lib/users/schemas";
import { postJson } from "./post-json";

const FIELDS = ["name", "email", "password"] as const;

/** Its words come translated from the page (SignUpText), so the sign-up page loads no next-intl in the browser. */
export type SignUpText = Record<"name" | "email" | "password" | "passwordHelp" | "working" | "submit", string>;

export function SignUpForm({ text }: { text: SignUpText }) {
  const [formError, setFormError] = useState<string | null>(null);
  // The check's code (zod and the schema) loads when a field first gets focus, not with the page.
  const [resolver] = useState(() => lazyZodResolver(() => import("@/lib/users/schemas").then((m) => m.signUpSchema)));
  const form = useForm<SignUpInput>({
    resolver,
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
    <form onSubmit={onSubmit} onFocus={resolver.preload} noValidate className="space-y-4">
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <FormField id="name" label={text.name} errors={messageOf("name")}>
        {(a11y) => <Input {...a11y} autoComplete="name" {...form.register("name")} />}
      </FormField>
      <FormField id="email" label={text.email} errors={messageOf("email")}>
        {(a11y) => <Input {...a11y} type="email" autoComplete="email" {...form.register("email")} />}
      </FormField>
      <FormField id="password" label={text.password} help={text.passwordHelp} errors={messageOf("password")}>
        {(a11y) => <Input {...a11y} type="password" autoComplete="new-password" {...form.register("password")} />}
      </FormField>
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? text.working : text.submit}
      </Button>
      <p aria-live="polite" className="sr-only">
        {isSubmitting ? text.working : ""}
      </p>
    </form>
  );
}
