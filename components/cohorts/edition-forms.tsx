"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormStatus, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { ActionForm } from "@/components/forms/action-form";
import { useActionForm, type ActionOutcome } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { changeCohortScheduleSchema, copyCohortSchema } from "@/lib/cohorts/schemas";

type Action = (values: unknown) => Promise<ActionOutcome<Record<string, unknown>>>;

/** Copies the edition to another start date (CPI runs yearly); every date moves by the same offset. */
export function CopyCohortForm({
  programmeId,
  cohortId,
  defaults,
  action,
}: {
  programmeId: string;
  cohortId: string;
  defaults: { title: string; year: number; startDate: string };
  action: Action;
}) {
  const t = useTranslations("cohortsAdmin");
  const router = useRouter();
  const { form, onSubmit, formError, errorsOf } = useActionForm({
    schema: copyCohortSchema,
    defaultValues: { cohortId, ...defaults },
    action,
    onSuccess: (result) => router.push(`/admin/programmes/${programmeId}/cohorts/${String(result.cohortId)}`),
  });
  return (
    <ActionForm onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-3 sm:items-end" aria-label={t("copyEdition")}>
      {formError ? (
        <Alert variant="destructive" className="sm:col-span-3">
          {formError}
        </Alert>
      ) : null}
      <TextField
        id="copy-title"
        label={t("copyTitle")}
        errors={errorsOf("title")}
        registration={form.register("title")}
      />
      <TextField
        id="copy-year"
        type="number"
        label={t("fieldYear")}
        errors={errorsOf("year")}
        registration={form.register("year")}
      />
      <TextField
        id="copy-start"
        type="date"
        label={t("copyStart")}
        help={t("copyStartHelp")}
        errors={errorsOf("startDate")}
        registration={form.register("startDate")}
      />
      <div className="flex items-center gap-3 sm:col-span-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("copyEdition")}
        </Button>
        <FormStatus busy={form.formState.isSubmitting} done={null} busyLabel={t("working")} />
      </div>
    </ActionForm>
  );
}

/** Postpone (new start date, or to be announced) or cancel, with a reason; everyone concerned is emailed. */
export function CohortScheduleForm({
  cohortId,
  version,
  action,
}: {
  cohortId: string;
  version: number;
  action: Action;
}) {
  const t = useTranslations("cohortsAdmin");
  const router = useRouter();
  const { form, onSubmit, formError, errorsOf, done, setDone } = useActionForm({
    schema: changeCohortScheduleSchema,
    defaultValues: { cohortId, action: "postpone", reason: "", newStartDate: "", version },
    action,
    onSuccess: (result) => {
      setDone(t("scheduleChanged", { n: Number(result.notified) }));
      router.refresh();
    },
  });
  return (
    <ActionForm onSubmit={onSubmit} className="space-y-3" aria-label={t("postponeOrCancel")}>
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          id="sched-action"
          label={t("scheduleAction")}
          options={[
            { value: "postpone", label: t("postpone") },
            { value: "cancel", label: t("cancel") },
          ]}
          errors={errorsOf("action")}
          registration={form.register("action")}
        />
        <TextField
          id="sched-start"
          type="date"
          label={t("newStartDate")}
          help={t("newStartDateHelp")}
          errors={errorsOf("newStartDate")}
          registration={form.register("newStartDate")}
        />
      </div>
      <TextAreaField
        id="sched-reason"
        label={t("reason")}
        rows={3}
        errors={errorsOf("reason")}
        registration={form.register("reason")}
      />
      <div className="flex items-center gap-3">
        <Button type="submit" variant="destructive" disabled={form.formState.isSubmitting}>
          {t("applyAndNotify")}
        </Button>
        <FormStatus busy={form.formState.isSubmitting} done={done} busyLabel={t("working")} />
      </div>
    </ActionForm>
  );
}
