/** The shape of the review and selection pages while they load: steps, a title, figures, a table. */
export function PageSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <div className="animate-pulse space-y-6" aria-busy="true" aria-live="polite">
      <span className="sr-only">Loading…</span>
      <div className="flex gap-2">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="h-7 w-24 rounded-md bg-muted" />
        ))}
      </div>
      <div className="h-8 w-64 rounded bg-muted" />
      <div className="grid gap-2 sm:grid-cols-3">
        {Array.from({ length: 3 }, (_, i) => (
          <div key={i} className="h-20 rounded-md bg-muted" />
        ))}
      </div>
      <div className="space-y-2">
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="h-9 rounded bg-muted" />
        ))}
      </div>
    </div>
  );
}
