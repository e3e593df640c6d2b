"use client";

import { useCheckedForm } from "@/components/forms/use-checked-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { postJson } from "./post-json";

const FIELDS = ["name", "email", "password"] as const;

/** Its words come translated from the page (SignUpText), so the sign-up page loads no next-intl in the browser. */
export type SignUpText = Record<"name" | "email" | "password" | "passwordHelp" | "working" | "submit", string>;

export function SignUpForm({ text }: { text: SignUpText }) {
  const form = useCheckedForm({
    fields: FIELDS,
    // The check's code (zod and the schema) loads when a field first gets focus, not with the page.
    load: () => import("@/lib/users/schemas").then((m) => m.signUpSchema),
    send: (values) => postJson<{ redirectTo: string }>("/api/account/sign-up", values),
    onSuccess: (result) => window.location.assign(result.redirectTo),
  });
  const { formError, submitting } = form;

  return (
    <form {...form.formProps} className="space-y-4">
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <FormField id="name" label={text.name} errors={form.errorsOf("name")}>
        {(a11y) => <Input {...a11y} name="name" autoComplete="name" />}
      </FormField>
      <FormField id="email" label={text.email} errors={form.errorsOf("email")}>
        {(a11y) => <Input {...a11y} name="email" type="email" autoComplete="email" />}
      </FormField>
      <FormField id="password" label={text.password} help={text.passwordHelp} errors={form.errorsOf("password")}>
        {(a11y) => <Input {...a11y} name="password" type="password" autoComplete="new-password" />}
      </FormField>
      <Button type="submit" disabled={submitting} className="w-full">
        {submitting ? text.working : text.submit}
      </Button>
      <p aria-live="polite" className="sr-only">
        {submitting ? text.working : ""}
      </p>
    </form>
  );
}
