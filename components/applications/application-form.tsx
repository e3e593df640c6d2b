"use client";

import { formatSavedTime } from "@/lib/format";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/select";
import { formProgress, visibleQuestions } from "@/lib/applications/form";
import type { ShownForm } from "@/lib/calls/translations";
import { wordsTranslator } from "@/lib/i18n/words";
import type { ApplyWords } from "@/lib/applications/apply-words";
import { FileQuestion, type StoredFile } from "./file-question";
import { QuestionField, type CountryChoice } from "./question-field";

const AUTOSAVE_DELAY_MS = 1200;

type SaveState =
  | { kind: "idle" }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "error"; message: string }
  | { kind: "stale"; message: string };

export type ApplicationFormProps = {
  applicationId: string;
  version: number;
  lastSaved: string;
  /** The form in the reader's language (lib/calls/translations.ts formForReader). */
  form: ShownForm;
  pageIndex: number;
  answers: Record<string, unknown>;
  trackPreferences: string[];
  tracks: { id: string; title: string }[];
  files: StoredFile[];
  countries: CountryChoice[];
  /** Its words, translated on the server (lib/applications/apply-words.ts): the page loads no next-intl. */
  text: ApplyWords;
  /**
   * What the review found missing or wrong on this page (opened from it with ?check=1), per question id (and
   * `trackPreferences`): shown on each field until its answer changes.
   */
  checkErrors?: Record<string, string[]>;
};

/**
 * The call's form, one page at a time. Every change is saved a moment later (and before moving page),
 * with the version the page was loaded at: a save from a stale tab is refused by the server, and this
 * form then stops saving and says so instead of overwriting.
 */
