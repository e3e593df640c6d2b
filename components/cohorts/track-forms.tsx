"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { CheckboxGroup, FormStatus, SelectField, TextField } from "@/components/forms/fields";
import { ActionForm } from "@/components/forms/action-form";
import { useActionForm, type ActionOutcome } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { createTrackSchema, TRACK_LEVELS, updateTrackSchema } from "@/lib/cohorts/schemas";

type Action = (values: unknown) => Promise<ActionOutcome<Record<string, unknown>>>;
export type TrackRow = {
  id: string;
  title: string;
  field: string | null;
  level: string;
  capacity: number | null;
  partners: { id: string; name: string }[];
};

/** Edits one track in place (title, field, partners, level, capacity). */
function TrackEditForm({
  track,
  organisations,
  update,
}: {
  track: TrackRow;
  organisations: { id: string; name: string }[];
  update: Action;
}) {
  const t = useTranslations("cohortsAdmin");
  const router = useRouter();
  const { form, onSubmit, formError, errorsOf, done, setDone } = useActionForm({
    schema: updateTrackSchema,
    defaultValues: {
      trackId: track.id,
      title: track.title,
      field: track.field ?? "",
      partnerOrganisationIds: track.partners.map((p) => p.id),
      level: track.level as "general",
      capacity: track.capacity === null ? "" : String(track.capacity),
    },
    action: update,
    onSuccess: () => {
      setDone(t("saved"));
      router.refresh();
    },
  });
  const id = (name: string) => `track-${track.id}-${name}`;
  return (
    <ActionForm
      onSubmit={onSubmit}
      className="mt-3 grid gap-3 sm:grid-cols-2"
      aria-label={t("editTrack", { title: track.title })}
    >
      {formError ? (
        <Alert variant="destructive" className="sm:col-span-2">
          {formError}
        </Alert>
      ) : null}
      <TextField
        id={id("title")}
        label={t("trackTitle")}
        errors={errorsOf("title")}
        registration={form.register("title")}
      />
      <TextField
        id={id("field")}
        label={t("trackField")}
        errors={errorsOf("field")}
        registration={form.register("field")}
      />
      <div className="sm:col-span-2">
        <CheckboxGroup
          id={id("partners")}
          legend={t("trackPartners")}
          columns={3}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          errors={errorsOf("partnerOrganisationIds")}
          registration={form.register("partnerOrganisationIds")}
        />
      </div>
      <SelectField
        id={id("level")}
        label={t("trackLevel")}
        options={TRACK_LEVELS.map((l) => ({ value: l, label: t(`level_${l}`) }))}
        errors={errorsOf("level")}
        registration={form.register("level")}
      />
      <TextField
        id={id("capacity")}
        type="number"
        label={t("fieldCapacity")}
        errors={errorsOf("capacity")}
        registration={form.register("capacity")}
      />
      <div className="flex items-end gap-3">
        <Button type="submit" size="sm" disabled={form.formState.isSubmitting}>
          {t("save")}
        </Button>
        <FormStatus busy={form.formState.isSubmitting} done={done} busyLabel={t("working")} />
      </div>
    </ActionForm>
  );
}

export function TrackManager({
  cohortId,
  tracks,
  organisations,
  create,
  update,
  remove,
}: {
  cohortId: string;
  tracks: TrackRow[];
  organisations: { id: string; name: string }[];
  create: Action;
  update: Action;
  remove: Action;
}) {
  const t = useTranslations("cohortsAdmin");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [removeError, setRemoveError] = useState<string | null>(null);
  const empty = {
    cohortId,
    title: "",
    field: "",
    partnerOrganisationIds: [] as string[],
    level: "general" as const,
    capacity: "",
  };
  const { form, onSubmit, formError, errorsOf, done, setDone } = useActionForm({
    schema: createTrackSchema,
    defaultValues: empty,
    action: create,
    onSuccess: () => {
      setDone(t("trackAdded"));
      form.reset(empty);
      router.refresh();
    },
  });
  return (
    <div className="space-y-4">
      {tracks.length === 0 ? (
        <p>{t("noTracks")}</p>
      ) : (
        <ul className="divide-y rounded-lg border">
          {tracks.map((track) => (
            <li key={track.id} className="p-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  <strong>{track.title}</strong> — {t(`level_${track.level}`)}
                  {track.partners.length
                    ? ` · ${t("partnerList", { list: track.partners.map((p) => p.name).join(", ") })}`
                    : ""}
                  {track.field ? ` · ${track.field}` : ""}
                  {track.capacity ? ` · ${t("seats", { n: track.capacity })}` : ""}
                </span>
                <Button
                  type="button"
                  variant="outline"
                  size="sm"
                  disabled={pending}
                  aria-label={t("removeTrack", { title: track.title })}
                  onClick={() => {
                    if (!window.confirm(t("confirmRemoveTrack", { title: track.title }))) return;
                    start(async () => {
                      setRemoveError(null);
                      const result = await remove({ trackId: track.id });
                      if (!result.ok) setRemoveError(result.formError);
                      router.refresh();
                    });
                  }}
                >
                  {t("remove")}
                </Button>
              </div>
              <details>
                <summary className="cursor-pointer text-sm text-primary">
                  {t("editTrack", { title: track.title })}
                </summary>
                <TrackEditForm track={track} organisations={organisations} update={update} />
              </details>
            </li>
          ))}
        </ul>
      )}
      {removeError ? <Alert variant="destructive">{removeError}</Alert> : null}
      <ActionForm
        onSubmit={onSubmit}
        className="grid gap-3 rounded-lg border p-4 sm:grid-cols-2"
        aria-label={t("addTrack")}
      >
        {formError ? (
          <Alert variant="destructive" className="sm:col-span-2">
            {formError}
          </Alert>
        ) : null}
        <TextField
          id="track-title"
          label={t("trackTitle")}
          errors={errorsOf("title")}
          registration={form.register("title")}
        />
        <TextField
          id="track-field"
          label={t("trackField")}
          errors={errorsOf("field")}
          registration={form.register("field")}
        />
        <div className="sm:col-span-2">
          <CheckboxGroup
            id="track-partners"
            legend={t("trackPartners")}
            columns={3}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            errors={errorsOf("partnerOrganisationIds")}
            registration={form.register("partnerOrganisationIds")}
          />
        </div>
        <SelectField
          id="track-level"
          label={t("trackLevel")}
          options={TRACK_LEVELS.map((l) => ({ value: l, label: t(`level_${l}`) }))}
          errors={errorsOf("level")}
          registration={form.register("level")}
        />
        <TextField
          id="track-capacity"
          type="number"
          label={t("fieldCapacity")}
          errors={errorsOf("capacity")}
          registration={form.register("capacity")}
        />
        <div className="flex items-end gap-3">
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {t("addTrack")}
          </Button>
          <FormStatus busy={form.formState.isSubmitting} done={done} busyLabel={t("working")} />
        </div>
      </ActionForm>
    </div>
  );
}
