"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { GENDERS, profileSchema, type ProfileInput } from "@/lib/profiles/schemas";
import { useSaid } from "@/components/i18n/said-words";

type Result = { ok: true; version: number } | { ok: false; formError: string; fieldErrors: Record<string, string[]> };
const TEXT_FIELDS = [
  "name",
  "givenName",
  "familyName",
  "organisation",
  "position",
  "field",
  "languages",
  "yearsExperience",
] as const;

export function ProfileForm({
  initial,
  countries,
  next,
  save,
}: {
  initial: ProfileInput;
  countries: { code: string; name: string }[];
  next: string | null;
  save: (input: unknown) => Promise<Result>;
}) {
  const t = useTranslations("profile");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<ProfileInput>({ resolver: zodResolver(profileSchema), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  const said = useSaid();
  const gender = useWatch({ control: form.control, name: "gender" });
  const messages = (field: keyof ProfileInput) => {
    const message = errors[field]?.message;
    return message ? [String(message)] : undefined;
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    const result = await save(values);
    if (!result.ok) {
      for (const [field, list] of Object.entries(result.fieldErrors))
        form.setError(field as keyof ProfileInput, { message: list.join(" ") });
      setFormError(result.formError);
      return;
    }
    form.setValue("version", result.version);
    setSaved(true);
    if (next) router.push(next);
    else router.refresh();
  });

  const countrySelect = (field: "nationality" | "residence") => (
    <FormField id={field} label={t(field)} errors={messages(field)}>
      {(a11y) => (
        <NativeSelect {...a11y} {...form.register(field)}>
          <option value="">{t("chooseCountry")}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </NativeSelect>
      )}
    </FormField>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5">
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      {TEXT_FIELDS.slice(0, 3).map((field) => (
        <FormField key={field} id={field} label={t(field)} errors={messages(field)}>
          {(a11y) => (
            <Input
              {...a11y}
              autoComplete={field === "name" ? "name" : field === "givenName" ? "given-name" : "family-name"}
              {...form.register(field)}
            />
          )}
        </FormField>
      ))}
      <fieldset className="space-y-2" aria-describedby="gender-help">
        <legend className="text-sm font-medium">{t("gender")}</legend>
        <p id="gender-help" className="text-sm text-muted-foreground">
          {t("genderHelp")}
        </p>
        {GENDERS.map((value) => (
          <div key={value} className="flex items-center gap-2">
            <input id={`gender-${value}`} type="radio" value={value} className="h-4 w-4" {...form.register("gender")} />
            <label htmlFor={`gender-${value}`}>{t(value)}</label>
          </div>
        ))}
        {errors.gender?.message ? (
          <p className="text-sm font-medium text-destructive">{said(String(errors.gender.message))}</p>
        ) : null}
      </fieldset>
      {gender === "another" ? (
        <FormField id="genderOther" label={t("genderOther")} errors={messages("genderOther")}>
          {(a11y) => <Input {...a11y} {...form.register("genderOther")} />}
        </FormField>
      ) : null}
      {countrySelect("nationality")}
      {countrySelect("residence")}
      {TEXT_FIELDS.slice(3, 6).map((field) => (
        <FormField key={field} id={field} label={t(field)} errors={messages(field)}>
          {(a11y) => (
            <Input
              {...a11y}
              autoComplete={
                field === "organisation" ? "organization" : field === "position" ? "organization-title" : "off"
              }
              {...form.register(field)}
            />
          )}
        </FormField>
      ))}
      <FormField id="languages" label={t("languages")} help={t("languagesHelp")} errors={messages("languages")}>
        {(a11y) => <Input {...a11y} {...form.register("languages")} />}
      </FormField>
      <FormField id="yearsExperience" label={t("yearsExperience")} errors={messages("yearsExperience")}>
        {(a11y) => (
          <Input {...a11y} type="number" inputMode="numeric" min={0} max={80} {...form.register("yearsExperience")} />
        )}
      </FormField>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("saving") : t("save")}
      </Button>
      <p role="status" aria-live="polite" className="text-sm">
        {isSubmitting ? t("saving") : saved ? t("saved") : ""}
      </p>
    </form>
  );
}
