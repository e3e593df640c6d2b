"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { CheckboxField, FormStatus, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { useActionForm, type ActionOutcome } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { addNetworkMemberSchema, createNetworkSchema } from "@/lib/organisations/schemas";

type Action = (values: unknown) => Promise<ActionOutcome<Record<string, unknown>>>;
type Option = { id: string; name: string };

export function NetworkForm({ organisations, action }: { organisations: Option[]; action: Action }) {
  const t = useTranslations("organisations");
  const router = useRouter();
  const { form, onSubmit, formError, errorsOf } = useActionForm({
    schema: createNetworkSchema,
    defaultValues: { name: "", slug: "", description: "", coordinatorId: "", isPublic: true },
    action,
    onSuccess: (result) => router.push(`/admin/networks/${String(result.networkId)}`),
  });
  return (
    <ActionForm onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" aria-label={t("newNetwork")}>
      {formError ? (
        <Alert variant="destructive" className="sm:col-span-2">
          {formError}
        </Alert>
      ) : null}
      <TextField id="net-name" label={t("name")} errors={errorsOf("name")} registration={form.register("name")} />
      <TextField id="net-slug" label={t("slug")} errors={errorsOf("slug")} registration={form.register("slug")} />
      <SelectField
        id="net-coordinator"
        label={t("coordinator")}
        placeholder={t("noCoordinator")}
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        errors={errorsOf("coordinatorId")}
        registration={form.register("coordinatorId")}
      />
      <div className="flex items-end pb-2">
        <CheckboxField id="net-public" label={t("isPublic")} registration={form.register("isPublic")} />
      </div>
      <div className="sm:col-span-2">
        <TextAreaField
          id="net-description"
          label={t("description")}
          rows={3}
          errors={errorsOf("description")}
          registration={form.register("description")}
        />
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("createNetwork")}
        </Button>
        <FormStatus busy={form.formState.isSubmitting} done={null} busyLabel={t("working")} />
      </div>
    </ActionForm>
  );
}

export function NetworkMembers({
  networkId,
  members,
  organisations,
  add,
  remove,
}: {
  networkId: string;
  members: { organisationId: string; name: string; focus: string | null; country: string | null }[];
  organisations: Option[];
  add: Action;
  remove: Action;
}) {
  const t = useTranslations("organisations");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const empty = { networkId, organisationId: "", focus: "", joinedOn: "" };
  const { form, onSubmit, formError, errorsOf, done, setDone } = useActionForm({
    schema: addNetworkMemberSchema,
    defaultValues: empty,
    action: add,
    onSuccess: () => {
      setDone(t("memberAdded"));
      form.reset(empty);
      router.refresh();
    },
  });
  return (
    <div className="space-y-4">
      {members.length === 0 ? (
        <p>{t("noMembers")}</p>
      ) : (
        <ul className="divide-y rounded-lg border">
          {members.map((m) => (
            <li key={m.organisationId} className="flex flex-wrap items-start justify-between gap-2 p-3">
              <div>
                <p className="font-medium">
                  {m.name} {m.country ? <span className="text-sm text-muted-foreground">({m.country})</span> : null}
                </p>
                {m.focus ? <p className="text-sm text-muted-foreground">{m.focus}</p> : null}
              </div>
              <Button
                type="button"
                variant="outline"
                size="sm"
                disabled={pending}
                aria-label={t("removeMember", { name: m.name })}
                onClick={() =>
                  start(async () => {
                    setError(null);
                    const result = await remove({ networkId, organisationId: m.organisationId });
                    if (!result.ok) setError(result.formError);
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
      {error ? <Alert variant="destructive">{error}</Alert> : null}
      <ActionForm
        onSubmit={onSubmit}
        className="grid gap-3 rounded-lg border p-4 sm:grid-cols-2"
        aria-label={t("addMember")}
      >
        {formError ? (
          <Alert variant="destructive" className="sm:col-span-2">
            {formError}
          </Alert>
        ) : null}
        <SelectField
          id="member-org"
          label={t("member")}
          placeholder={t("chooseOrganisation")}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          errors={errorsOf("organisationId")}
          registration={form.register("organisationId")}
        />
        <TextField
          id="member-joined"
          type="date"
          label={t("joinedOn")}
          errors={errorsOf("joinedOn")}
          registration={form.register("joinedOn")}
        />
        <div className="sm:col-span-2">
          <TextAreaField
            id="member-focus"
            label={t("focus")}
            rows={2}
            errors={errorsOf("focus")}
            registration={form.register("focus")}
          />
        </div>
        <div className="flex items-center gap-3">
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {t("addMember")}
          </Button>
          <FormStatus busy={form.formState.isSubmitting} done={done} busyLabel={t("working")} />
        </div>
      </ActionForm>
    </div>
  );
}
