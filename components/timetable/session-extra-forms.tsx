"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { CheckboxGroup, FormStatus, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { ActionForm } from "@/components/forms/action-form";
import { LocalTimeHint } from "@/components/time/local-time-hint";
import { useActionForm, type ActionOutcome } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { changeSessionScheduleSchema } from "@/lib/cohorts/schemas";
import { recurringSessionSchema, SESSION_KINDS } from "@/lib/timetable/schemas";

type Action = (values: unknown) => Promise<ActionOutcome<Record<string, unknown>>>;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The daily (or chosen weekdays) online class over a period, created in one go. */
export function RecurringSessionForm({
  cohortId,
  timeZone,
  tracks,
  action,
}: {
  cohortId: string;
  timeZone: string;
  tracks: { id: string; title: string }[];
  action: Action;
}) {
  const t = useTranslations("timetable");
  const router = useRouter();
  const empty = {
    cohortId,
    title: "",
    kind: "online_class" as const,
    firstDate: "",
    lastDate: "",
    weekdays: ["1", "2", "3", "4", "5"],
    startTime: "",
    endTime: "",
    onlineUrl: "",
    venue: "",
    trackIds: [],
  };
  const { form, onSubmit, formError, errorsOf, done, setDone } = useActionForm({
    schema: recurringSessionSchema,
    defaultValues: empty,
    action,
    onSuccess: (result) => {
      setDone(t("recurringAdded", { n: Number(result.created) }));
      form.reset(empty);
      router.refresh();
    },
  });
  const r = (name: string) => form.register(name as never);
  return (
    <ActionForm onSubmit={onSubmit} className="space-y-4" aria-label={t("addRecurring")}>
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id="rec-title" label={t("fieldTitle")} errors={errorsOf("title")} registration={r("title")} />
        <SelectField
          id="rec-kind"
          label={t("fieldKind")}
          options={SESSION_KINDS.map((k) => ({ value: k, label: t(`kind_${k}`) }))}
          errors={errorsOf("kind")}
          registration={r("kind")}
        />
        <TextField
          id="rec-first"
          type="date"
          label={t("fieldFirstDate")}
          errors={errorsOf("firstDate")}
          registration={r("firstDate")}
        />
        <TextField
          id="rec-last"
          type="date"
          label={t("fieldLastDate")}
          errors={errorsOf("lastDate")}
          registration={r("lastDate")}
        />
        <TextField
          id="rec-start"
          type="time"
          label={t("fieldStart", { zone: timeZone })}
          errors={errorsOf("startTime")}
          registration={r("startTime")}
        />
        <TextField
          id="rec-end"
          type="time"
          label={t("fieldEnd", { zone: timeZone })}
          errors={errorsOf("endTime")}
          registration={r("endTime")}
        />
        <TextField
          id="rec-url"
          type="url"
          label={t("fieldOnlineUrl")}
          errors={errorsOf("onlineUrl")}
          registration={r("onlineUrl")}
        />
        <TextField id="rec-venue" label={t("fieldVenue")} errors={errorsOf("venue")} registration={r("venue")} />
      </div>
      <LocalTimeHint
        zone={timeZone}
        times={[
          { date: "rec-first", time: "rec-start" },
          { date: "rec-first", time: "rec-end" },
          { date: "rec-last", time: "rec-start" },
          { date: "rec-last", time: "rec-end" },
        ]}
      />
      <CheckboxGroup
        id="rec-weekdays"
        legend={t("fieldWeekdays")}
        columns={4}
        options={WEEKDAYS.map((d) => ({ value: String(d), label: t(`weekday_${d}`) }))}
        errors={errorsOf("weekdays")}
        registration={r("weekdays")}
      />
      {tracks.length ? (
        <CheckboxGroup
          id="rec-tracks"
          legend={t("fieldTracks")}
          options={tracks.map((tr) => ({ value: tr.id, label: tr.title }))}
          errors={errorsOf("trackIds")}
          registration={r("trackIds")}
        />
      ) : null}
      <div className="flex items-center gap-4">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("addRecurring")}
        </Button>
        <FormStatus busy={form.formState.isSubmitting} done={done} busyLabel={t("working")} />
      </div>
    </ActionForm>
  );
}

