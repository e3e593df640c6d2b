"use client";

import { wordsTranslator } from "@/lib/i18n/words";
import type { ApplyWords } from "@/lib/applications/apply-words";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { countWords } from "@/lib/applications/form";
import type { ShownQuestion } from "@/lib/calls/translations";

export type CountryChoice = { code: string; name: string };

/** One question of a call's form, as the applicant answers it (files are FileQuestion's). */
export function QuestionField({
  question,
  value,
  onChange,
  errors,
  countries,
  disabled,
  text: applyText,
}: {
  question: ShownQuestion;
  value: unknown;
  onChange: (value: unknown) => void;
  errors?: string[];
  countries: CountryChoice[];
  disabled?: boolean;
  /** Its words, translated on the server (lib/applications/apply-words.ts). */
  text: ApplyWords;
}) {
  const t = wordsTranslator(applyText);
  const id = `q-${question.id}`;
  // The label may be in the programme's main language (not yet translated): `lang` says so to the reader's tools.
  const label = (
    <>
      <span lang={question.shown?.lang}>{question.label}</span>
      {` (${question.required ? t("required") : t("optional")})`}
    </>
  );
  const note = question.shown?.untranslated ? (
    <p className="text-xs text-muted-foreground">{t("notYetTranslated")}</p>
  ) : null;
  const text = typeof value === "string" ? value : value === undefined || value === null ? "" : String(value);

  if (question.type === "single_choice" || question.type === "multiple_choice" || question.type === "yes_no") {
    const options =
      question.type === "yes_no"
        ? [
            { value: "yes", label: t("yes") },
            { value: "no", label: t("no") },
          ]
        : (question.options ?? []).map((o, i) => ({
            value: o,
            label: question.shown?.options?.[i]?.text ?? o,
            lang: question.shown?.options?.[i]?.lang,
          }));
    const selected = Array.isArray(value) ? (value as string[]) : [];
    const multiple = question.type === "multiple_choice";
    // The group is described by its help and its error, and each control by its error too, so a screen reader
    // reads the error on entering the group and again on the option it lands on (FormField's wiring, by hand).
    const helpId = question.help ? `${id}-help` : undefined;
    const errorId = errors?.length ? `${id}-error` : undefined;
    return (
      <fieldset
        className="space-y-2"
        role={multiple ? undefined : "radiogroup"}
        aria-describedby={[helpId, errorId].filter(Boolean).join(" ") || undefined}
        aria-invalid={Boolean(errorId)}
        aria-required={!multiple && question.required ? true : undefined}
      >
        <legend className="text-sm font-medium">{label}</legend>
        {note}
        {question.help ? (
          <p id={helpId} lang={question.shown?.helpLang} className="text-sm text-muted-foreground">
            {question.help}
          </p>
        ) : null}
        {options.map((option, i) => (
          <div key={option.value} className="flex items-center gap-2">
            <input
              id={`${id}-${i}`}
              type={multiple ? "checkbox" : "radio"}
              name={id}
              value={option.value}
              disabled={disabled}
              aria-invalid={multiple && errorId ? true : undefined}
              aria-describedby={errorId}
              className="h-4 w-4"
              checked={multiple ? selected.includes(option.value) : value === option.value}
              onChange={(e) => {
                if (!multiple) onChange(option.value);
                else
                  onChange(e.target.checked ? [...selected, option.value] : selected.filter((v) => v !== option.value));
              }}
            />
            <label htmlFor={`${id}-${i}`} lang={"lang" in option ? option.lang : undefined}>
              {option.label}
            </label>
          </div>
        ))}
        {errorId ? (
          <p id={errorId} role="alert" className="text-sm font-medium text-destructive">
            {errors?.join(" ")}
          </p>
        ) : null}
      </fieldset>
    );
  }

  const words = question.type === "long_text" ? countWords(text) : 0;
  const help = [
    question.help ? (
      <span key="help" lang={question.shown?.helpLang}>
        {question.help}
      </span>
    ) : null,
    question.type === "long_text"
      ? question.maxWords
        ? t("words", { count: words, max: question.maxWords })
        : t("wordsNoLimit", { count: words })
      : null,
  ]
    .filter(Boolean)
    .flatMap((part, i) => (i ? [" · ", part] : [part]));
  const over = question.type === "long_text" && question.maxWords ? words > question.maxWords : false;
  return (
    <FormField
      id={id}
      label={label}
      help={help.length ? help : undefined}
      note={note}
      errors={over ? [...(errors ?? []), t("overLimit", { max: question.maxWords ?? 0 })] : errors}
      announce
    >
      {(a11y) => {
        const common = { ...a11y, disabled, "aria-required": question.required };
        switch (question.type) {
          case "long_text":
            return <Textarea {...common} rows={8} value={text} onChange={(e) => onChange(e.target.value)} />;
          case "number":
            return (
              <Input
                {...common}
                type="number"
                inputMode="decimal"
                value={text}
                onChange={(e) =>
                  onChange(
                    e.target.value === ""
                      ? ""
                      : Number.isFinite(e.target.valueAsNumber)
                        ? e.target.valueAsNumber
                        : e.target.value,
                  )
                }
              />
            );
          case "date":
            return <Input {...common} type="date" value={text} onChange={(e) => onChange(e.target.value)} />;
          case "url":
            return (
              <Input {...common} type="url" inputMode="url" value={text} onChange={(e) => onChange(e.target.value)} />
            );
          case "country":
            return (
              <NativeSelect {...common} value={text} onChange={(e) => onChange(e.target.value)}>
                <option value="">{t("chooseCountry")}</option>
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </NativeSelect>
            );
          default:
            return <Input {...common} value={text} onChange={(e) => onChange(e.target.value)} />;
        }
      }}
    </FormField>
  );
}
