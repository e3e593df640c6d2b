"use client";

import type * as React from "react";
import { useClientValue } from "@/components/timetable/use-client-value";

/**
 * A form whose fields stay disabled until the page is interactive: text typed before hydration would
 * otherwise be reset by react-hook-form, and a submit before it would skip the client check.
 */
export function ActionForm({ children, ...props }: React.ComponentProps<"form">) {
  const ready = useClientValue(() => true) ?? false;
  return (
    <form noValidate {...props}>
      <fieldset disabled={!ready} className="contents">
        {children}
      </fieldset>
    </form>
  );
}
