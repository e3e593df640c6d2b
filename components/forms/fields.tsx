"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";

type Base = { id: string; label: string; help?: string; errors?: string[]; registration: UseFormRegisterReturn };

export function TextField({
  type = "text",
  maxLength,
  list,
  autoComplete,
  ...base
}: Base & { type?: string; maxLength?: number; list?: string; autoComplete?: string }) {
  return (
    <FormField id={base.id} label={base.label} help={base.help} errors={base.errors}>
      {(a11y) => (
        <Input
          {...a11y}
          type={type}
          maxLength={maxLength}
          list={list}
          autoComplete={autoComplete}
          {...base.registration}
        />
      )}
    </FormField>
  );
}

export function TextAreaField({ rows = 5, maxLength, ...base }: Base & { rows?: number; maxLength?: number }) {
  return (
    <FormField id={base.id} label={base.label} help={base.help} errors={base.errors}>
      {(a11y) => <Textarea {...a11y} rows={rows} maxLength={maxLength} {...base.registration} />}
    </FormField>
  );
}

export function SelectField({
  options,
  placeholder,
  ...base
}: Base & { options: readonly { value: string; label: string }[]; placeholder?: string }) {
  return (
    <FormField id={base.id} label={base.label} help={base.help} errors={base.errors}>
      {(a11y) => (
        <Select {...a11y} {...base.registration}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      )}
    </FormField>
  );
}

/** A group of checkboxes sharing one name: a fieldset with a legend, each box with its own label. */
export function CheckboxGroup({
  id,
  legend,
  options,
  errors,
  registration,
  columns = 2,
}: {
  id: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  errors?: string[];
  registration: UseFormRegisterReturn;
  columns?: number;
}) {
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <fieldset className="space-y-2" aria-describedby={errorId}>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className={columns > 2 ? "grid gap-1 sm:grid-cols-3 lg:grid-cols-4" : "grid gap-1 sm:grid-cols-2"}>
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2 text-sm">
            <input type="checkbox" value={o.value} className="mt-0.5 h-4 w-4" {...registration} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-destructive">
          {errors?.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

export function CheckboxField({
  id,
  label,
  registration,
}: {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
}) {
  return (
    <label htmlFor={id} className="flex items-center gap-2 text-sm font-medium">
      <input id={id} type="checkbox" className="h-4 w-4" {...registration} />
      {label}
    </label>
  );
}

/** The announced outcome of a submit: progress while it runs, then the form's error or a confirmation. */
export function FormStatus({ busy, done, busyLabel }: { busy: boolean; done: string | null; busyLabel: string }) {
  return (
    <p aria-live="polite" role="status" className="text-sm text-muted-foreground">
      {busy ? busyLabel : (done ?? "")}
    </p>
  );
}
