"use client";

import { wordsTranslator } from "@/lib/i18n/words";
import type { ApplyWords } from "@/lib/applications/apply-words";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { formatBytes } from "@/lib/format";
import { UPLOAD_KINDS } from "@/lib/uploads/types";
import type { ShownQuestion } from "@/lib/calls/translations";

export type StoredFile = { questionId: string; fileName: string; sizeBytes: number };

/** Uploads as soon as a file is chosen; the server judges the content, and its sentence shows here. */
export function FileQuestion({
  applicationId,
  question,
  file,
  onChange,
  disabled,
  text,
  missing,
}: {
  applicationId: string;
  question: ShownQuestion;
  file: StoredFile | null;
  onChange: (file: StoredFile | null) => void;
  disabled?: boolean;
  /** Its words, translated on the server (lib/applications/apply-words.ts). */
  text: ApplyWords;
  /** What the review found wrong (no file yet), shown as the field's error until a file is chosen. */
  missing?: string;
}) {
  const t = wordsTranslator(text);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(missing ?? null);
  const id = `q-${question.id}`;
  const url = `/api/applications/${applicationId}/files/${encodeURIComponent(question.id)}`;
  const accept = question.accept?.length ? question.accept : ["application/pdf"];
  const help = [
    question.help,
    t("fileHelp", {
      types: accept.map((type) => text.fileTypes[type] ?? type).join(", "),
      size: formatBytes(question.maxBytes ?? UPLOAD_KINDS.applicationFile.maxBytes, text.locale),
    }),
  ]
    .filter(Boolean)
    .join(" ");

  async function upload(chosen: File) {
    setBusy(true);
    setError(null);
    const body = new FormData();
    body.set("file", chosen);
    try {
      const response = await fetch(url, { method: "POST", body });
      const data = (await response.json().catch(() => null)) as {
        ok: boolean;
        formError?: string;
        fileName?: string;
        sizeBytes?: number;
      } | null;
      if (data?.ok && data.fileName)
        onChange({ questionId: question.id, fileName: data.fileName, sizeBytes: data.sizeBytes ?? chosen.size });
      else setError(data?.formError ?? t("uploadFailed"));
    } catch {
      setError(t("network"));
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    setBusy(true);
    setError(null);
    const response = await fetch(url, { method: "DELETE" }).catch(() => null);
    if (response?.ok) onChange(null);
    else setError(t("removeFailed"));
    setBusy(false);
  }

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium">
        <span lang={question.shown?.lang}>{question.label}</span>
        {` (${question.required ? t("required") : t("optional")})`}
      </label>
      {question.shown?.untranslated ? <p className="text-xs text-muted-foreground">{t("notYetTranslated")}</p> : null}
      <input
        id={id}
        type="file"
        accept={accept.join(",")}
        disabled={disabled || busy}
        aria-describedby={`${id}-help${error ? ` ${id}-error` : ""}`}
        aria-invalid={Boolean(error)}
        className="block w-full text-sm file:mr-3 file:rounded-md file:border file:bg-background file:px-3 file:py-1.5"
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          if (chosen) void upload(chosen);
          e.target.value = "";
        }}
      />
      <p id={`${id}-help`} className="text-sm text-muted-foreground">
        {help}
      </p>
      <div aria-live="polite" className="text-sm">
        {busy ? t("uploading") : null}
        {!busy && file ? (
          <span className="flex flex-wrap items-center gap-3">
            <span>{t("uploaded", { name: file.fileName, size: formatBytes(file.sizeBytes, text.locale) })}</span>
            <a href={url} className="text-primary underline">
              {t("download")}
            </a>
            {!disabled ? (
              <Button type="button" variant="outline" size="sm" onClick={() => void remove()}>
                {t("removeFile")}
              </Button>
            ) : null}
          </span>
        ) : null}
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
