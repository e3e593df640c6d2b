"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { CheckboxGroup, FormStatus, TextAreaField, TextField } from "@/components/forms/fields";
import { ActionForm } from "@/components/forms/action-form";
import { useActionForm, type ActionOutcome } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  createProgrammeSchema,
  PROGRAMME_LIMITS,
  updateProgrammeSchema,
  type ProgrammeFormInput,
} from "@/lib/programmes/schemas";

type AgendaOptions = {
  goals: { id: string; code: string; title: string }[];
  strategies: { id: string; code: string; title: string }[];
};

type Props = {
  agenda: AgendaOptions;
  defaults?: ProgrammeFormInput & { programmeId: string; version: number };
  action: (values: unknown) => Promise<ActionOutcome<{ programmeId?: string; slug: string }>>;
};

const EMPTY: ProgrammeFormInput = {
  title: "",
  slug: "",
  summary: "",
  description: "",
  outcomes: "",
  themes: "",
  projectTypes: "",
  countries: "",
  sdgs: [],
  agendaGoalIds: [],
  agendaStrategyIds: [],
  keyFigures: "",
  startDate: "",
  endDate: "",
};

export function ProgrammeForm({ agenda, defaults, action }: Props) {
  const t = useTranslations("programmesAdmin");
  const router = useRouter();
  const editing = Boolean(defaults);
  const { form, onSubmit, formError, errorsOf, done, setDone } = useActionForm({
    schema: editing ? updateProgrammeSchema : createProgrammeSchema,
    defaultValues: (defaults ?? EMPTY) as never,
    action: action as never,
    onSuccess: (result: { programmeId?: string; version?: number }) => {
      if (!editing && result.programmeId) {
        router.push(`/admin/programmes/${result.programmeId}`);
        return;
      }
      if (result.version) form.setValue("version" as never, result.version as never);
      setDone(t("saved"));
      router.refresh();
    },
  });
  const { isSubmitting } = form.formState;
  const r = (name: string) => form.register(name as never);

  return (
    <ActionForm onSubmit={onSubmit} className="space-y-5">
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <TextField
        id="p-title"
        label={t("fieldTitle")}
        maxLength={PROGRAMME_LIMITS.title}
        errors={errorsOf("title")}
        registration={r("title")}
      />
      <TextField
        id="p-slug"
        label={t("fieldSlug")}
        help={t("fieldSlugHelp")}
        errors={errorsOf("slug")}
        registration={r("slug")}
      />
      <TextAreaField
        id="p-summary"
        label={t("fieldSummary")}
        rows={3}
        errors={errorsOf("summary")}
        registration={r("summary")}
      />
      <TextAreaField
        id="p-description"
        label={t("fieldDescription")}
        help={t("markdownHelp")}
        rows={8}
        errors={errorsOf("description")}
        registration={r("description")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="p-themes"
          label={t("fieldThemes")}
          help={t("commaHelp")}
          errors={errorsOf("themes")}
          registration={r("themes")}
        />
        <TextField
          id="p-types"
          label={t("fieldProjectTypes")}
          help={t("commaHelp")}
          errors={errorsOf("projectTypes")}
          registration={r("projectTypes")}
        />
        <TextField
          id="p-start"
          type="date"
          label={t("fieldStartDate")}
          errors={errorsOf("startDate")}
          registration={r("startDate")}
        />
        <TextField
          id="p-end"
          type="date"
          label={t("fieldEndDate")}
          errors={errorsOf("endDate")}
          registration={r("endDate")}
        />
      </div>
      <TextField
        id="p-countries"
        label={t("fieldCountries")}
        help={t("countriesHelp")}
        errors={errorsOf("countries")}
        registration={r("countries")}
      />
      <CheckboxGroup
        id="p-sdgs"
        legend={t("fieldSdgs")}
        columns={4}
        options={Array.from({ length: 17 }, (_, i) => ({ value: String(i + 1), label: `SDG ${i + 1}` }))}
        errors={errorsOf("sdgs")}
        registration={r("sdgs")}
      />
      <CheckboxGroup
        id="p-goals"
        legend={t("fieldGoals")}
        options={agenda.goals.map((g) => ({ value: g.id, label: `${g.code} ${g.title}` }))}
        errors={errorsOf("agendaGoalIds")}
        registration={r("agendaGoalIds")}
      />
      <CheckboxGroup
        id="p-strategies"
        legend={t("fieldStrategies")}
        options={agenda.strategies.map((s) => ({ value: s.id, label: `${s.code} ${s.title}` }))}
        errors={errorsOf("agendaStrategyIds")}
        registration={r("agendaStrategyIds")}
      />
      <TextAreaField
        id="p-figures"
        label={t("fieldKeyFigures")}
        help={t("keyFiguresHelp")}
        rows={4}
        errors={errorsOf("keyFigures")}
        registration={r("keyFigures")}
      />
      <TextAreaField
        id="p-outcomes"
        label={t("fieldOutcomes")}
        help={t("outcomesHelp")}
        rows={4}
        errors={errorsOf("outcomes")}
        registration={r("outcomes")}
      />
      <div className="flex items-center gap-4">
        <Button type="submit" disabled={isSubmitting}>
          {editing ? t("save") : t("createProgramme")}
        </Button>
        <FormStatus busy={isSubmitting} done={done} busyLabel={t("working")} />
      </div>
    </ActionForm>
  );
}
