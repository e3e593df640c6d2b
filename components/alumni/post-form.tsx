"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { LocalTimeHint } from "@/components/time/local-time-hint";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { OPPORTUNITY_KINDS, POST_BODY_MAX, POST_KINDS, postSchema, type PostInput } from "@/lib/alumni/schemas";
import { applyServerErrors, type ActionFn } from "./action-result";

export function PostForm({
  timeZones,
  defaultTimeZone,
  save,
}: {
  timeZones: string[];
  defaultTimeZone: string;
  save: ActionFn<{ postId: string }>;
}) {
  const t = useTranslations("alumni");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<PostInput>({
    resolver: zodResolver(postSchema, undefined, { raw: true }),
    defaultValues: {
      kind: "news",
      title: "",
      body: "",
      opportunityKind: "",
      link: "",
      eventStart: "",
      eventEnd: "",
      eventTimeZone: defaultTimeZone,
      eventLocation: "",
    },
  });
  const { errors, isSubmitting } = form.formState;
  const kind = useWatch({ control: form.control, name: "kind" });
  const body = useWatch({ control: form.control, name: "body" }) ?? "";
  const err = (message?: string) => (message ? [message] : undefined);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await save(values);
    if (result.ok) {
      router.push(`/alumni/posts/${result.postId}`);
      return;
    }
    applyServerErrors(form, result.fieldErrors);
    setFormError(result.formError);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4">
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <FormField id="kind" label={t("kind")} errors={err(errors.kind?.message)}>
        {(a11y) => (
          <NativeSelect {...a11y} {...form.register("kind")}>
            {POST_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind_${k}`)}
              </option>
            ))}
          </NativeSelect>
        )}
      </FormField>
      {kind === "opportunity" ? (
        <FormField id="opportunityKind" label={t("opportunityKind")} errors={err(errors.opportunityKind?.message)}>
          {(a11y) => (
            <NativeSelect {...a11y} {...form.register("opportunityKind")}>
              <option value="">—</option>
              {OPPORTUNITY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`opp_${k}`)}
                </option>
              ))}
            </NativeSelect>
          )}
        </FormField>
      ) : null}
      <FormField id="title" label={t("title")} errors={err(errors.title?.message)}>
        {(a11y) => <Input {...a11y} {...form.register("title")} />}
      </FormField>
      <FormField
        id="body"
        label={t("body")}
        help={`${body.length} / ${POST_BODY_MAX}`}
        errors={err(errors.body?.message)}
      >
        {(a11y) => <Textarea {...a11y} rows={6} {...form.register("body")} />}
      </FormField>
      <FormField id="link" label={t("postLink")} errors={err(errors.link?.message)}>
        {(a11y) => <Input {...a11y} type="url" {...form.register("link")} />}
      </FormField>
      {kind === "event" ? (
        <fieldset className="space-y-4 rounded-md border p-4">
          <legend className="px-1 text-sm font-medium">{t("kind_event")}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField id="eventStart" label={t("eventStart")} errors={err(errors.eventStart?.message)}>
              {(a11y) => <Input {...a11y} type="datetime-local" {...form.register("eventStart")} />}
            </FormField>
            <FormField id="eventEnd" label={t("eventEnd")} errors={err(errors.eventEnd?.message)}>
              {(a11y) => <Input {...a11y} type="datetime-local" {...form.register("eventEnd")} />}
            </FormField>
          </div>
          <LocalTimeHint zone={{ inputId: "eventTimeZone" }} times={[{ local: "eventStart" }, { local: "eventEnd" }]} />
          <FormField id="eventTimeZone" label={t("eventTimeZone")} errors={err(errors.eventTimeZone?.message)}>
            {(a11y) => (
              <NativeSelect {...a11y} {...form.register("eventTimeZone")}>
                {timeZones.map((z) => (
                  <option key={z} value={z}>
                    {z}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormField>
          <FormField id="eventLocation" label={t("eventLocation")} errors={err(errors.eventLocation?.message)}>
            {(a11y) => <Input {...a11y} {...form.register("eventLocation")} />}
          </FormField>
        </fieldset>
      ) : null}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("working") : t("publish")}
      </Button>
      <p aria-live="polite" className="sr-only">
        {isSubmitting ? t("working") : ""}
      </p>
    </form>
  );
}
