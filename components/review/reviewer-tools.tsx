"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createPortal } from "react-dom";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Markup } from "@/components/ui/markup";
import { NativeSelect as Select } from "@/components/ui/select";
import type { ServerAction } from "./action-result";

/** Makes an existing account a reviewer of the programme. */
export function AddReviewerForm({ callId, add }: { callId: string; add: ServerAction<{ name: string }> }) {
  const t = useTranslations("review");
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [errors, setErrors] = useState<string[] | undefined>();
  const [pending, start] = useTransition();
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const result = await add({ callId, email });
          if (!result.ok) {
            setErrors(result.fieldErrors.email);
            setMessage({ ok: false, text: result.formError });
            return;
          }
          setErrors(undefined);
          setEmail("");
          setMessage({ ok: true, text: t("reviewerAdded", { name: result.name }) });
          router.refresh();
        });
      }}
    >
      <div className="w-72">
        <FormField id="reviewer-email" label={t("addReviewerEmail")} errors={errors}>
          {(a11y) => <Input {...a11y} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </FormField>
      </div>
      <Button type="submit" variant="outline" disabled={pending}>
        {t("addReviewer")}
      </Button>
      <p
        aria-live="polite"
        className={`w-full text-sm ${message && !message.ok ? "text-destructive" : "text-muted-foreground"}`}
      >
        {message?.text ?? ""}
      </p>
    </form>
  );
}

/** Runs the automatic assignment and says what it did. */
export function AssignButton({
  callId,
  assign,
  perApplication,
}: {
  callId: string;
  perApplication: number;
  assign: ServerAction<{ assigned: number; applications: number; short: number }>;
}) {
  const t = useTranslations("review");
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="space-y-2">
      <Button
        type="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await assign({ callId });
            if (!result.ok) return setMessage({ ok: false, text: result.formError });
            setMessage({
              ok: true,
              text: t("assignDone", {
                assigned: result.assigned,
                applications: result.applications,
                short: result.short,
              }),
            });
            router.refresh();
          })
        }
      >
        {pending ? t("working") : t("assign", { n: perApplication })}
      </Button>
      {message ? <Alert variant={message.ok ? "default" : "destructive"}>{message.text}</Alert> : null}
    </div>
  );
}

type OpenReview = { reviewId: string; version: number; reference: string; current: string; exclude: string[] };

/**
 * The page of applications and their reviewers, as markup built on the server (lib/review/tables-html.ts): a
 * client component per open review made the review overview cost the server more than all else on it. Each open
 * review's "Reassign" button carries its review as data attributes; a click here opens the reassign form in its
 * place, so the programme's reviewers travel once, in this component's props.
 */
export function ReassignTable({
  payload,
  reviewers,
  reassign,
}: {
  payload: string;
  reviewers: readonly { id: string; name: string }[];
  reassign: ServerAction<{ version: number }>;
}) {
  // The forms opened in this payload's markup: a new payload (after a refresh) is new markup, with none open.
  const [opened, setOpened] = useState<{ payload: string; forms: { slot: HTMLElement; review: OpenReview }[] }>({
    payload,
    forms: [],
  });
  const forms = opened.payload === payload ? opened.forms : [];
  return (
    <div
      onClick={(e) => {
        const button = (e.target as HTMLElement).closest<HTMLButtonElement>("button[data-review]");
        if (!button?.parentElement) return;
        const data = button.dataset;
        const review: OpenReview = {
          reviewId: data.review!,
          version: Number(data.version),
          reference: data.reference!,
          current: data.current!,
          exclude: data.exclude!.split(" "),
        };
        const slot = button.parentElement;
        button.hidden = true;
        setOpened((o) => ({ payload, forms: [...(o.payload === payload ? o.forms : []), { slot, review }] }));
      }}
    >
      <Markup payload={payload} />
      {forms.map(({ slot, review }) =>
        createPortal(
          <ReassignForm key={review.reviewId} {...review} reviewers={reviewers} reassign={reassign} />,
          slot,
          review.reviewId,
        ),
      )}
    </div>
  );
}

/** Moves one open review to another reviewer of the programme (not one already reviewing the application). */
function ReassignForm(
  props: OpenReview & {
    reviewers: readonly { id: string; name: string }[];
    reassign: ServerAction<{ version: number }>;
  },
) {
  const t = useTranslations("review");
  const router = useRouter();
  const [target, setTarget] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const id = `reassign-${props.reviewId}`;
  const label = t("reassignLabel", { reference: props.reference, name: props.current });
  return (
    <form
      className="flex flex-wrap items-center gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (!target) return;
        start(async () => {
          const result = await props.reassign({ reviewId: props.reviewId, reviewerId: target, version: props.version });
          if (!result.ok) return setError(result.formError);
          setError(null);
          router.refresh();
        });
      }}
    >
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <Select id={id} autoFocus className="h-8 w-40" value={target} onChange={(e) => setTarget(e.target.value)}>
        <option value="">{t("reassignTo")}</option>
        {props.reviewers
          .filter((r) => !props.exclude.includes(r.id))
          .map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
      </Select>
      <Button type="submit" size="sm" variant="outline" disabled={pending || !target}>
        {t("reassign")}
      </Button>
      {error ? <span className="text-xs text-destructive">{error}</span> : null}
    </form>
  );
}
