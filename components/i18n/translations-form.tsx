"use client";

import { useActionState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { VersionedFormState } from "@/lib/i18n/content";

export type TranslatedField = {
  name: string;
  /** The field's name as the editor reads it ("Summary", "Question: Your motivation"). */
  label: string;
  /** The translation box's label ("Summary in Korean"). */
  inputLabel: string;
  original: string;
  value: string;
  untranslated: boolean;
};

type Words = { original: string; untranslated: string; save: string; saving: string };

/**
 * One language's translations of a record, field by field: the main-language text beside a box for its
 * translation, marked while untranslated. Words come translated from the server (no next-intl here).
 */
export function TranslationsForm({
  idPrefix = "translation",
  hidden,
  version,
  language,
  mainLanguage,
  fields,
  words,
  action,
}: {
  /** Sets apart the boxes' ids when a page holds several of these forms. */
  idPrefix?: string;
  hidden: Record<string, string>;
  version: number;
  language: string;
  mainLanguage: string;
  fields: TranslatedField[];
  words: Words;
  action: (state: VersionedFormState, form: FormData) => Promise<VersionedFormState>;
}) {
  const [state, formAction, pending] = useActionState(action, { ok: null, message: "", version: null });
  return (
    <form action={formAction} className="space-y-6">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="language" value={language} />
      <input type="hidden" name="version" value={String(Math.max(state.version ?? 0, version))} />
      {fields.map((field, i) => {
        const id = `${idPrefix}-${i}`;
        return (
          <div key={field.name} className="grid gap-3 rounded-lg border p-4 md:grid-cols-2">
            <div className="space-y-1">
              <p className="flex flex-wrap gap-2 text-sm font-medium">
                <span>{field.label}</span>
                <span className="text-muted-foreground">{words.original}</span>
              </p>
              <p lang={mainLanguage} className="whitespace-pre-wrap text-sm">
                {field.original}
              </p>
            </div>
            <div className="space-y-1">
              <div className="flex flex-wrap items-center gap-2">
                <Label htmlFor={id}>{field.inputLabel}</Label>
                {field.untranslated ? <Badge variant="outline">{words.untranslated}</Badge> : null}
              </div>
              <Textarea
                id={id}
                name={`field:${field.name}`}
                lang={language}
                defaultValue={field.value}
                rows={field.original.length > 200 ? 8 : 2}
              />
            </div>
          </div>
        );
      })}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? words.saving : words.save}
        </Button>
        <p role="status" aria-live="polite" className={state.ok === false ? "text-destructive" : "text-sm"}>
          {state.message}
        </p>
      </div>
    </form>
  );
}

/** The language a programme's own text is written in, the one readers fall back to. */
export function MainLanguageForm({
  programmeId,
  version,
  mainLanguage,
  options,
  words,
  action,
}: {
  programmeId: string;
  version: number;
  mainLanguage: string;
  options: { value: string; label: string }[];
  words: { label: string; hint: string; save: string };
  action: (state: VersionedFormState, form: FormData) => Promise<VersionedFormState>;
}) {
  const [state, formAction, pending] = useActionState(action, { ok: null, message: "", version: null });
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="programmeId" value={programmeId} />
      <input type="hidden" name="version" value={String(Math.max(state.version ?? 0, version))} />
      <div className="space-y-1">
        <Label htmlFor="main-language">{words.label}</Label>
        <select
          id="main-language"
          name="mainLanguage"
          defaultValue={mainLanguage}
          aria-describedby="main-language-hint"
          className="block h-9 rounded-md border bg-background px-3 text-sm"
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="outline" disabled={pending}>
        {words.save}
      </Button>
      <p id="main-language-hint" className="w-full text-sm text-muted-foreground">
        {words.hint}
      </p>
      <p role="status" aria-live="polite" className={state.ok === false ? "text-destructive" : "text-sm"}>
        {state.message}
      </p>
    </form>
  );
}
