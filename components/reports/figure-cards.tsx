import Link from "next/link";

export type FigureCard = { key: string; label: string; value: string | number; href?: string };

/** Headline figures as cards (the dashboard, a report, a printed summary); a card with a link opens its report. */
export function FigureCards({
  figures,
  label,
  className = "grid gap-3 sm:grid-cols-3 lg:grid-cols-6",
}: {
  figures: FigureCard[];
  label: string;
  className?: string;
}) {
  return (
    <ul className={className} aria-label={label}>
      {figures.map((f) => {
        const body = (
          <>
            <span className="block text-2xl font-bold">{f.value}</span>
            <span className="block text-sm text-muted-foreground">{f.label}</span>
          </>
        );
        return (
          <li key={f.key} className="rounded-lg border bg-card p-3">
            {f.href ? (
              <Link href={f.href} className="block hover:underline">
                {body}
              </Link>
            ) : (
              body
            )}
          </li>
        );
      })}
    </ul>
  );
}
