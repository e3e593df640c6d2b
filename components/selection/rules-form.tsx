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
import { NativeSelect } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/components/review/action-result";
import {
  balanceRulesFormSchema,
  type BalanceRulesFormInput,
  type BalanceRulesFormValues,
} from "@/lib/decisions/schemas";
import { REGION_CODES } from "@/lib/selection/stored-rules";

type Props = {
  defaults: BalanceRulesFormValues;
  tracks: { id: string; title: string }[];
  regions: { code: (typeof REGION_CODES)[number]; name: string }[];
  /** Every grouping of countries a rule can name, with its kind for grouping the list. */
  groups: { ref: string; label: string; kind: string }[];
  save: ServerAction<{ callVersion: number }>;
};

/** Every balance rule of a call; empty fields mean "no such rule". */
const GROUP_KINDS = ["m49-region", "m49-subregion", "unesco", "named", "custom"] as const;

export function RulesForm({ defaults, tracks, regions, groups, save }: Props) {
  const t = useTranslations("selection.rules");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<BalanceRulesFormInput, unknown, BalanceRulesFormValues>({
    resolver: zodResolver(balanceRulesFormSchema),
    defaultValues: defaults,
  });
  const { errors, isSubmitting } = form.formState;
  const groupRows = useFieldArray({ control: form.control, name: "groupRules" });
  const msg = (m: string | undefined) => (m ? [m] : undefined);
  const num = (id: keyof BalanceRulesFormInput, label: string, help?: string) => (
    <FormField
      id={id}
      label={label}
      help={help}
      errors={msg((errors[id] as { message?: string } | undefined)?.message)}
    >
      {(a11y) => <Input {...a11y} inputMode="numeric" {...form.register(id as "seats")} />}
    </FormField>
  );

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    const result = await save(values);
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.fieldErrors))
        form.setError(field as keyof BalanceRulesFormInput, { message: messages.join(" ") });
      setFormError(result.formError);
      return;
    }
    form.reset({ ...values, callVersion: result.callVersion });
    setSaved(true);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-8">
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">{t("seatsLegend")}</legend>
        {num("seats", t("seats"), t("seatsHelp"))}
        {tracks.map((track) => (
          <FormField
            key={track.id}
            id={`track-${track.id}`}
            label={t("perTrack", { track: track.title })}
            errors={msg(errors.seatsPerTrack?.[track.id]?.message)}
          >
            {(a11y) => <Input {...a11y} inputMode="numeric" {...form.register(`seatsPerTrack.${track.id}`)} />}
          </FormField>
        ))}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("genderLegend")}</legend>
        <p className="text-sm text-muted-foreground sm:col-span-2">{t("genderHelp")}</p>
        {num("genderMin", t("genderMin"))}
        {num("genderMax", t("genderMax"))}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("countriesLegend")}</legend>
        {num("maxPerCountry", t("maxPerCountry"))}
        {num("minCountries", t("minCountries"))}
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="mb-2 text-lg font-semibold">{t("regionsLegend")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {regions.map((r) => (
            <div key={r.code} className="grid grid-cols-2 gap-3">
              <FormField
                id={`regionMin-${r.code}`}
                label={t("regionMin", { region: r.name })}
                errors={msg(errors.regionMin?.[r.code]?.message)}
              >
                {(a11y) => <Input {...a11y} inputMode="numeric" {...form.register(`regionMin.${r.code}`)} />}
              </FormField>
              <FormField
                id={`regionMax-${r.code}`}
                label={t("regionMax", { region: r.name })}
                errors={msg(errors.regionMax?.[r.code]?.message)}
              >
                {(a11y) => <Input {...a11y} inputMode="numeric" {...form.register(`regionMax.${r.code}`)} />}
              </FormField>
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="mb-2 text-lg font-semibold">{t("groupsLegend")}</legend>
        <p className="text-sm text-muted-foreground">{t("groupsHelp")}</p>
        {groupRows.fields.map((field, i) => {
          const rowErrors = errors.groupRules?.[i];
          return (
            <div
              key={field.id}
              role="group"
              aria-label={t("groupRow", { n: i + 1 })}
              className="grid items-end gap-3 rounded-md border p-3 sm:grid-cols-[3fr_1fr_1fr_auto_auto]"
            >
              <FormField id={`groupRules-${i}-ref`} label={t("group")} errors={msg(rowErrors?.ref?.message)}>
                {(a11y) => (
                  <NativeSelect {...a11y} {...form.register(`groupRules.${i}.ref`)}>
                    <option value="">{t("chooseGroup")}</option>
                    {GROUP_KINDS.map((kind) => (
                      <optgroup key={kind} label={t(`groupKind.${kind}`)}>
                        {groups
                          .filter((g) => g.kind === kind)
                          .map((g) => (
                            <option key={g.ref} value={g.ref}>
                              {g.label}
                            </option>
                          ))}
                      </optgroup>
                    ))}
                  </NativeSelect>
                )}
              </FormField>
              <FormField id={`groupRules-${i}-min`} label={t("groupMin")} errors={msg(rowErrors?.min?.message)}>
                {(a11y) => <Input {...a11y} inputMode="numeric" {...form.register(`groupRules.${i}.min`)} />}
              </FormField>
              <FormField id={`groupRules-${i}-max`} label={t("groupMax")} errors={msg(rowErrors?.max?.message)}>
                {(a11y) => <Input {...a11y} inputMode="numeric" {...form.register(`groupRules.${i}.max`)} />}
              </FormField>
              <div className="space-y-1 pb-2">
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    {...form.register(`groupRules.${i}.each`)}
                    aria-describedby={rowErrors?.each ? `groupRules-${i}-each-error` : undefined}
                  />
                  {t("groupEach")}
                </label>
                {rowErrors?.each?.message ? (
                  <p id={`groupRules-${i}-each-error`} className="text-sm font-medium text-destructive">
                    {rowErrors.each.message}
                  </p>
                ) : null}
              </div>
              <Button type="button" variant="ghost" size="sm" onClick={() => groupRows.remove(i)}>
                {t("removeGroupRule", { n: i + 1 })}
              </Button>
            </div>
          );
        })}
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={() => groupRows.append({ ref: "", min: "", max: "", each: false })}
        >
          {t("addGroupRule")}
        </Button>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-[3fr_1fr]">
        <legend className="mb-2 text-lg font-semibold">{t("delegationsLegend")}</legend>
        <FormField
          id="delegationCountries"
          label={t("delegationCountries")}
          help={t("delegationCountriesHelp")}
          errors={msg(errors.delegationCountries?.message)}
        >
          {(a11y) => <Input {...a11y} {...form.register("delegationCountries")} />}
        </FormField>
        {num("delegationSize", t("delegationSize"))}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("pinsLegend")}</legend>
        <FormField id="pinnedIn" label={t("pinnedIn")} help={t("pinsHelp")} errors={msg(errors.pinnedIn?.message)}>
          {(a11y) => <Textarea {...a11y} rows={3} {...form.register("pinnedIn")} />}
        </FormField>
        <FormField id="pinnedOut" label={t("pinnedOut")} help={t("pinsHelp")} errors={msg(errors.pinnedOut?.message)}>
          {(a11y) => <Textarea {...a11y} rows={3} {...form.register("pinnedOut")} />}
        </FormField>
      </fieldset>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("saving") : t("save")}
        </Button>
        <p aria-live="polite" className="text-sm text-muted-foreground">
          {saved ? t("saved") : ""}
        </p>
      </div>
    </form>
  );
}
