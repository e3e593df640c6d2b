"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { APPLICATION_FILE_TYPES, FILE_TYPES } from "@/lib/uploads/types";
import type { FileTypeLabels } from "@/lib/uploads/type-labels";
import type { CallForm, FormQuestion } from "@/lib/applications/form";
import { QUESTION_TYPES } from "@/lib/calls/schemas";

type Result =
  | { ok: true; version: number; form: CallForm }
  | { ok: false; formError: string; fieldErrors: Record<string, string[]> };

function newId(existing: FormQuestion[]): string {
  for (let n = existing.length + 1; ; n++) if (!existing.some((q) => q.id === `q${n}`)) return `q${n}`;
}

/**
 * Builds a call's form: pages, questions of every type, required or optional, help text, reordering.
 * The server refuses changes that would break submitted answers; removing a question there hides it.
 */
export function FormBuilder({
  callId,
  version: initialVersion,
  form: initial,
  locked,
  save,
  fileTypes,
}: {
  callId: string;
  version: number;
  form: CallForm;
  locked: boolean;
  save: (input: unknown) => Promise<Result>;
  /** Each kind of file by name in the reader's language (lib/uploads/type-labels.ts). */
  fileTypes: FileTypeLabels;
}) {
  const t = useTranslations("callAdmin.builder");
  const [form, setForm] = useState<CallForm>(initial);
  const [version, setVersion] = useState(initialVersion);
  const [message, setMessage] = useState<{ ok: boolean; text: string; details?: string[] } | null>(null);
  const [busy, setBusy] = useState(false);

  const update = (id: string, patch: Partial<FormQuestion>) =>
    setForm((f) => ({ ...f, questions: f.questions.map((q) => (q.id === id ? { ...q, ...patch } : q)) }));
  const move = (id: string, direction: -1 | 1) =>
    setForm((f) => {
      const list = [...f.questions];
      const index = list.findIndex((q) => q.id === id);
      const page = list[index]!.page;
      let target = index + direction;
      while (target >= 0 && target < list.length && list[target]!.page !== page) target += direction;
      if (target < 0 || target >= list.length) return f;
      [list[index], list[target]] = [list[target]!, list[index]!];
      return { ...f, questions: list };
    });
  const remove = (id: string) => setForm((f) => ({ ...f, questions: f.questions.filter((q) => q.id !== id) }));
  const add = (page: number) =>
    setForm((f) => ({
      ...f,
      questions: [
        ...f.questions,
        { id: newId(f.questions), page, type: "short_text", label: t("newQuestion"), required: false },
      ],
    }));
  const addPage = () => setForm((f) => ({ ...f, pages: [...f.pages, { title: `Page ${f.pages.length + 1}` }] }));
  const removePage = (index: number) =>
    setForm((f) => ({
      pages: f.pages.filter((_, i) => i !== index),
      questions: f.questions.map((q) => (q.page > index ? { ...q, page: q.page - 1 } : q)),
    }));

  async function onSave() {
    setBusy(true);
    setMessage(null);
    const result = await save({ callId, version, form });
    setBusy(false);
    if (result.ok) {
      setVersion(result.version);
      setForm(result.form);
      setMessage({ ok: true, text: t("saved") });
    } else {
      setMessage({
        ok: false,
        text: result.formError,
        details: Object.entries(result.fieldErrors).map(([k, v]) => `${k}: ${v.join(" ")}`),
      });
    }
  }

  return (
    <div className="space-y-6">
      {locked ? <Alert>{t("locked")}</Alert> : null}
      {form.pages.map((page, pageIndex) => {
        const questions = form.questions.filter((q) => q.page === pageIndex);
        return (
          <section
            key={pageIndex}
            aria-labelledby={`page-${pageIndex}-heading`}
            className="space-y-4 rounded-lg border p-4"
          >
            <div className="flex flex-wrap items-end gap-3">
              <h2 id={`page-${pageIndex}-heading`} className="sr-only">
                {t("page", { n: pageIndex + 1 })}
              </h2>
              <div className="flex-1 space-y-1">
                <Label htmlFor={`page-title-${pageIndex}`}>{t("pageTitle", { n: pageIndex + 1 })}</Label>
                <Input
                  id={`page-title-${pageIndex}`}
                  value={page.title}
                  onChange={(e) =>
                    setForm((f) => ({
                      ...f,
                      pages: f.pages.map((p, i) => (i === pageIndex ? { title: e.target.value } : p)),
                    }))
                  }
                />
              </div>
              {form.pages.length > 1 && questions.length === 0 ? (
                <Button type="button" variant="outline" onClick={() => removePage(pageIndex)}>
                  {t("removePage", { n: pageIndex + 1 })}
                </Button>
              ) : null}
            </div>
            {questions.map((q) => (
              <QuestionEditor
                key={q.id}
                question={q}
                pages={form.pages.length}
                onChange={(patch) => update(q.id, patch)}
                onMove={(d) => move(q.id, d)}
                onRemove={() => remove(q.id)}
                fileTypes={fileTypes}
              />
            ))}
            <Button type="button" variant="outline" onClick={() => add(pageIndex)}>
              {t("addQuestion", { n: pageIndex + 1 })}
            </Button>
          </section>
        );
      })}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" variant="outline" onClick={addPage}>
          {t("addPage")}
        </Button>
        <Button type="button" onClick={() => void onSave()} disabled={busy}>
          {busy ? t("saving") : t("save")}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {message ? (
          <Alert variant={message.ok ? "default" : "destructive"}>
            <p>{message.text}</p>
            {message.details?.length ? (
              <ul className="list-disc pl-5">
                {message.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            ) : null}
          </Alert>
        ) : null}
      </div>
    </div>
  );
}

function QuestionEditor({
  question: q,
  pages,
  onChange,
  onMove,
  onRemove,
  fileTypes,
}: {
  question: FormQuestion;
  pages: number;
  onChange: (patch: Partial<FormQuestion>) => void;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
  fileTypes: FileTypeLabels;
}) {
  const t = useTranslations("callAdmin.builder");
  const typeLabel = (type: FormQuestion["type"]) => t(`types.${type}`);
  const id = `qe-${q.id}`;
  if (q.hidden) {
    return (
      <div className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-dashed p-3 text-sm text-muted-foreground">
        <span>{t("hidden", { label: q.label, type: typeLabel(q.type) })}</span>
        <Button type="button" variant="outline" size="sm" onClick={() => onChange({ hidden: false })}>
          {t("restore", { label: q.label })}
        </Button>
      </div>
    );
  }
  return (
    <fieldset className="space-y-3 rounded-md border p-3">
      <legend className="px-1 text-sm font-medium">{t("question", { id: q.id })}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="space-y-1 sm:col-span-2">
          <Label htmlFor={`${id}-label`}>{t("text")}</Label>
          <Input id={`${id}-label`} value={q.label} onChange={(e) => onChange({ label: e.target.value })} />
        </div>
        <div className="space-y-1">
          <Label htmlFor={`${id}-type`}>{t("type")}</Label>
          <NativeSelect
            id={`${id}-type`}
            value={q.type}
            onChange={(e) =>
              onChange({
                type: e.target.value as FormQuestion["type"],
                ...(e.target.value === "file" && !q.accept ? { accept: ["application/pdf"] } : {}),
              })
            }
          >
            {QUESTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {typeLabel(type)}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="space-y-1">
          <Label htmlFor={`${id}-page`}>{t("pageLabel")}</Label>
          <NativeSelect id={`${id}-page`} value={q.page} onChange={(e) => onChange({ page: Number(e.target.value) })}>
            {Array.from({ length: pages }, (_, i) => (
              <option key={i} value={i}>
                {t("page", { n: i + 1 })}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="space-y-1 sm:col-span-2">
          <Label htmlFor={`${id}-help`}>{t("help")}</Label>
          <Input
            id={`${id}-help`}
            value={q.help ?? ""}
            onChange={(e) => onChange({ help: e.target.value || undefined })}
          />
        </div>
        {q.type === "single_choice" || q.type === "multiple_choice" ? (
          <div className="space-y-1 sm:col-span-2">
            <Label htmlFor={`${id}-options`}>{t("options")}</Label>
            <Textarea
              id={`${id}-options`}
              rows={4}
              value={(q.options ?? []).join("\n")}
              onChange={(e) =>
                onChange({
                  options: e.target.value
                    .split("\n")
                    .map((o) => o.trim())
                    .filter(Boolean),
                })
              }
            />
          </div>
        ) : null}
        {q.type === "long_text" ? (
          <div className="space-y-1">
            <Label htmlFor={`${id}-words`}>{t("wordLimit")}</Label>
            <Input
              id={`${id}-words`}
              type="number"
              min={1}
              value={q.maxWords ?? ""}
              onChange={(e) => onChange({ maxWords: e.target.value ? Number(e.target.value) : undefined })}
            />
          </div>
        ) : null}
        {q.type === "file" ? (
          <>
            <fieldset className="space-y-1">
              <legend className="text-sm font-medium">{t("allowedTypes")}</legend>
              {APPLICATION_FILE_TYPES.map((type) => (
                <div key={type} className="flex items-center gap-2 text-sm">
                  <input
                    id={`${id}-accept-${FILE_TYPES[type].extension}`}
                    type="checkbox"
                    className="h-4 w-4"
                    checked={(q.accept ?? []).includes(type)}
                    onChange={(e) =>
                      onChange({
                        accept: e.target.checked
                          ? [...(q.accept ?? []), type]
                          : (q.accept ?? []).filter((a) => a !== type),
                      })
                    }
                  />
                  <label htmlFor={`${id}-accept-${FILE_TYPES[type].extension}`}>{fileTypes[type]}</label>
                </div>
              ))}
            </fieldset>
            <div className="space-y-1">
              <Label htmlFor={`${id}-size`}>{t("sizeLimit")}</Label>
              <Input
                id={`${id}-size`}
                type="number"
                min={1}
                max={25}
                value={q.maxBytes ? q.maxBytes / (1024 * 1024) : ""}
                onChange={(e) =>
                  onChange({ maxBytes: e.target.value ? Math.round(Number(e.target.value) * 1024 * 1024) : undefined })
                }
              />
            </div>
          </>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <span className="flex items-center gap-2 text-sm">
          <input
            id={`${id}-required`}
            type="checkbox"
            className="h-4 w-4"
            checked={q.required}
            onChange={(e) => onChange({ required: e.target.checked })}
          />
          <label htmlFor={`${id}-required`}>{t("required")}</label>
        </span>
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={() => onMove(-1)}
          aria-label={t("moveUp", { label: q.label })}
        >
          {t("up")}
        </Button>
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={() => onMove(1)}
          aria-label={t("moveDown", { label: q.label })}
        >
          {t("down")}
        </Button>
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={onRemove}
          aria-label={t("removeLabel", { label: q.label })}
        >
          {t("remove")}
        </Button>
      </div>
    </fieldset>
  );
}
