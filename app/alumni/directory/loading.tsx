// Only on list pages without notFound(): a loading boundary above a page makes its 404 answer 200.
import { useTranslations } from "next-intl";

export default function Loading() {
  const tc = useTranslations("common");
  return (
    <div aria-busy="true" aria-live="polite" className="space-y-4">
      <span className="sr-only">{tc("loading")}</span>
      <div className="h-8 w-64 animate-pulse rounded bg-muted" />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-32 animate-pulse rounded-lg border bg-muted/50" />
        ))}
      </div>
    </div>
  );
}
