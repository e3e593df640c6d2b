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
import { inviteNomineeSchema, type InviteNomineeInput } from "@/lib/nominations/schemas";

type Result = { ok: true; reference: string } | { ok: false; formError: string; fieldErrors: Record<string, string[]> };

export function InviteNomineeForm({
  quotaId,
  invite,
}: {
  quotaId: string;
  invite: (input: unknown) => Promise<Result>;
}) {
  const t = useTranslations("nominations");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<InviteNomineeInput>({
    resolver: zodResolver(inviteNomineeSchema),
    defaultValues: { quotaId, name: "", email: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setDone(null);
    const result = await invite(values);
    if (!result.ok) {
      for (const [field, list] of Object.entries(result.fieldErrors))
        if (field === "name" || field === "email") form.setError(field, { message: list.join(" ") });
      setFormError(result.formError);
      return;
    }
    setDone(t("invited", { email: values.email }));
    form.reset({ quotaId, name: "", email: "" });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
      {formError ? (
        <Alert variant="destructive" className="sm:col-span-3">
          {formError}
        </Alert>
      ) : null}
      <FormField
        id={`name-${quotaId}`}
        label={t("name")}
        errors={errors.name?.message ? [errors.name.message] : undefined}
      >
        {(a11y) => <Input {...a11y} {...form.register("name")} />}
      </FormField>
      <FormField
        id={`email-${quotaId}`}
        label={t("email")}
        errors={errors.email?.message ? [errors.email.message] : undefined}
      >
        {(a11y) => <Input {...a11y} type="email" {...form.register("email")} />}
      </FormField>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("inviting") : t("invite")}
      </Button>
      <p role="status" aria-live="polite" className="text-sm sm:col-span-3">
        {done}
      </p>
    </form>
  );
}
