"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ServerAction } from "@/components/review/action-result";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { LETTER_PLACEHOLDERS, unknownPlaceholders } from "@/lib/offers/letters";

function useRun() {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const run = <T,>(
    call: () => Promise<({ ok: true } & T) | { ok: false; formError: string }>,
    done: (r: T) => string,
  ) =>
    start(async () => {
      const result = await call();
      if (!result.ok) return setMessage({ ok: false, text: result.formError });
      setMessage({ ok: true, text: done(result as T) });
      router.refresh();
    });
  const note = message ? (
    <p className={`text-sm ${message.ok ? "text-green-900" : "text-destructive"}`}>{message.text}</p>
  ) : null;
  return { run, pending, note };
}

type Template = { kind: "offer" | "waitlist" | "reject"; subject: string; body: string; version: number };

/** The three letters, editable; placeholders are filled when the batch is sent. */
export function TemplatesForm({
  callId,
  templates,
  save,
}: {
  callId: string;
  templates: Template[];
  save: ServerAction<{ versions: Record<string, number> }>;
}) {
  const t = useTranslations("selection.decisions");
  const [values, setValues] = useState(templates);
  const { run, pending, note } = useRun();
  const set = (kind: Template["kind"], field: "subject" | "body", value: string) =>
    setValues((vs) => vs.map((v) => (v.kind === kind ? { ...v, [field]: value } : v)));
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        run(
          () => save({ callId, templates: values }),
          (r: { versions: Record<string, number> }) => {
            setValues((vs) => vs.map((v) => ({ ...v, version: r.versions[v.kind] ?? v.version })));
            return t("templatesSaved");
          },
        );
      }}
    >
      <p className="text-sm text-muted-foreground">
        {t("placeholders")} <code>{LETTER_PLACEHOLDERS.map((p) => `{{${p}}}`).join(" ")}</code>
      </p>
      {values.map((v) => (
        <fieldset key={v.kind} className="space-y-2 rounded-md border p-3">
          <legend className="px-1 font-medium">{t(`letter.${v.kind}`)}</legend>
          <FormField id={`tpl-${v.kind}-subject`} label={t("subject")}>
            {(a11y) => <Input {...a11y} value={v.subject} onChange={(e) => set(v.kind, "subject", e.target.value)} />}
          </FormField>
          <FormField
            id={`tpl-${v.kind}-body`}
            label={t("body")}
            errors={
              unknownPlaceholders(`${v.subject} ${v.body}`).length
                ? [t("unknownPlaceholders", { list: unknownPlaceholders(`${v.subject} ${v.body}`).join(", ") })]
                : undefined
            }
          >
            {(a11y) => (
              <Textarea {...a11y} rows={7} value={v.body} onChange={(e) => set(v.kind, "body", e.target.value)} />
            )}
          </FormField>
        </fieldset>
      ))}
      <Button type="submit" variant="outline" disabled={pending}>
        {t("saveTemplates")}
      </Button>
      <div aria-live="polite">{note}</div>
    </form>
  );
}

/** The one batch: approve, then every letter goes to the outbox with every decision, or nothing does. */
export function SendDecisionsForm({
  callId,
  offers,
  pool,
  send,
}: {
  callId: string;
  offers: number;
  pool: number;
  send: ServerAction<{ offered: number; waitlisted: number; rejected: number; letters: number }>;
}) {
  const t = useTranslations("selection.decisions");
  const [waitlist, setWaitlist] = useState(String(Math.min(pool, Math.max(5, Math.round(offers / 3)))));
  const [approved, setApproved] = useState(false);
  const { run, pending, note } = useRun();
  const size = Math.min(pool, Number(waitlist) || 0);
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        run(
          () => send({ callId, waitlistSize: size, expectedOffers: offers, approved }),
          (r: { letters: number; offered: number; waitlisted: number; rejected: number }) => t("sent", r),
        );
      }}
    >
      <div className="w-56">
        <FormField id="waitlist-size" label={t("waitlistSize")} help={t("waitlistHelp", { pool })}>
          {(a11y) => (
            <Input
              {...a11y}
              inputMode="numeric"
              value={waitlist}
              onChange={(e) => setWaitlist(e.target.value.replace(/\D/g, ""))}
            />
          )}
        </FormField>
      </div>
      <p className="text-sm">
        {t("batchSummary", { offers, waitlist: size, reject: pool - size, letters: offers + pool })}
      </p>
      <div className="flex items-start gap-2">
        <input
          id="approve"
          type="checkbox"
          className="mt-0.5 h-4 w-4"
          checked={approved}
          onChange={(e) => setApproved(e.target.checked)}
        />
        <label htmlFor="approve" className="text-sm">
          {t("approve")}
        </label>
      </div>
      <Button type="submit" disabled={pending || !approved || offers === 0}>
        {pending ? t("sending") : t("send", { letters: offers + pool })}
      </Button>
      <div aria-live="polite">{note}</div>
    </form>
  );
}

/** Staff record that an offer was declined (or let expire); the seat frees up for a replacement. */
export function DeclineForm({
  applicationId,
  reference,
  decline,
}: {
  applicationId: string;
  reference: string;
  decline: ServerAction<{ declined: number }>;
}) {
  const t = useTranslations("selection.decisions");
  const [reason, setReason] = useState("");
  const { run, pending, note } = useRun();
  return (
    <details>
      <summary className="cursor-pointer text-sm text-primary underline">{t("recordDecline", { reference })}</summary>
      <form
        className="mt-2 space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          run(
            () => decline({ applicationId, kind: "declined", reason }),
            () => t("declineRecorded"),
          );
        }}
      >
        <FormField id={`decline-${applicationId}`} label={t("declineReason")}>
          {(a11y) => <Input {...a11y} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </FormField>
        <div className="flex gap-2">
          <Button type="submit" size="sm" variant="destructive" disabled={pending}>
            {t("confirmDecline", { reference })}
          </Button>
          <Button
            type="button"
            size="sm"
            variant="outline"
            disabled={pending}
            onClick={() =>
              run(
                () => decline({ applicationId, kind: "expired", reason }),
                () => t("declineRecorded"),
              )
            }
          >
            {t("markExpired")}
          </Button>
        </div>
        <div aria-live="polite">{note}</div>
      </form>
    </details>
  );
}

export function ExpireOffersButton({
  callId,
  due,
  expire,
}: {
  callId: string;
  due: number;
  expire: ServerAction<{ expired: number }>;
}) {
  const t = useTranslations("selection.decisions");
  const { run, pending, note } = useRun();
  return (
    <div className="space-y-1">
      <Button
        type="button"
        variant="outline"
        size="sm"
        disabled={pending || due === 0}
        onClick={() =>
          run(
            () => expire({ callId }),
            (r: { expired: number }) => t("expired", r),
          )
        }
      >
        {t("expireButton", { count: due })}
      </Button>
      <div aria-live="polite">{note}</div>
    </div>
  );
}

export function OfferReplacementButton(props: {
  callId: string;
  applicationId: string;
  replacesId: string;
  label: string;
  offer: ServerAction<{ offered: string }>;
}) {
  const t = useTranslations("selection.decisions");
  const { run, pending, note } = useRun();
  return (
    <div className="space-y-1">
      <Button
        type="button"
        disabled={pending}
        onClick={() =>
          run(
            () =>
              props.offer({ callId: props.callId, applicationId: props.applicationId, replacesId: props.replacesId }),
            (r: { offered: string }) => t("replacementOffered", r),
          )
        }
      >
        {t("offerTo", { name: props.label })}
      </Button>
      <div aria-live="polite">{note}</div>
    </div>
  );
}
