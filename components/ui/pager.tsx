import Link from "next/link";

/** Previous / next links for a paged list; the href keeps the list's filters. */
export function Pager({
  page,
  total,
  pageSize,
  href,
  labels,
}: {
  page: number;
  total: number;
  pageSize: number;
  href: (page: number) => string;
  labels: { previous: string; next: string; page: string; nav: string };
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label={labels.nav} className="flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className="text-primary underline">
          {labels.previous}
        </Link>
      ) : null}
      <span>{labels.page}</span>
      {page < pages ? (
        <Link href={href(page + 1)} className="text-primary underline">
          {labels.next}
        </Link>
      ) : null}
    </nav>
  );
}
