import type * as React from "react";
import { cn } from "@/lib/utils";

/**
 * A styled <label>. Not a client component: a plain label does all a label must (names its control, focuses it
 * on click), so pages such as /verify that have no other client code ship no JavaScript of their own for it.
 */
function Label({ className, ...props }: React.ComponentProps<"label">) {
  return (
    <label
      className={cn(
        "text-sm font-medium leading-none peer-disabled:cursor-not-allowed peer-disabled:opacity-70",
        className,
      )}
      {...props}
    />
  );
}

export { Label };
