"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect as Select } from "@/components/ui/select";
import {
  RUBRIC_MAX_CRITERIA,
  reviewSettingsSchema,
  type ReviewSettingsInput,
  type ReviewSettingsValues,
} from "@/lib/review/schemas";
import type { ServerAction } from "./action-result";
import { useSaid } from "@/components/i18n/said-words";

type Props = { defaults: ReviewSettingsValues; save: ServerAction<{ callVersion: number; settingsVersion: number }> };

const check = "h-4 w-4 rounded border-input";

export function ReviewSettingsForm({ defaults, save }: Props) {
  const t = useTranslations("review");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<ReviewSettingsInput, unknown, ReviewSettingsValues>({
    resolver: zodResolver(reviewSettingsSchema),
    defaultValues: defaults,
  });
  const rubric = useFieldArray({ control: form.control, name: "rubric" });
  const { errors, isSubmitting } = form.formState;
  const said = useSaid();
  const msg = (m: string | undefined) => (m ? [m] : undefined);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    const result = await save(values);
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.fieldErrors))
        form.setError(field as keyof ReviewSettingsInput, { message: messages.join(" ") });
      setFormError(result.formError);
      return;
    }
    form.reset({ ...values, callVersion: result.callVersion, settingsVersion: result.settingsVersion });
    setSaved(true);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField
          id="reviewersPerApplication"
          label={t("perApplication")}
          errors={msg(errors.reviewersPerApplication?.message)}
        >
          {(a11y) => (
            <Input
              {...a11y}
              type="number"
              min={1}
              {...form.register("reviewersPerApplication", { valueAsNumber: true })}
            />
          )}
        </FormField>
        <FormField id="aggregation" label={t("aggregation")} errors={msg(errors.aggregation?.message)}>
          {(a11y) => (
            <Select {...a11y} {...form.register("aggregation")}>
              <option value="mean">{t("mean")}</option>
              <option value="median">{t("median")}</option>
            </Select>
          )}
        </FormField>
        <FormField id="offerDays" label={t("offerDays")} errors={msg(errors.offerDays?.message)}>
          {(a11y) => <Input {...a11y} type="number" min={1} {...form.register("offerDays", { valueAsNumber: true })} />}
        </FormField>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("options")}</legend>
        {(["anonymised", "normalise", "avoidSameCountry"] as const).map((name) => (
          <div key={name} className="flex items-start gap-2">
            <input
              id={name}
              type="checkbox"
              className={`${check} mt-0.5`}
              aria-describedby={`${name}-help`}
              {...form.register(name)}
            />
            <div>
              <label htmlFor={name} className="text-sm font-medium">
                {t(`${name}Label`)}
              </label>
              <p id={`${name}-help`} className="text-sm text-muted-foreground">
                {t(`${name}Help`)}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">{t("rubric")}</legend>
        {errors.rubric?.root?.message || errors.rubric?.message ? (
          <p className="text-sm text-destructive">
            {said(errors.rubric?.root?.message ?? errors.rubric?.message ?? "")}
          </p>
        ) : null}
        {rubric.fields.map((field, i) => (
          <div
            key={field.id}
            className="grid gap-3 rounded-md border p-3 sm:grid-cols-[1fr_2fr_6rem_6rem_6rem_auto] sm:items-end"
          >
            <FormField id={`rubric-${i}-id`} label={t("criterionId")} errors={msg(errors.rubric?.[i]?.id?.message)}>
              {(a11y) => <Input {...a11y} {...form.register(`rubric.${i}.id`)} />}
            </FormField>
            <FormField
              id={`rubric-${i}-label`}
              label={t("criterionLabel")}
              errors={msg(errors.rubric?.[i]?.label?.message)}
            >
              {(a11y) => <Input {...a11y} {...form.register(`rubric.${i}.label`)} />}
            </FormField>
            <FormField
              id={`rubric-${i}-weight`}
              label={t("criterionWeight")}
              errors={msg(errors.rubric?.[i]?.weight?.message)}
            >
              {(a11y) => (
                <Input
                  {...a11y}
                  type="number"
                  step="any"
                  {...form.register(`rubric.${i}.weight`, { valueAsNumber: true })}
                />
              )}
            </FormField>
            <FormField id={`rubric-${i}-max`} label={t("criterionMax")} errors={msg(errors.rubric?.[i]?.max?.message)}>
              {(a11y) => (
                <Input
                  {...a11y}
                  type="number"
                  step="any"
                  {...form.register(`rubric.${i}.max`, { valueAsNumber: true })}
                />
              )}
            </FormField>
            <FormField
              id={`rubric-${i}-step`}
              label={t("criterionStep")}
              errors={msg(errors.rubric?.[i]?.step?.message)}
            >
              {(a11y) => (
                <Input
                  {...a11y}
                  type="number"
                  step="any"
                  {...form.register(`rubric.${i}.step`, { valueAsNumber: true })}
                />
              )}
            </FormField>
            <Button
              type="button"
              variant="outline"
              size="sm"
              onClick={() => rubric.remove(i)}
              aria-label={t("removeCriterion", { n: i + 1 })}
            >
              {t("remove")}
            </Button>
          </div>
        ))}
        <Button
          type="button"
          variant="outline"
          size="sm"
          disabled={rubric.fields.length >= RUBRIC_MAX_CRITERIA}
          onClick={() => rubric.append({ id: "", label: "", weight: 1, max: 10, step: 1 })}
        >
          {t("addCriterion")}
        </Button>
      </fieldset>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("saving") : t("saveSettings")}
        </Button>
        <p aria-live="polite" className="text-sm text-muted-foreground">
          {saved ? t("saved") : ""}
        </p>
      </div>
    </form>
  );
}
