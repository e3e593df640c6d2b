"use client";

import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "zod";

/**
 * react-hook-form's zod resolver, loaded with its schema the first time the form checks (a submit) or when
 * `preload` is called (a field gets focus): the schema's module, zod and the resolver stay out of the page's
 * first load (≈ 25 kB gzipped on the sign-in and sign-up pages, e2e/bench/RESULTS.md bench:reach). The server
 * parses the same schema whatever the browser did (defineAction, the account routes).
 */
function lazyZodResolver<S extends z.core.$ZodType<unknown, FieldValues>>(
  load: () => Promise<S>,
): Resolver<z.input<S>, unknown, z.output<S>> & { preload: () => void } {
  let loaded: Promise<Resolver<z.input<S>, unknown, z.output<S>>> | null = null;
  const resolverOf = () =>
    (loaded ??= Promise.all([import("@hookform/resolvers/zod"), load()]).then(
      ([{ zodResolver }, schema]) =>
        zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
      () => {
        // The code could not be fetched (a dropped connection): this submit goes unchecked to the server,
        // which answers with the same field errors, and the next check tries the fetch again.
        loaded = null;
        return (async (values) => ({ values, errors: {} })) as Resolver<z.input<S>, unknown, z.output<S>>;
      },
    ));
  const resolver: Resolver<z.input<S>, unknown, z.output<S>> = async (values, context, options) =>
    (await resolverOf())(values, context, options);
  return Object.assign(resolver, { preload: () => void resolverOf() });
}

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
  const [resolver] = useState(() => lazyZodResolver(async () => options.schema));
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver,
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
