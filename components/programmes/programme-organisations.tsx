"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormStatus, SelectField, TextField } from "@/components/forms/fields";
import { ActionForm } from "@/components/forms/action-form";
import { useActionForm, type ActionOutcome } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { createOrganisationForProgrammeSchema, ORGANISATION_KINDS } from "@/lib/organisations/schemas";
import { linkOrganisationSchema, ORGANISATION_ROLES } from "@/lib/programmes/schemas";

type Action = (values: unknown) => Promise<ActionOutcome<Record<string, unknown>>>;
type Option = { id: string; name: string; shortName: string | null; country: string | null };

export function ProgrammeOrganisations(props: {
  programmeId: string;
  linked: { organisationId: string; name: string; country: string | null; role: string }[];
  directory: Option[];
  countries: { code: string; name: string }[];
  link: Action;
  unlink: Action;
  createAndLink: Action;
}) {
  const t = useTranslations("programmesAdmin");
  const tk = useTranslations("organisations");
  const router = useRouter();
  const roles = ORGANISATION_ROLES.map((r) => ({ value: r, label: t(`role_${r}`) }));
  const [pending, start] = useTransition();
  const [removeError, setRemoveError] = useState<string | null>(null);

  const linkForm = useActionForm({
    schema: linkOrganisationSchema,
    defaultValues: { programmeId: props.programmeId, organisationId: "", role: "partner" },
    action: props.link,
    onSuccess: () => {
      linkForm.setDone(t("organisationLinked"));
      linkForm.form.reset({ programmeId: props.programmeId, organisationId: "", role: "partner" });
      router.refresh();
    },
  });
  const createForm = useActionForm({
    schema: createOrganisationForProgrammeSchema,
    defaultValues: {
      programmeId: props.programmeId,
      role: "partner",
      name: "",
      shortName: "",
      kind: "cultural_institution",
      country: "",
      city: "",
      website: "",
      description: "",
    },
    action: props.createAndLink,
    onSuccess: () => {
      createForm.setDone(t("organisationCreated"));
      createForm.form.reset();
      router.refresh();
    },
  });

  return (
    <div className="space-y-5">
      {props.linked.length === 0 ? (
        <p>{t("noOrganisations")}</p>
      ) : (
        <ul className="divide-y rounded-lg border">
          {props.linked.map((o) => (
            <li key={`${o.organisationId}-${o.role}`} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <span>
                <strong>{o.name}</strong> — {t(`role_${o.role}`)}
              </span>
              <Button
                type="button"
                variant="outline"
                size="sm"
                disabled={pending}
                aria-label={t("removeOrganisation", { name: o.name, role: t(`role_${o.role}`) })}
                onClick={() =>
                  start(async () => {
                    setRemoveError(null);
                    const result = await props.unlink({
                      programmeId: props.programmeId,
                      organisationId: o.organisationId,
                      role: o.role,
                    });
                    if (!result.ok) setRemoveError(result.formError);
                    router.refresh();
                  })
                }
              >
                {t("remove")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {removeError ? <Alert variant="destructive">{removeError}</Alert> : null}

      <ActionForm
        onSubmit={linkForm.onSubmit}
        className="grid gap-3 rounded-lg border p-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end"
        aria-label={t("addOrganisation")}
      >
        {linkForm.formError ? (
          <Alert variant="destructive" className="sm:col-span-3">
            {linkForm.formError}
          </Alert>
        ) : null}
        <SelectField
          id="link-org"
          label={t("organisationFromDirectory")}
          placeholder={t("chooseOrganisation")}
          options={props.directory.map((o) => ({
            value: o.id,
            label: o.shortName && o.shortName !== o.name ? `${o.name} (${o.shortName})` : o.name,
          }))}
          errors={linkForm.errorsOf("organisationId")}
          registration={linkForm.form.register("organisationId")}
        />
        <SelectField
          id="link-role"
          label={t("role")}
          options={roles}
          errors={linkForm.errorsOf("role")}
          registration={linkForm.form.register("role")}
        />
        <Button type="submit" disabled={linkForm.form.formState.isSubmitting}>
          {t("addOrganisation")}
        </Button>
        <div className="sm:col-span-3">
          <FormStatus busy={linkForm.form.formState.isSubmitting} done={linkForm.done} busyLabel={t("working")} />
        </div>
      </ActionForm>

      <details className="rounded-lg border p-4">
        <summary className="cursor-pointer font-medium">{t("createOrganisationInline")}</summary>
        <ActionForm
          onSubmit={createForm.onSubmit}
          className="mt-4 grid gap-3 sm:grid-cols-2"
          aria-label={t("createOrganisationInline")}
        >
          {createForm.formError ? (
            <Alert variant="destructive" className="sm:col-span-2">
              {createForm.formError}
            </Alert>
          ) : null}
          <TextField
            id="new-org-name"
            label={tk("name")}
            errors={createForm.errorsOf("name")}
            registration={createForm.form.register("name")}
          />
          <TextField
            id="new-org-short"
            label={tk("shortName")}
            errors={createForm.errorsOf("shortName")}
            registration={createForm.form.register("shortName")}
          />
          <SelectField
            id="new-org-kind"
            label={tk("kind")}
            options={ORGANISATION_KINDS.map((k) => ({ value: k, label: tk(`kind_${k}`) }))}
            errors={createForm.errorsOf("kind")}
            registration={createForm.form.register("kind")}
          />
          <SelectField
            id="new-org-country"
            label={tk("country")}
            placeholder={tk("noCountry")}
            options={props.countries.map((c) => ({ value: c.code, label: c.name }))}
            errors={createForm.errorsOf("country")}
            registration={createForm.form.register("country")}
          />
          <TextField
            id="new-org-city"
            label={tk("city")}
            errors={createForm.errorsOf("city")}
            registration={createForm.form.register("city")}
          />
          <TextField
            id="new-org-website"
            type="url"
            label={tk("website")}
            errors={createForm.errorsOf("website")}
            registration={createForm.form.register("website")}
          />
          <SelectField
            id="new-org-role"
            label={t("role")}
            options={roles}
            errors={createForm.errorsOf("role")}
            registration={createForm.form.register("role")}
          />
          <div className="flex items-end gap-3">
            <Button type="submit" disabled={createForm.form.formState.isSubmitting}>
              {t("createAndAdd")}
            </Button>
            <FormStatus busy={createForm.form.formState.isSubmitting} done={createForm.done} busyLabel={t("working")} />
          </div>
        </ActionForm>
      </details>
    </div>
  );
}
