"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { SignInWithCodeInput } from "@/lib/users/schemas";
import { postJson } from "./post-json";

/** Its words come translated from the page (SignInText), so the sign-in page loads no next-intl in the browser. */
export type SignInText = Record<"email" | "password" | "codeLabel" | "codeHelp" | "working" | "submit", string>;

export function SignInForm({ callbackUrl, text }: { callbackUrl: string; text: SignInText }) {
  const [formError, setFormError] = useState<string | null>(null);
  // The code field appears once the server says this account has two-factor on.
  const [needsCode, setNeedsCode] = useState(false);
  // The check's code (zod and the schema) loads when a field first gets focus, not with the page.
  const [resolver] = useState(() =>
    lazyZodResolver(() => import("@/lib/users/schemas").then((m) => m.signInWithCodeSchema)),
  );
  const form = useForm<SignInWithCodeInput>({
    resolver,
    defaultValues: { email: "", password: "", code: "", callbackUrl },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await postJson<{ redirectTo: string }>("/api/account/sign-in", values);
    if (result.ok) {
      // A full load, so the header and every server component see the new session.
      window.location.assign(result.redirectTo);
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (field === "email" || field === "password") form.setError(field, { message: messages.join(" ") });
      if (field === "code") {
        // The first answer only asks for the code; later ones say it was wrong.
        if (needsCode) form.setError("code", { message: messages.join(" ") });
        setNeedsCode(true);
      }
    }
    setFormError(result.formError);
  });

  return (
    <form
      onSubmit={onSubmit}
      onFocus={resolver.preload}
      noValidate
      className="space-y-4"
      aria-describedby={formError ? "sign-in-error" : undefined}
    >
      {formError ? (
        <Alert variant="destructive" id="sign-in-error">
          {formError}
        </Alert>
      ) : null}
      <FormField id="email" label={text.email} errors={errors.email?.message ? [errors.email.message] : undefined}>
        {(a11y) => <Input {...a11y} type="email" autoComplete="email" {...form.register("email")} />}
      </FormField>
      <FormField
        id="password"
        label={text.password}
        errors={errors.password?.message ? [errors.password.message] : undefined}
      >
        {(a11y) => <Input {...a11y} type="password" autoComplete="current-password" {...form.register("password")} />}
      </FormField>
      {needsCode ? (
        <FormField
          id="code"
          label={text.codeLabel}
          help={text.codeHelp}
          errors={errors.code?.message ? [errors.code.message] : undefined}
        >
          {(a11y) => (
            <Input {...a11y} autoComplete="one-time-code" inputMode="text" autoFocus {...form.register("code")} />
          )}
        </FormField>
      ) : null}
      <Button type="submit" disabled={isSubmitting} aria-disabled={isSubmitting} className="w-full">
        {isSubmitting ? text.working : text.submit}
      </Button>
      <p aria-live="polite" className="sr-only">
        {isSubmitting ? text.working : ""}
      </p>
    </form>
  );
}
