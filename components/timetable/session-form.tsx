"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { CheckboxGroup, FormStatus, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { ActionForm } from "@/components/forms/action-form";
import { LocalTimeHint } from "@/components/time/local-time-hint";
import { useActionForm, type ActionOutcome } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  AUDIENCE_LEVELS,
  createSessionSchema,
  SESSION_KINDS,
  updateSessionSchema,
  type SessionFormInput,
} from "@/lib/timetable/schemas";

type Props = {
  cohortId: string;
  timeZone: string;
  tracks: { id: string; title: string }[];
  defaults?: Omit<SessionFormInput, "cohortId"> & { sessionId: string; version: number };
  /** Where to go after saving an edit. */
  backHref?: string;
  action: (values: unknown) => Promise<ActionOutcome<Record<string, unknown>>>;
};

/**
 * Adds or edits a session. After adding, the date, kind, tracks and venue stay filled in so the next
 * session of the day is quick to enter.
 */
export function SessionForm({ cohortId, timeZone, tracks, defaults, backHref, action }: Props) {
  const t = useTranslations("timetable");
  const router = useRouter();
  const editing = Boolean(defaults);
  const empty: SessionFormInput = {
    cohortId,
    title: "",
    kind: "lecture",
    date: "",
    startTime: "",
    endTime: "",
    venue: "",
    onlineUrl: "",
    speakers: "",
    description: "",
    trackIds: [],
    audienceLevel: "all",
  };
  const { form, onSubmit, formError, errorsOf, done, setDone } = useActionForm({
    schema: editing ? updateSessionSchema : createSessionSchema,
    defaultValues: (defaults ?? empty) as never,
    action,
    onSuccess: (_result, values) => {
      if (editing) {
        router.push(backHref ?? "..");
        router.refresh();
        return;
      }
      const v = values as SessionFormInput;
      form.reset({
        ...empty,
        date: v.date,
        kind: v.kind,
        trackIds: v.trackIds,
        venue: v.venue,
        onlineUrl: v.onlineUrl,
        audienceLevel: v.audienceLevel,
        startTime: v.endTime,
      } as never);
      setDone(t("sessionAdded", { title: v.title }));
      router.refresh();
    },
  });
  const r = (name: string) => form.register(name as never);
  const { isSubmitting } = form.formState;
  return (
    <ActionForm onSubmit={onSubmit} className="space-y-4" aria-label={editing ? t("editSession") : t("addSession")}>
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id="s-title" label={t("fieldTitle")} errors={errorsOf("title")} registration={r("title")} />
        <SelectField
          id="s-kind"
          label={t("fieldKind")}
          options={SESSION_KINDS.map((k) => ({ value: k, label: t(`kind_${k}`) }))}
          errors={errorsOf("kind")}
          registration={r("kind")}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField id="s-date" type="date" label={t("fieldDate")} errors={errorsOf("date")} registration={r("date")} />
        <TextField
          id="s-start"
          type="time"
          label={t("fieldStart", { zone: timeZone })}
          errors={errorsOf("startTime")}
          registration={r("startTime")}
        />
        <TextField
          id="s-end"
          type="time"
          label={t("fieldEnd", { zone: timeZone })}
          errors={errorsOf("endTime")}
          registration={r("endTime")}
        />
      </div>
      <LocalTimeHint
        zone={timeZone}
        times={[
          { date: "s-date", time: "s-start" },
          { date: "s-date", time: "s-end" },
        ]}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id="s-venue" label={t("fieldVenue")} errors={errorsOf("venue")} registration={r("venue")} />
        <TextField
          id="s-url"
          type="url"
          label={t("fieldOnlineUrl")}
          errors={errorsOf("onlineUrl")}
          registration={r("onlineUrl")}
        />
        <TextField
          id="s-speakers"
          label={t("fieldSpeakers")}
          errors={errorsOf("speakers")}
          registration={r("speakers")}
        />
        <SelectField
          id="s-audience"
          label={t("fieldAudience")}
          options={AUDIENCE_LEVELS.map((a) => ({ value: a, label: t(`audience_${a}`) }))}
          errors={errorsOf("audienceLevel")}
          registration={r("audienceLevel")}
        />
      </div>
      {tracks.length ? (
        <CheckboxGroup
          id="s-tracks"
          legend={t("fieldTracks")}
          options={tracks.map((tr) => ({ value: tr.id, label: tr.title }))}
          errors={errorsOf("trackIds")}
          registration={r("trackIds")}
        />
      ) : null}
      <TextAreaField
        id="s-description"
        label={t("fieldDescription")}
        rows={3}
        errors={errorsOf("description")}
        registration={r("description")}
      />
      <div className="flex items-center gap-4">
        <Button type="submit" disabled={isSubmitting}>
          {editing ? t("saveSession") : t("addSession")}
        </Button>
        <FormStatus busy={isSubmitting} done={done} busyLabel={t("working")} />
      </div>
    </ActionForm>
  );
}
