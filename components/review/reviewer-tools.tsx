"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { createContext, useContext, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
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

const ReviewerOptions = createContext<readonly { id: string; name: string }[]>([]);

/**
 * The programme's reviewers, given once to every reassign form below it: a list per open review made the review
 * overview carry the whole list (two hundred reviewers) fifty times over, in its HTML and in React's payload.
 */
export function ReviewerOptionsProvider(props: {
  reviewers: readonly { id: string; name: string }[];
  children: React.ReactNode;
}) {
  return <ReviewerOptions.Provider value={props.reviewers}>{props.children}</ReviewerOptions.Provider>;
}

/**
 * Moves one open review to another reviewer of the programme (not one already reviewing the application): a
 * "Reassign" button that opens the choice, so a page of open reviews lists the reviewers only where asked.
 */
export function ReassignForm(props: {
  reviewId: string;
  version: number;
  reference: string;
  current: string;
  /** Reviewers of this application already: not offered. */
  exclude: readonly string[];
  reassign: ServerAction<{ version: number }>;
}) {
  const t = useTranslations("review");
  const router = useRouter();
  const all = useContext(ReviewerOptions);
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const id = `reassign-${props.reviewId}`;
  const label = t("reassignLabel", { reference: props.reference, name: props.current });
  if (!open) {
    return (
      <Button type="button" size="sm" variant="outline" aria-label={label} onClick={() => setOpen(true)}>
        {t("reassign")}
      </Button>
    );
  }
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
        {all
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