export function ApplicationForm(props: ApplicationFormProps) {
  const t = useMemo(() => wordsTranslator(props.text), [props.text]);
  const router = useRouter();
  const [answers, setAnswers] = useState(props.answers);
  const [preferences, setPreferences] = useState<string[]>(props.trackPreferences);
  const [files, setFiles] = useState<StoredFile[]>(props.files);
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [checkErrors, setCheckErrors] = useState<Record<string, string[]>>(props.checkErrors ?? {});
  const errorsOf = (key: string) => fieldErrors[key] ?? checkErrors[key];
  const answered = (key: string) =>
    setCheckErrors((current) => {
      if (!(key in current)) return current;
      const { [key]: _done, ...rest } = current;
      return rest;
    });
  const version = useRef(props.version);
  const latest = useRef({ answers: props.answers, preferences: props.trackPreferences });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const dirty = useRef(false);
  const stopped = useRef(false);

  const save = useCallback(async (): Promise<boolean> => {
    if (stopped.current) return false;
    if (inFlight.current) await inFlight.current;
    if (!dirty.current) return true;
    dirty.current = false;
    setState({ kind: "saving" });
    const run = (async () => {
      try {
        const response = await fetch(`/api/applications/${props.applicationId}`, {
          method: "PUT",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            version: version.current,
            answers: latest.current.answers,
            trackPreferences: latest.current.preferences,
          }),
        });
        const data = (await response.json().catch(() => null)) as {
          ok: boolean;
          version?: number;
          savedAt?: string;
          code?: string;
          formError?: string;
          fieldErrors?: Record<string, string[]>;
        } | null;
        if (data?.ok && data.version && data.savedAt) {
          version.current = data.version;
          setFieldErrors({});
          setState({ kind: "saved", at: formatSavedTime(data.savedAt, props.text.locale) });
          return true;
        }
        dirty.current = true;
        if (data?.code === "stale" || data?.code === "deadline" || data?.code === "conflict") {
          stopped.current = true;
          setState({ kind: "stale", message: data.formError ?? "" });
        } else {
          setFieldErrors(data?.fieldErrors ?? {});
          setState({ kind: "error", message: data?.formError ?? t("unexpected") });
        }
        return false;
      } catch {
        dirty.current = true;
        setState({
          kind: "error",
          message: t("networkKept"),
        });
        return false;
      }
    })();
    inFlight.current = run;
    const ok = await run;
    inFlight.current = null;
    return ok;
  }, [props.applicationId, props.text.locale, t]);

  const schedule = useCallback(() => {
    dirty.current = true;
    if (stopped.current) return;
    setState({ kind: "dirty" });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  }, [save]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current && !stopped.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  const setAnswer = (id: string, value: unknown) => {
    answered(id);
    const next = { ...latest.current.answers, [id]: value };
    latest.current = { ...latest.current, answers: next };
    setAnswers(next);
    schedule();
  };
  const setPreference = (rank: number, trackId: string) => {
    const list = [...preferences];
    while (list.length <= rank) list.push("");
    list[rank] = trackId;
    const cleaned = list.filter((id, i) => id && list.indexOf(id) === i);
    latest.current = { ...latest.current, preferences: cleaned };
    setPreferences(list);
    answered("trackPreferences");
    schedule();
  };

  async function go(target: string) {
    if (timer.current) clearTimeout(timer.current);
    const ok = await save();
    if (ok || !dirty.current) router.push(target);
  }

  const pages = props.form.pages;
  const questions = visibleQuestions(props.form, props.pageIndex);
  const progress = formProgress(props.form, answers, new Set(files.map((f) => f.questionId)));
  const base = `/me/applications/${props.applicationId}`;
  const isLast = props.pageIndex >= pages.length - 1;
  const statusText =
    state.kind === "saving"
      ? t("saving")
      : state.kind === "saved"
        ? t("savedAt", { time: state.at })
        : state.kind === "dirty"
          ? t("notSaved")
          : state.kind === "idle"
            ? t("lastSaved", { time: props.lastSaved })
            : "";

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <p className="text-sm font-medium">{t("page", { page: props.pageIndex + 1, pages: pages.length })}</p>
        <div
          role="progressbar"
          aria-label={t("progressLabel")}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={progress.percent}
          aria-valuetext={t("progress", { answered: progress.answered, required: progress.required })}
          className="h-2 w-full overflow-hidden rounded-full bg-muted"
        >
          <div className="h-full bg-primary transition-all" style={{ width: `${progress.percent}%` }} />
        </div>
        <p className="text-sm text-muted-foreground">
          {t("progress", { answered: progress.answered, required: progress.required })}
        </p>
        <nav aria-label={t("steps")}>
          <ol className="flex flex-wrap gap-2 text-sm">
            {pages.map((page, i) => (
              <li key={i}>
                <button
                  type="button"
                  onClick={() => void go(`${base}?page=${i + 1}`)}
                  aria-current={i === props.pageIndex ? "step" : undefined}
                  className={`rounded-md border px-2 py-1 ${i === props.pageIndex ? "bg-primary text-primary-foreground" : "hover:bg-accent"}`}
                >
                  {i + 1}. <span lang={page.shown?.lang}>{page.title}</span> ({progress.pages[i]?.answered ?? 0}/
                  {progress.pages[i]?.required ?? 0})
                </button>
              </li>
            ))}
          </ol>
        </nav>
      </div>

      {state.kind === "stale" ? (
        <Alert variant="destructive">
          <p className="font-semibold">{t("staleTitle")}</p>
          <p>{state.message}</p>
          <Button type="button" variant="outline" size="sm" className="mt-2" onClick={() => window.location.reload()}>
            {t("reload")}
          </Button>
        </Alert>
      ) : null}
      {state.kind === "error" ? (
        <Alert variant="destructive">{t("saveFailed", { message: state.message })}</Alert>
      ) : null}

      <form onSubmit={(e) => e.preventDefault()} noValidate className="space-y-6">
        <h2 lang={pages[props.pageIndex]?.shown?.lang} className="text-xl font-semibold">
          {pages[props.pageIndex]?.title}
        </h2>
        {pages[props.pageIndex]?.shown?.untranslated ? (
          <p className="text-xs text-muted-foreground">{t("notYetTranslated")}</p>
        ) : null}
        {props.pageIndex === 0 && props.tracks.length ? (
          <fieldset
            className="space-y-3 rounded-lg border p-4"
            aria-describedby={`tracks-help${errorsOf("trackPreferences") ? " tracks-error" : ""}`}
            aria-invalid={Boolean(errorsOf("trackPreferences"))}
          >
            <legend className="px-1 font-medium">{t("tracksTitle")}</legend>
            <p id="tracks-help" className="text-sm text-muted-foreground">
              {t("tracksHelp")}
            </p>
            {props.tracks.map((_, rank) => (
              <div key={rank} className="space-y-1">
                <label htmlFor={`choice-${rank}`} className="text-sm font-medium">
                  {t("choice", { n: rank + 1 })}
                </label>
                <NativeSelect
                  id={`choice-${rank}`}
                  value={preferences[rank] ?? ""}
                  disabled={state.kind === "stale"}
                  aria-invalid={rank === 0 && errorsOf("trackPreferences") ? true : undefined}
                  aria-describedby={rank === 0 && errorsOf("trackPreferences") ? "tracks-error" : undefined}
                  onChange={(e) => setPreference(rank, e.target.value)}
                >
                  <option value="">{t("noChoice")}</option>
                  {props.tracks.map((track) => (
                    <option key={track.id} value={track.id}>
                      {track.title}
                    </option>
                  ))}
                </NativeSelect>
              </div>
            ))}
            {errorsOf("trackPreferences") ? (
              <p id="tracks-error" role="alert" className="text-sm font-medium text-destructive">
                {errorsOf("trackPreferences")?.join(" ")}
              </p>
            ) : null}
          </fieldset>
        ) : null}
        {questions.map((question) =>
          question.type === "file" ? (
            <FileQuestion
              key={question.id}
              applicationId={props.applicationId}
              question={question}
              text={props.text}
              disabled={state.kind === "stale"}
              file={files.find((f) => f.questionId === question.id) ?? null}
              missing={checkErrors[question.id]?.join(" ")}
              onChange={(file) => {
                answered(question.id);
                setFiles((list) => [...list.filter((f) => f.questionId !== question.id), ...(file ? [file] : [])]);
              }}
            />
          ) : (
            <QuestionField
              key={question.id}
              question={question}
              value={answers[question.id]}
              onChange={(v) => setAnswer(question.id, v)}
              errors={errorsOf(question.id)}
              countries={props.countries}
              text={props.text}
              disabled={state.kind === "stale"}
            />
          ),
        )}
        <div className="flex flex-wrap items-center gap-3 border-t pt-4">
          {props.pageIndex > 0 ? (
            <Button type="button" variant="outline" onClick={() => void go(`${base}?page=${props.pageIndex}`)}>
              {t("previous")}
            </Button>
          ) : null}
          <Button
            type="button"
            onClick={() => void go(isLast ? `${base}/review` : `${base}?page=${props.pageIndex + 2}`)}
          >
            {isLast ? t("review") : t("next")}
          </Button>
          <p role="status" aria-live="polite" className="text-sm text-muted-foreground">
            {statusText}
          </p>
        </div>
      </form>
    </div>
  );
}
