"use client";

import type * as React from "react";
import { useClientValue } from "@/components/timetable/use-client-value";
import { cn } from "@/lib/utils";

/**
 * A form whose fields stay disabled until the page is interactive: text typed before hydration would
 * otherwise be reset by react-hook-form, and a submit before it would skip the client check. The layout
 * classes go on the fieldset, which holds every field.
 */
export function ActionForm({ children, className, ...props }: React.ComponentProps<"form">) {
  const ready = useClientValue(() => true) ?? false;
  return (
    <form noValidate {...props}>
      <fieldset disabled={!ready} className={cn("m-0 min-w-0 border-0 p-0", className)}>
        {children}
      </fieldset>
    </form>
  );
}
