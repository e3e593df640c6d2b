"use client";

import { useRef, useState, type ChangeEvent, type FormEvent } from "react";

type Outcome<T> = ({ ok: true } & T) | { ok: false; formError: string; fieldErrors?: Record<string, string[]> };
/** What the form needs of a zod schema (zod/mini's included). */
type Checker = {
  safeParse: (
    data: unknown,
  ) =>
    | { success: true; data: unknown }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
};

/**
 * A form of a few text fields checked in the browser by the zod schema the server parses, without
 * react-hook-form (≈ 14 kB gzipped on the sign-in and sign-up pages, e2e/bench/RESULTS.md bench:reach). It does
 * what those pages used of it: the schema (and zod/mini) loads on first focus or submit, not with the page; a
 * submit with errors shows each field's first message, focuses the first field in error and sends nothing; after
 * a first submit each field is checked again as it changes; the server's field errors land on the same fields.
 * The fields are read from the form itself (uncontrolled inputs keep what was typed).
 */
export function useCheckedForm<F extends string, T>(options: {
  fields: readonly F[];
  load: () => Promise<Checker>;
  /** Sends the parsed values (or the raw ones when the schema could not be fetched; the server checks again). */
  send: (values: unknown) => Promise<Outcome<T>>;
  /** What to do with a success; a failure's messages are shown by the form. */
  onSuccess: (result: { ok: true } & T) => void;
  /** Which of the server's field errors to show (all, unless this says otherwise). */
  shownErrors?: (fieldErrors: Record<string, string[]>) => Record<string, string[]>;
  /** Fields that are not inputs of the form (a hidden destination). */
  extra?: Record<string, string>;
}) {
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const submitted = useRef(false);
  const schema = useRef<Promise<Checker | null> | null>(null);

  const loadSchema = () =>
    (schema.current ??= options.load().catch(() => {
      // Not fetched (a dropped connection): this submit goes unchecked to the server, which answers with the
      // same field errors, and the next check tries the fetch again.
      schema.current = null;
      return null;
    }));

  const valuesOf = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const values: Record<string, string> = { ...options.extra };
    for (const field of options.fields) values[field] = String(data.get(field) ?? "");
    return values;
  };

  /** Each field's first message, or the parsed values. */
  const check = async (
    values: Record<string, string>,
  ): Promise<{ data: unknown; errors: Partial<Record<F, string>> }> => {
    const checker = await loadSchema();
    if (!checker) return { data: values, errors: {} };
    const result = checker.safeParse(values);
    if (result.success) return { data: result.data, errors: {} };
    const found: Partial<Record<F, string>> = {};
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "") as F;
      if (options.fields.includes(field)) found[field] ??= issue.message;
    }
    return { data: null, errors: found };
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    submitted.current = true;
    setSubmitting(true);
    setFormError(null);
    try {
      const checked = await check(valuesOf(form));
      setErrors(checked.errors);
      const first = options.fields.find((field) => checked.errors[field]);
      if (first) {
        form.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
        return;
      }
      const result = await options.send(checked.data);
      if (result.ok) {
        options.onSuccess(result);
        return;
      }
      const fromServer: Partial<Record<F, string>> = {};
      const given = result.fieldErrors ?? {};
      for (const [field, messages] of Object.entries(options.shownErrors?.(given) ?? given))
        if ((options.fields as readonly string[]).includes(field)) fromServer[field as F] = messages.join(" ");
      setErrors(fromServer);
      setFormError(result.formError);
    } finally {
      setSubmitting(false);
    }
  };

  /** After a first submit, a field's message follows what is typed in it. */
  const onChange = async (event: ChangeEvent<HTMLFormElement>) => {
    const field = (event.target as { name?: string }).name as F | undefined;
    if (!submitted.current || !field || !options.fields.includes(field)) return;
    const checked = await check(valuesOf(event.currentTarget));
    setErrors((now) => ({ ...now, [field]: checked.errors[field] }));
  };

  /** The messages of one field, as FormField wants them. */
  const errorsOf = (field: F): string[] | undefined => (errors[field] ? [errors[field]] : undefined);

  return {
    formProps: { onSubmit, onChange, onFocus: () => void loadSchema(), noValidate: true },
    errorsOf,
    setError: (field: F, message: string) => setErrors((now) => ({ ...now, [field]: message })),
    formError,
    submitting,
  };
}
