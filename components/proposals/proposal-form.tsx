"use client";

import { formatSavedTime } from "@/lib/format";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/auth/action";
import { proposalContentSchema, type ProposalContentInput, type SaveProposalInput } from "@/lib/proposals/schemas";
import { PROPOSAL_STEPS } from "@/lib/proposals/template";
import { Attachments, type Attachment } from "./attachments";
import { BudgetStep, ContextStep, BasicsStep, PlanStep, type StepProps } from "./proposal-steps";

type Total = { currency: string; formatted: string };
type SaveResult = ActionResult<{
  proposalId: string;
  version: number;
  savedAt: string;
  status: string;
  totals: (Total & { minor: number })[];
}>;

type Props = {
  cohortId: string;
  initial: ProposalContentInput;
  version: number;
  status: string;
  editable: boolean;
  wordLimits: Record<string, number>;
  totals: Total[];
  attachments: Attachment[];
  savedAt: string | null;
  save: (input: SaveProposalInput) => Promise<SaveResult>;
  submit: (input: SaveProposalInput) => Promise<SaveResult>;
  removeAttachment: (input: {
    cohortId: string;
    attachmentId: string;
  }) => Promise<ActionResult<Record<string, unknown>>>;
};

const AUTOSAVE_MS = 1200;

/**
 * The multi-step proposal form. Every change is saved a moment later (and before changing step); each
 * save carries the version it was based on, so a second tab cannot silently overwrite the first.
 */
export function ProposalForm(props: Props) {
  const { save, cohortId } = props;
  const t = useTranslations("proposals");
  const locale = useLocale();
  const router = useRouter();
  const form = useForm<ProposalContentInput>({
    resolver: zodResolver(proposalContentSchema),
    defaultValues: props.initial,
    disabled: !props.editable,
  });
  const [step, setStep] = useState(0);
  const [totals, setTotals] = useState<Total[]>(props.totals);
  const [status, setStatus] = useState(props.status);
  const [message, setMessage] = useState<string>(
    props.savedAt ? t("savedAt", { time: formatSavedTime(props.savedAt, locale) }) : t("notSavedYet"),
  );
  const [formError, setFormError] = useState<string | null>(null);
  const version = useRef(props.version);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const applyErrors = useCallback(
    (fieldErrors: Record<string, string[]>) => {
      for (const [key, messages] of Object.entries(fieldErrors)) {
        const field = key.replace(/^content\./, "") as keyof ProposalContentInput;
        form.setError(field, { message: messages.join(" ") });
      }
    },
    [form],
  );

  const runSave = useCallback(async (): Promise<boolean> => {
    if (inFlight.current) await inFlight.current;
    const attempt = (async () => {
      setMessage(t("saving"));
      const result = await save({
        cohortId,
        version: version.current,
        content: form.getValues() as ProposalContentInput,
      });
      if (result.ok) {
        version.current = result.version;
        setTotals(result.totals);
        setFormError(null);
        form.clearErrors();
        setMessage(t("savedAt", { time: formatSavedTime(result.savedAt, locale) }));
        return true;
      }
      applyErrors(result.fieldErrors);
      setFormError(result.formError);
      setMessage(t("notSaved"));
      return false;
    })();
    inFlight.current = attempt;
    try {
      return await attempt;
    } finally {
      if (inFlight.current === attempt) inFlight.current = null;
    }
  }, [applyErrors, form, save, cohortId, t, locale]);

  const flush = useCallback(async () => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
      return runSave();
    }
    if (inFlight.current) return inFlight.current;
    return true;
  }, [runSave]);

  useEffect(() => {
    if (!props.editable) return;
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: () => {
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => {
          timer.current = null;
          void runSave();
        }, AUTOSAVE_MS);
      },
    });
    return () => {
      unsubscribe();
      if (timer.current) clearTimeout(timer.current);
    };
  }, [form, props.editable, runSave]);

  const go = async (next: number) => {
    if (props.editable) await flush();
    setStep(next);
    document.getElementById("proposal-step-heading")?.focus();
  };

  const onSubmit = async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) await inFlight.current;
    setMessage(t("submitting"));
    const result = await props.submit({
      cohortId: props.cohortId,
      version: version.current,
      content: form.getValues() as ProposalContentInput,
    });
    if (result.ok) {
      version.current = result.version;
      setStatus("submitted");
      setFormError(null);
      setMessage(t("submitted"));
      router.refresh();
      return;
    }
    applyErrors(result.fieldErrors);
    setFormError(result.formError);
    setMessage(t("notSubmitted"));
  };

  const current = PROPOSAL_STEPS[step]!;
  const stepProps: StepProps = { form, wordLimits: props.wordLimits, editable: props.editable };

  return (
    <div className="space-y-4">
      {status !== "draft" ? (
        <Alert>{t("locked", { status: t.has(`status.${status}`) ? t(`status.${status}`) : status })}</Alert>
      ) : null}
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <nav aria-label={t("stepsNav")}>
        <ol className="flex flex-wrap gap-2 text-sm">
          {PROPOSAL_STEPS.map((s, i) => (
            <li key={s.id}>
              <button
                type="button"
                onClick={() => go(i)}
                aria-current={i === step ? "step" : undefined}
                className={`rounded-full border px-3 py-1 ${i === step ? "border-primary bg-primary text-primary-foreground" : "hover:bg-accent"}`}
              >
                {i + 1}. {t(`steps.${s.id}`)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <h2 id="proposal-step-heading" tabIndex={-1} className="text-xl font-semibold">
        {t("stepOf", { n: step + 1, total: PROPOSAL_STEPS.length, title: t(`steps.${current.id}`) })}
      </h2>
      {current.id === "submit" ? (
        <Attachments
          cohortId={props.cohortId}
          initial={props.attachments}
          editable={props.editable && status === "draft"}
          remove={props.removeAttachment}
          ensureSaved={flush}
        />
      ) : null}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (step === PROPOSAL_STEPS.length - 1 && props.editable) void onSubmit();
        }}
        className="space-y-4"
      >
        {current.id === "basics" ? <BasicsStep {...stepProps} /> : null}
        {current.id === "plan" ? <PlanStep {...stepProps} /> : null}
        {current.id === "budget" ? <BudgetStep {...stepProps} totals={totals} /> : null}
        {current.id === "context" ? <ContextStep {...stepProps} /> : null}
        {current.id === "submit" ? (
          <div className="space-y-4">
            <div className="flex items-start gap-2">
              <input
                id="shareWithAlumni"
                type="checkbox"
                className="mt-1 h-4 w-4"
                {...form.register("shareWithAlumni")}
              />
              <label htmlFor="shareWithAlumni" className="text-sm">
                {t("share")}
              </label>
            </div>
          </div>
        ) : null}
        <div className="flex flex-wrap items-center gap-2">
          {step > 0 ? (
            <Button type="button" variant="outline" onClick={() => go(step - 1)}>
              {t("back")}
            </Button>
          ) : null}
          {step < PROPOSAL_STEPS.length - 1 ? (
            <Button type="button" onClick={() => go(step + 1)}>
              {t("next")}
            </Button>
          ) : props.editable && status === "draft" ? (
            <Button type="submit">{t("submit")}</Button>
          ) : null}
          {props.editable && status === "draft" ? (
            <Button type="button" variant="secondary" onClick={() => void runSave()}>
              {t("saveNow")}
            </Button>
          ) : null}
        </div>
      </form>
      <p role="status" aria-live="polite" className="text-sm text-muted-foreground">
        {message}
      </p>
    </div>
  );
}
