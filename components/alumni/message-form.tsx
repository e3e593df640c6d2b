"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { MESSAGE_MAX, messageSchema, type MessageInput } from "@/lib/alumni/schemas";
import { applyServerErrors, type ActionFn } from "./action-result";

export function MessageForm({ recipientId, send }: { recipientId: string; send: ActionFn<{ messageId: string }> }) {
  const t = useTranslations("alumni");
  const router = useRouter();
  const [status, setStatus] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const form = useForm<MessageInput>({
    resolver: zodResolver(messageSchema, undefined, { raw: true }),
    defaultValues: { recipientId, body: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const body = useWatch({ control: form.control, name: "body" }) ?? "";

  const onSubmit = form.handleSubmit(async (values) => {
    setStatus(null);
    const result = await send(values);
    if (result.ok) {
      form.reset({ recipientId, body: "" });
      setStatus({ kind: "ok", text: t("sent") });
      router.refresh();
      return;
    }
    applyServerErrors(form, result.fieldErrors);
    setStatus({ kind: "error", text: result.formError });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-3">
      <input type="hidden" {...form.register("recipientId")} />
      <FormField
        id="message-body"
        label={t("message")}
        help={`${body.length} / ${MESSAGE_MAX}`}
        errors={errors.body?.message ? [errors.body.message] : undefined}
      >
        {(a11y) => <Textarea {...a11y} rows={4} {...form.register("body")} />}
      </FormField>
      {status ? <Alert variant={status.kind === "error" ? "destructive" : "default"}>{status.text}</Alert> : null}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("working") : t("send")}
      </Button>
    </form>
  );
}
