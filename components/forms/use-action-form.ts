"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "zod";

export type ActionOutcome<T> =
  ({ ok: true } & T) | { ok: false; code: string; formError: string; fieldErrors: Record<string, string[]> };

/**
 * A form checked by the same zod schema the server action uses. The raw values (not the client's
 * parse) go to the server, which parses them again; its field errors land on the same fields.
 */
export function useActionForm<S extends z.core.$ZodType<unknown, FieldValues>, T>(options: {
  schema: S;
  defaultValues: DefaultValues<z.input<S>>;
  action: (values: z.input<S>) => Promise<ActionOutcome<T>>;
  onSuccess?: (result: { ok: true } & T, values: z.input<S>) => void | Promise<void>;
}) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(options.schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues: options.defaultValues,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(async () => {
    setFormError(null);
    setDone(null);
    const values = form.getValues();
    const result = await options.action(values);
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (field !== "_form") form.setError(field as Path<z.input<S>>, { message: messages.join(" ") });
      }
      setFormError(result.formError);
      return;
    }
    await options.onSuccess?.(result, values);
  });

  /** The messages for one field, as FormField wants them. */
  const errorsOf = (name: string): string[] | undefined => {
    let node: unknown = form.formState.errors;
    for (const part of name.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
    const message = (node as { message?: unknown } | undefined)?.message;
    return typeof message === "string" && message ? [message] : undefined;
  };

  return { form, onSubmit, formError, errorsOf, done, setDone };
}