/** "Duplicate to [date]" beside a session. */
export function DuplicateSessionButton({
  sessionId,
  date,
  title,
  action,
}: {
  sessionId: string;
  date: string;
  title: string;
  action: Action;
}) {
  const t = useTranslations("timetable");
  const router = useRouter();
  const [target, setTarget] = useState(date);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const id = `dup-${sessionId}`;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="sr-only">
        {t("duplicateDate", { title })}
      </label>
      <Input id={id} type="date" value={target} onChange={(e) => setTarget(e.target.value)} className="h-9 w-40" />
      <Button
        type="button"
        size="sm"
        variant="outline"
        disabled={pending}
        aria-label={t("duplicateLabel", { title })}
        onClick={() =>
          start(async () => {
            setError(null);
            const result = await action({ sessionId, date: target });
            if (!result.ok) setError(result.fieldErrors?.date?.join(" ") ?? result.formError);
            router.refresh();
          })
        }
      >
        {t("duplicate")}
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Postpone (to a new time, or to be announced) or cancel one session, with a reason. */
export function SessionScheduleForm({
  sessionId,
  version,
  timeZone,
  action,
}: {
  sessionId: string;
  version: number;
  timeZone: string;
  action: Action;
}) {
  const t = useTranslations("timetable");
  const router = useRouter();
  const { form, onSubmit, formError, errorsOf, done, setDone } = useActionForm({
    schema: changeSessionScheduleSchema,
    defaultValues: {
      sessionId,
      action: "postpone",
      reason: "",
      newDate: "",
      newStartTime: "",
      newEndTime: "",
      version,
    },
    action,
    onSuccess: (result) => {
      setDone(t("sessionScheduleChanged", { n: Number(result.notified) }));
      router.refresh();
    },
  });
  return (
    <ActionForm onSubmit={onSubmit} className="space-y-3" aria-label={t("postponeOrCancelSession")}>
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-4">
        <SelectField
          id="ss-action"
          label={t("scheduleAction")}
          options={[
            { value: "postpone", label: t("postpone") },
            { value: "cancel", label: t("cancel") },
          ]}
          errors={errorsOf("action")}
          registration={form.register("action")}
        />
        <TextField
          id="ss-date"
          type="date"
          label={t("newDate")}
          errors={errorsOf("newDate")}
          registration={form.register("newDate")}
        />
        <TextField
          id="ss-start"
          type="time"
          label={t("fieldStart", { zone: timeZone })}
          errors={errorsOf("newStartTime")}
          registration={form.register("newStartTime")}
        />
        <TextField
          id="ss-end"
          type="time"
          label={t("fieldEnd", { zone: timeZone })}
          errors={errorsOf("newEndTime")}
          registration={form.register("newEndTime")}
        />
      </div>
      <LocalTimeHint
        zone={timeZone}
        times={[
          { date: "ss-date", time: "ss-start" },
          { date: "ss-date", time: "ss-end" },
        ]}
      />
      <p className="text-sm text-muted-foreground">{t("newTimeHelp")}</p>
      <TextAreaField
        id="ss-reason"
        label={t("reason")}
        rows={2}
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

/** Deletes a session after a confirmation; for mistakes, not for cancellations (which tell participants). */
export function DeleteSessionButton({
  sessionId,
  title,
  backHref,
  action,
}: {
  sessionId: string;
  title: string;
  backHref: string;
  action: Action;
}) {
  const t = useTranslations("timetable");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="space-y-2">
      <Button
        type="button"
        variant="outline"
        disabled={pending}
        onClick={() => {
          if (!window.confirm(t("confirmDelete", { title }))) return;
          start(async () => {
            const result = await action({ sessionId });
            if (!result.ok) {
              setError(result.formError);
              return;
            }
            router.push(backHref);
            router.refresh();
          });
        }}
      >
        {t("deleteSession")}
      </Button>
      {error ? <Alert variant="destructive">{error}</Alert> : null}
    </div>
  );
}
