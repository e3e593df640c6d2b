"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch, type Path } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { alumniProfileSchema, BIO_MAX, type AlumniProfileInput } from "@/lib/alumni/schemas";
import { VISIBILITIES, type ProfileField } from "@/lib/alumni/visibility";
import { applyServerErrors, type ActionFn } from "./action-result";

export function AlumniProfileForm({
  defaults,
  countries,
  save,
}: {
  defaults: AlumniProfileInput;
  countries: readonly { code: string; name: string }[];
  save: ActionFn<{ version: number }>;
}) {
  const t = useTranslations("alumni");
  const [status, setStatus] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  // raw: the server parses the same raw values again with the same schema.
  const form = useForm<AlumniProfileInput>({
    resolver: zodResolver(alumniProfileSchema, undefined, { raw: true }),
    defaultValues: defaults,
  });
  const { errors, isSubmitting } = form.formState;
  const bio = useWatch({ control: form.control, name: "bio" }) ?? "";

  const onSubmit = form.handleSubmit(async (values) => {
    setStatus(null);
    const result = await save(values);
    if (result.ok) {
      form.setValue("version", result.version);
      setStatus({ kind: "ok", text: t("saved") });
      return;
    }
    applyServerErrors(form, result.fieldErrors);
    setStatus({ kind: "error", text: result.formError });
  });

  const errorOf = (name: string) => {
    const parts = name.split(".");
    let node: unknown = errors;
    for (const p of parts) node = (node as Record<string, unknown> | undefined)?.[p];
    const message = (node as { message?: string } | undefined)?.message;
    return message ? [message] : undefined;
  };

  const visibility = (field: ProfileField, label: string) => (
    <div className="space-y-1">
      <label htmlFor={`vis-${field}`} className="text-xs font-medium text-muted-foreground">
        {t("visibility")}: {label}
      </label>
      <NativeSelect
        id={`vis-${field}`}
        className="h-9"
        {...form.register(`visibility.${field}` as Path<AlumniProfileInput>)}
      >
        {VISIBILITIES.filter((v) => field !== "name" || v !== "staff").map((v) => (
          <option key={v} value={v}>
            {t(`vis_${v}`)}
          </option>
        ))}
      </NativeSelect>
    </div>
  );

  const row = (field: ProfileField, label: string, control: React.ReactNode) => (
    <div className="grid gap-2 rounded-md border p-3 sm:grid-cols-[1fr_12rem]">
      {control}
      {visibility(field, label)}
    </div>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" {...form.register("version")} />
      {row(
        "name",
        t("nameListing"),
        <p className="text-sm">
          <span className="font-medium">{t("nameListing")}</span>
          <br />
          <span className="text-muted-foreground">{t("nameHelp")}</span>
        </p>,
      )}
      {row(
        "bio",
        t("bioLabel"),
        <FormField id="bio" label={t("bioLabel")} help={`${bio.length} / ${BIO_MAX}`} errors={errorOf("bio")}>
          {(a11y) => <Textarea {...a11y} rows={4} {...form.register("bio")} />}
        </FormField>,
      )}
      {row(
        "position",
        t("positionLabel"),
        <FormField id="currentPosition" label={t("positionLabel")} errors={errorOf("currentPosition")}>
          {(a11y) => <Input {...a11y} {...form.register("currentPosition")} />}
        </FormField>,
      )}
      {row(
        "organisation",
        t("organisationLabel"),
        <FormField id="currentOrganisation" label={t("organisationLabel")} errors={errorOf("currentOrganisation")}>
          {(a11y) => <Input {...a11y} {...form.register("currentOrganisation")} />}
        </FormField>,
      )}
      {row(
        "country",
        t("countryLabel"),
        <FormField id="country" label={t("countryLabel")} errors={errorOf("country")}>
          {(a11y) => (
            <NativeSelect {...a11y} {...form.register("country")}>
              <option value="">{t("noCountry")}</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </NativeSelect>
          )}
        </FormField>,
      )}
      {row(
        "fields",
        t("fieldsLabel"),
        <FormField id="fields" label={t("fieldsLabel")} help={t("fieldsHelp")} errors={errorOf("fields")}>
          {(a11y) => <Input {...a11y} {...form.register("fields")} />}
        </FormField>,
      )}
      {row(
        "languages",
        t("languagesLabel"),
        <FormField id="languages" label={t("languagesLabel")} help={t("fieldsHelp")} errors={errorOf("languages")}>
          {(a11y) => <Input {...a11y} {...form.register("languages")} />}
        </FormField>,
      )}
      {row(
        "links",
        t("linksLabel"),
        <FormField id="links" label={t("linksLabel")} help={t("linksHelp")} errors={errorOf("links")}>
          {(a11y) => <Textarea {...a11y} rows={3} {...form.register("links")} />}
        </FormField>,
      )}
      {row(
        "email",
        t("emailLabel"),
        <FormField id="contactEmail" label={t("emailLabel")} errors={errorOf("contactEmail")}>
          {(a11y) => <Input {...a11y} type="email" autoComplete="email" {...form.register("contactEmail")} />}
        </FormField>,
      )}
      {row("photo", t("photoLabel"), <p className="text-sm font-medium">{t("photoLabel")}</p>)}
      <div className="flex items-center gap-2">
        <input id="digestOptIn" type="checkbox" className="h-4 w-4" {...form.register("digestOptIn")} />
        <label htmlFor="digestOptIn" className="text-sm">
          {t("digestLabel")}
        </label>
      </div>
      {status ? <Alert variant={status.kind === "error" ? "destructive" : "default"}>{status.text}</Alert> : null}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("working") : t("save")}
      </Button>
      <p aria-live="polite" className="sr-only">
        {isSubmitting ? t("working") : ""}
      </p>
    </form>
  );
}
