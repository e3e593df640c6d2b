"use client";

import { formatSavedTime } from "@/lib/format";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { RubricCriterion } from "@/lib/review/rubric";
import { COMMENT_MAX } from "@/lib/review/schemas";

type Result =
  | { ok: true; version: number; savedAt: string }
  | { ok: false; formError: string; fieldErrors: Record<string, string[]> };

export function ScoreForm(props: {
  applicationId: string;
  rubric: RubricCriterion[];
  scores: Record<string, number>;
  comment: string;
  version: number;
  saveDraft: (input: unknown) => Promise<Result>;
  submit: (input: unknown) => Promise<Result>;
}) {
  const t = useTranslations("review");
  const locale = useLocale();
  const router = useRouter();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      props.rubric.map((c) => [c.id, props.scores[c.id] === undefined ? "" : String(props.scores[c.id])]),
    ),
  );
  const [comment, setComment] = useState(props.comment);
  const [version, setVersion] = useState(props.version);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [working, setWorking] = useState<"draft" | "submit" | null>(null);

  const input = () => ({
    applicationId: props.applicationId,
    scores: Object.fromEntries(props.rubric.map((c) => [c.id, values[c.id] === "" ? null : Number(values[c.id])])),
    comment,
    version,
  });

  const run = (kind: "draft" | "submit") =>
    startTransition(async () => {
      setWorking(kind);
      setFormError(null);
      const result = await (kind === "draft" ? props.saveDraft : props.submit)(input());
      setWorking(null);
      if (!result.ok) {
        setErrors(result.fieldErrors);
        setFormError(result.formError);
        return;
      }
      setErrors({});
      setVersion(result.version);
      setSavedAt(formatSavedTime(result.savedAt, locale));
      if (kind === "submit") router.refresh();
    });

  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        run("submit");
      }}
    >
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {props.rubric.map((c) => (
          <FormField
            key={c.id}
            id={`score-${c.id}`}
            label={t("scoreLabel", { label: c.label, max: c.max })}
            help={t("weight", { weight: c.weight })}
            errors={errors[`scores.${c.id}`]}
          >
            {(a11y) => (
              <Input
                {...a11y}
                type="number"
                inputMode={(c.step ?? 1) < 1 ? "decimal" : "numeric"}
                min={0}
                max={c.max}
                step={c.step ?? 1}
                value={values[c.id] ?? ""}
                onChange={(e) => setValues((v) => ({ ...v, [c.id]: e.target.value }))}
              />
            )}
          </FormField>
        ))}
      </div>
      <FormField
        id="review-comment"
        label={t("comment")}
        help={t("commentHelp", { count: comment.length, max: COMMENT_MAX })}
        errors={errors.comment}
      >
        {(a11y) => (
          <Textarea
            {...a11y}
            rows={4}
            maxLength={COMMENT_MAX}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
        )}
      </FormField>
      <div className="flex flex-wrap gap-3">
        <Button type="button" variant="outline" disabled={pending} onClick={() => run("draft")}>
          {working === "draft" ? t("saving") : t("saveDraft")}
        </Button>
        <Button type="submit" disabled={pending}>
          {working === "submit" ? t("submitting") : t("submit")}
        </Button>
      </div>
      <p aria-live="polite" className="text-sm text-muted-foreground">
        {pending ? t("working") : savedAt ? t("savedAt", { time: savedAt }) : ""}
      </p>
    </form>
  );
}
