import { cn } from "@/lib/utils";

/** A grey placeholder block shown while a segment loads. */
function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cn("animate-pulse rounded-md bg-muted", className)} />;
}

/** A page-shaped skeleton: a heading bar and a few rows, announced once for screen readers. */
function PageSkeleton({ label, rows = 4 }: { label: string; rows?: number }) {
  return (
    <div className="space-y-4" role="status" aria-live="polite">
      <span className="sr-only">{label}</span>
      <Skeleton className="h-8 w-1/2" />
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} className="h-16 w-full" />
      ))}
    </div>
  );
}

export { PageSkeleton, Skeleton };
