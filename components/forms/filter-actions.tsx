import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

/** The end of a GET filter form: apply the filters, or go back to the page without any. */
export function FilterActions({
  applyLabel,
  resetLabel,
  resetHref,
  className,
}: {
  applyLabel: string;
  resetLabel: string;
  resetHref: string;
  className?: string;
}) {
  return (
    <div className={cn("flex items-end gap-3", className)}>
      <Button type="submit">{applyLabel}</Button>
      <a href={resetHref} className="text-sm text-primary underline">
        {resetLabel}
      </a>
    </div>
  );
}
