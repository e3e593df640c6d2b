"use client";

import * as React from "react";
import { useSaid } from "@/components/i18n/said-words";
import { Label } from "./label";

/**
 * A labelled field with help and error text wired to it by id, so a screen reader reads the label,
 * the help and the error together (the shadcn Form pattern without its context plumbing).
 * `announce` makes the error an alert, read out when it appears: for an error that comes while the person types
 * (a word limit), which no focus move or form-level alert would tell them of.
 */
export function FormField({
  id,
  label,
  help,
  errors,
  announce = false,
  note,
  children,
}: {
  id: string;
  label: React.ReactNode;
  help?: React.ReactNode;
  /** Shown under the label, outside its accessible name (e.g. "Not yet translated"). */
  note?: React.ReactNode;
  errors?: string[];
  announce?: boolean;
  children: (props: { id: string; "aria-invalid": boolean; "aria-describedby"?: string }) => React.ReactNode;
}) {
  // A schema's message checked in the browser is English; the page hands its translation over (components/i18n/said.tsx).
  const said = useSaid();
  const helpId = help ? `${id}-help` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-2">
      <Label htmlFor={id}>{label}</Label>
      {note}
      {children({ id, "aria-invalid": Boolean(errorId), "aria-describedby": describedBy })}
      {help ? (
        <p id={helpId} className="text-sm text-muted-foreground">
          {help}
        </p>
      ) : null}
      {errorId ? (
        <p id={errorId} role={announce ? "alert" : undefined} className="text-sm font-medium text-destructive">
          {errors?.map(said).join(" ")}
        </p>
      ) : null}
    </div>
  );
}
