"use client";

import { useState } from "react";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { postJson } from "./post-json";

/** Its words come translated from the page (SignInText), so the sign-in page loads no next-intl in the browser. */
export type SignInText = Record<"email" | "password" | "codeLabel" | "codeHelp" | "working" | "submit", string>;

const FIELDS = ["email", "password", "code"] as const;

export function SignInForm({ callbackUrl, text }: { callbackUrl: string; text: SignInText }) {
  // The code field appears once the server says this account has two-factor on.
  const [needsCode, setNeedsCode] = useState(false);
  const form = useCheckedForm({
    fields: FIELDS,
    // The check's code (zod and the schema) loads when a field first gets focus, not with the page.
    load: () => import("@/lib/users/schemas").then((m) => m.signInWithCodeSchema),
    extra: { callbackUrl },
    send: (values) => postJson<{ redirectTo: string }>("/api/account/sign-in", values),
    // A full load, so the header and every server component see the new session.
    onSuccess: (result) => window.location.assign(result.redirectTo),
    shownErrors: ({ code, ...rest }) => {
      if (!code) return rest;
      // The first answer only asks for the code; later ones say it was wrong.
      setNeedsCode(true);
      return needsCode ? { ...rest, code } : rest;
    },
  });
  const { formError, submitting } = form;

  return (
    <form {...form.formProps} className="space-y-4" aria-describedby={formError ? "sign-in-error" : undefined}>
      {formError ? (
        <Alert variant="destructive" id="sign-in-error">
          {formError}
        </Alert>
      ) : null}
      <FormField id="email" label={text.email} errors={form.errorsOf("email")}>
        {(a11y) => <Input {...a11y} name="email" type="email" autoComplete="email" />}
      </FormField>
      <FormField id="password" label={text.password} errors={form.errorsOf("password")}>
        {(a11y) => <Input {...a11y} name="password" type="password" autoComplete="current-password" />}
      </FormField>
      {needsCode ? (
        <FormField id="code" label={text.codeLabel} help={text.codeHelp} errors={form.errorsOf("code")}>
          {(a11y) => <Input {...a11y} name="code" autoComplete="one-time-code" inputMode="text" autoFocus />}
        </FormField>
      ) : null}
      <Button type="submit" disabled={submitting} aria-disabled={submitting} className="w-full">
        {submitting ? text.working : text.submit}
      </Button>
      <p aria-live="polite" className="sr-only">
        {submitting ? text.working : ""}
      </p>
    </form>
  );
}
