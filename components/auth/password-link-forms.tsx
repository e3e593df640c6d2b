"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod/mini";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import {
  forgotPasswordSchema,
  resetPasswordSchema,
  type ForgotPasswordInput,
  type ResetPasswordInput,
} from "@/lib/users/schemas";
import { postJson } from "./post-json";

/** Asks for a reset link; the answer is the same whether the address has an account or not. */
export function ForgotPasswordForm() {
  const t = useTranslations("account");
  const ta = useTranslations("auth");
  const [sent, setSent] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ForgotPasswordInput>({
    resolver: zodResolver(forgotPasswordSchema),
    defaultValues: { email: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await postJson("/api/account/forgot-password", values);
    if (result.ok) setSent(true);
    else setFormError(result.formError);
  });
  if (sent) return <p role="status">{t("forgotSent")}</p>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <FormField id="email" label={ta("email")} errors={errors.email?.message ? [errors.email.message] : undefined}>
        {(a11y) => <Input {...a11y} type="email" autoComplete="email" {...form.register("email")} />}
      </FormField>
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? ta("working") : t("forgotButton")}
      </Button>
    </form>
  );
}

/**
 * Chooses a password from a single-use emailed link: a reset ("/api/account/reset-password") or an invited or
 * imported person's claim ("/api/account/claim"). The server checks the token and the password again.
 */
export function PasswordFromLinkForm({
  token,
  endpoint,
  schema,
  labels,
}: {
  token: string;
  endpoint: "/api/account/reset-password" | "/api/account/claim";
  schema: z.ZodMiniType<ResetPasswordInput, ResetPasswordInput>;
  labels: { password: string; confirm: string; submit: string; working: string; help?: string };
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ResetPasswordInput>({
    resolver: zodResolver(schema),
    defaultValues: { token, password: "", confirm: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await postJson<{ redirectTo: string }>(endpoint, values);
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
        label={labels.password}
        help={labels.help}
        errors={errors.password?.message ? [errors.password.message] : undefined}
      >
        {(a11y) => <Input {...a11y} type="password" autoComplete="new-password" {...form.register("password")} />}
      </FormField>
      <FormField
        id="confirm"
        label={labels.confirm}
        errors={errors.confirm?.message ? [errors.confirm.message] : undefined}
      >
        {(a11y) => <Input {...a11y} type="password" autoComplete="new-password" {...form.register("confirm")} />}
      </FormField>
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? labels.working : labels.submit}
      </Button>
    </form>
  );
}

/** Sets a new password from a reset link. */
export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("account");
  const ta = useTranslations("auth");
  return (
    <PasswordFromLinkForm
      token={token}
      endpoint="/api/account/reset-password"
      schema={resetPasswordSchema}
      labels={{
        password: t("newPassword"),
        help: t("passwordHelp"),
        confirm: t("confirmPassword"),
        submit: t("resetButton"),
        working: ta("working"),
      }}
    />
  );
}

/** Confirms an address: a button, so that a mail scanner fetching the link confirms nothing. */
export function VerifyEmailForm({ token, signedIn }: { token: string; signedIn: boolean }) {
  const t = useTranslations("account");
  const ta = useTranslations("auth");
  const tn = useTranslations("nav");
  const [done, setDone] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (done) {
    return (
      <div className="space-y-3">
        <p role="status">{t("verifyDone")}</p>
        <a href={signedIn ? "/me" : "/sign-in?callbackUrl=%2Fme"} className="text-primary underline">
          {signedIn ? tn("mySpace") : ta("submitSignIn")}
        </a>
      </div>
    );
  }
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        setFormError(null);
        const result = await postJson("/api/account/verify-email", { token });
        setBusy(false);
        if (result.ok) setDone(true);
        else setFormError(result.formError);
      }}
    >
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <Button type="submit" disabled={busy} className="w-full">
        {busy ? ta("working") : t("verifyButton")}
      </Button>
    </form>
  );
}
