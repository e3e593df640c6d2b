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
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/auth/action";
import { onboardingSchema, type OnboardingInput } from "@/lib/offers/schemas";
import { SHARING_FIELDS } from "@/lib/participants/schemas";

type Props = {
  enrolmentId: string;
  tracks: { id: string; title: string }[];
  defaultTrackId: string;
  startDate: string | null;
  endDate: string | null;
  confirm: (input: OnboardingInput) => Promise<ActionResult<{ cohortId: string }>>;
};

const SHARE_LABEL = {
  name: "shareName",
  country: "shareCountry",
  organisation: "shareOrganisation",
  email: "shareEmail",
} as const;

export function OnboardingForm({ enrolmentId, tracks, defaultTrackId, startDate, endDate, confirm }: Props) {
  const t = useTranslations("participants");
  const tc = useTranslations("common");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<OnboardingInput>({
    resolver: zodResolver(onboardingSchema),
    defaultValues: {
      enrolmentId,
      trackId: defaultTrackId,
      arrivalDate: startDate ?? "",
      departureDate: endDate ?? "",
      dietaryNeeds: "",
      visaLetter: false,
      passportName: "",
      sharing: { name: true, country: true, organisation: false, email: false },
    },
  });
  const { errors, isSubmitting } = form.formState;
  const visa = useWatch({ control: form.control, name: "visaLetter" });
  const err = (message?: string) => (message ? [message] : undefined);

  // A refusal in the browser (react-hook-form moves focus to the first wrong field) is announced like the server's.
  const onSubmit = form.handleSubmit(
    async (values) => {
      setFormError(null);
      const result = await confirm(values);
      if (result.ok) {
        router.push(`/me/cohorts/${result.cohortId}`);
        return;
      }
      for (const [field, messages] of Object.entries(result.fieldErrors))
        form.setError(field as keyof OnboardingInput, { message: messages.join(" ") });
      setFormError(result.formError);
    },
    () => setFormError(t("fixHighlighted")),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <FormField id="trackId" label={t("track")} errors={err(errors.trackId?.message)}>
        {(a11y) => (
          <Select {...a11y} {...form.register("trackId")}>
            <option value="">{t("chooseTrack")}</option>
            {tracks.map((tr) => (
              <option key={tr.id} value={tr.id}>
                {tr.title}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="arrivalDate" label={t("arrival")} errors={err(errors.arrivalDate?.message)}>
          {(a11y) => <Input {...a11y} type="date" {...form.register("arrivalDate")} />}
        </FormField>
        <FormField id="departureDate" label={t("departure")} errors={err(errors.departureDate?.message)}>
          {(a11y) => <Input {...a11y} type="date" {...form.register("departureDate")} />}
        </FormField>
      </div>
      <FormField
        id="dietaryNeeds"
        label={t("dietary")}
        help={t("dietaryHelp")}
        errors={err(errors.dietaryNeeds?.message)}
      >
        {(a11y) => <Textarea {...a11y} rows={2} {...form.register("dietaryNeeds")} />}
      </FormField>
      <div className="flex items-center gap-2">
        <input id="visaLetter" type="checkbox" className="h-4 w-4" {...form.register("visaLetter")} />
        <label htmlFor="visaLetter" className="text-sm font-medium">
          {t("visaLetter")}
        </label>
      </div>
      {visa ? (
        <FormField id="passportName" label={t("passportName")} errors={err(errors.passportName?.message)}>
          {(a11y) => <Input {...a11y} autoComplete="name" {...form.register("passportName")} />}
        </FormField>
      ) : null}
      <fieldset className="space-y-2 rounded-md border p-3">
        <legend className="px-1 text-sm font-medium">{t("sharingTitle")}</legend>
        {SHARING_FIELDS.map((field) => (
          <div key={field} className="flex items-center gap-2">
            <input id={`share-${field}`} type="checkbox" className="h-4 w-4" {...form.register(`sharing.${field}`)} />
            <label htmlFor={`share-${field}`} className="text-sm">
              {t(SHARE_LABEL[field])}
            </label>
          </div>
        ))}
      </fieldset>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? tc("working") : t("confirm")}
      </Button>
      <p aria-live="polite" className="sr-only">
        {isSubmitting ? tc("working") : ""}
      </p>
    </form>
  );
}
