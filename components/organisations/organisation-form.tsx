"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { FormStatus, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { useActionForm, type ActionOutcome } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  createOrganisationSchema,
  ORGANISATION_KINDS,
  updateOrganisationSchema,
  type OrganisationFormInput,
} from "@/lib/organisations/schemas";

type Props = {
  countries: { code: string; name: string }[];
  defaults?: OrganisationFormInput & { organisationId: string };
  action: (values: unknown) => Promise<ActionOutcome<Record<string, unknown>>>;
};

export function OrganisationForm({ countries, defaults, action }: Props) {
  const t = useTranslations("organisations");
  const router = useRouter();
  const editing = Boolean(defaults);
  const empty: OrganisationFormInput = {
    name: "",
    shortName: "",
    kind: "other",
    country: "",
    city: "",
    website: "",
    description: "",
  };
  const { form, onSubmit, formError, errorsOf, done, setDone } = useActionForm({
    schema: editing ? updateOrganisationSchema : createOrganisationSchema,
    defaultValues: (defaults ?? empty) as never,
    action,
    onSuccess: () => {
      setDone(editing ? t("saved") : t("created"));
      if (!editing) form.reset(empty as never);
      router.refresh();
    },
  });
  const r = (name: string) => form.register(name as never);
  return (
    <ActionForm onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" aria-label={editing ? t("save") : t("add")}>
      {formError ? (
        <Alert variant="destructive" className="sm:col-span-2">
          {formError}
        </Alert>
      ) : null}
      <TextField id="org-name" label={t("name")} errors={errorsOf("name")} registration={r("name")} />
      <TextField id="org-short" label={t("shortName")} errors={errorsOf("shortName")} registration={r("shortName")} />
      <SelectField
        id="org-kind"
        label={t("kind")}
        options={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`kind_${k}`) }))}
        errors={errorsOf("kind")}
        registration={r("kind")}
      />
      <SelectField
        id="org-country"
        label={t("country")}
        placeholder={t("noCountry")}
        options={countries.map((c) => ({ value: c.code, label: c.name }))}
        errors={errorsOf("country")}
        registration={r("country")}
      />
      <TextField id="org-city" label={t("city")} errors={errorsOf("city")} registration={r("city")} />
      <TextField
        id="org-website"
        type="url"
        label={t("website")}
        errors={errorsOf("website")}
        registration={r("website")}
      />
      <div className="sm:col-span-2">
        <TextAreaField
          id="org-description"
          label={t("description")}
          rows={3}
          errors={errorsOf("description")}
          registration={r("description")}
        />
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {editing ? t("save") : t("create")}
        </Button>
        <FormStatus busy={form.formState.isSubmitting} done={done} busyLabel={t("working")} />
      </div>
    </ActionForm>
  );
}
