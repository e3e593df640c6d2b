"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useFieldArray } from "react-hook-form";
import { CheckboxField, FormStatus, SelectField, TextField } from "@/components/forms/fields";
import { ActionForm } from "@/components/forms/action-form";
import { useActionForm, type ActionOutcome } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  COHORT_FORMATS,
  COHORT_STATUSES,
  createCohortSchema,
  PHASE_MODES,
  updateCohortSchema,
  type CohortFormInput,
} from "@/lib/cohorts/schemas";

type Props = {
  programmeId: string;
  timeZones: string[];
  defaults?: Omit<CohortFormInput, "programmeId"> & { cohortId: string; version: number };
  action: (values: unknown) => Promise<ActionOutcome<{ cohortId?: string; version?: number }>>;
};

export function CohortForm({ programmeId, timeZones, defaults, action }: Props) {
  const t = useTranslations("cohortsAdmin");
  const ts = useTranslations("status");
  const router = useRouter();
  const editing = Boolean(defaults);
  const empty: CohortFormInput = {
    programmeId,
    title: "",
    year: new Date().getFullYear(),
    startDate: "",
    endDate: "",
    timeZone: "Asia/Seoul",
    format: "in_person",
    location: "",
    capacity: "",
    status: "planned",
    isPublished: false,
    phases: [],
  };
  const { form, onSubmit, formError, errorsOf, done, setDone } = useActionForm({
    schema: editing ? updateCohortSchema : createCohortSchema,
    defaultValues: (defaults ?? empty) as never,
    action: action as never,
    onSuccess: (result: { cohortId?: string; version?: number }) => {
      if (!editing && result.cohortId) {
        router.push(`/admin/programmes/${programmeId}/cohorts/${result.cohortId}`);
        return;
      }
      if (result.version) form.setValue("version" as never, result.version as never);
      setDone(t("saved"));
      router.refresh();
    },
  });
  const phases = useFieldArray({ control: form.control, name: "phases" as never });
  const r = (name: string) => form.register(name as never);
  const { isSubmitting } = form.formState;

  return (
    <ActionForm onSubmit={onSubmit} className="space-y-5">
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="c-title" label={t("fieldTitle")} errors={errorsOf("title")} registration={r("title")} />
        <TextField
          id="c-year"
          type="number"
          label={t("fieldYear")}
          errors={errorsOf("year")}
          registration={r("year")}
        />
        <TextField
          id="c-start"
          type="date"
          label={t("fieldStartDate")}
          errors={errorsOf("startDate")}
          registration={r("startDate")}
        />
        <TextField
          id="c-end"
          type="date"
          label={t("fieldEndDate")}
          errors={errorsOf("endDate")}
          registration={r("endDate")}
        />
        <TextField
          id="c-zone"
          label={t("fieldTimeZone")}
          help={t("timeZoneHelp")}
          list="time-zones"
          errors={errorsOf("timeZone")}
          registration={r("timeZone")}
        />
        <SelectField
          id="c-format"
          label={t("fieldFormat")}
          options={COHORT_FORMATS.map((f) => ({ value: f, label: t(`format_${f}`) }))}
          errors={errorsOf("format")}
          registration={r("format")}
        />
        <TextField
          id="c-location"
          label={t("fieldLocation")}
          errors={errorsOf("location")}
          registration={r("location")}
        />
        <TextField
          id="c-capacity"
          type="number"
          label={t("fieldCapacity")}
          errors={errorsOf("capacity")}
          registration={r("capacity")}
        />
        <SelectField
          id="c-status"
          label={t("fieldStatus")}
          options={COHORT_STATUSES.map((s) => ({ value: s, label: ts(s) }))}
          errors={errorsOf("status")}
          registration={r("status")}
        />
        <div className="flex items-end pb-2">
          <CheckboxField id="c-published" label={t("fieldPublished")} registration={r("isPublished")} />
        </div>
      </div>
      <datalist id="time-zones">
        {timeZones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>

      <fieldset className="space-y-3 rounded-lg border p-4">
        <legend className="px-1 font-semibold">{t("phases")}</legend>
        {phases.fields.length === 0 ? <p className="text-sm text-muted-foreground">{t("noPhases")}</p> : null}
        {phases.fields.map((field, i) => (
          <div
            key={field.id}
            className="grid gap-3 border-b pb-3 sm:grid-cols-[2fr_1fr_1fr_1fr_auto] sm:items-end"
            role="group"
            aria-label={t("phaseN", { n: i + 1 })}
          >
            <TextField
              id={`phase-${i}-title`}
              label={t("phaseTitle", { n: i + 1 })}
              errors={errorsOf(`phases.${i}.title`)}
              registration={r(`phases.${i}.title`)}
            />
            <SelectField
              id={`phase-${i}-mode`}
              label={t("phaseMode", { n: i + 1 })}
              options={PHASE_MODES.map((m) => ({ value: m, label: t(`mode_${m}`) }))}
              errors={errorsOf(`phases.${i}.mode`)}
              registration={r(`phases.${i}.mode`)}
            />
            <TextField
              id={`phase-${i}-start`}
              type="date"
              label={t("phaseStart", { n: i + 1 })}
              errors={errorsOf(`phases.${i}.startDate`)}
              registration={r(`phases.${i}.startDate`)}
            />
            <TextField
              id={`phase-${i}-end`}
              type="date"
              label={t("phaseEnd", { n: i + 1 })}
              errors={errorsOf(`phases.${i}.endDate`)}
              registration={r(`phases.${i}.endDate`)}
            />
            <Button
              type="button"
              variant="outline"
              size="sm"
              onClick={() => phases.remove(i)}
              aria-label={t("removePhase", { n: i + 1 })}
            >
              {t("remove")}
            </Button>
          </div>
        ))}
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={() => phases.append({ title: "", mode: "online", startDate: "", endDate: "" } as never)}
        >
          {t("addPhase")}
        </Button>
      </fieldset>

      <div className="flex items-center gap-4">
        <Button type="submit" disabled={isSubmitting}>
          {editing ? t("save") : t("createCohort")}
        </Button>
        <FormStatus busy={isSubmitting} done={done} busyLabel={t("working")} />
      </div>
    </ActionForm>
  );
}
