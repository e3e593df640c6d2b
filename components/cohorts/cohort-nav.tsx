import Link from "next/link";

/** Links between an edition's admin pages; the current one is marked for screen readers. */
export function CohortNav({
  base,
  current,
  labels,
}: {
  base: string;
  current: "overview" | "sessions" | "timetable";
  labels: { overview: string; sessions: string; timetable: string; nav: string };
}) {
  const items = [
    { key: "overview", href: base },
    { key: "sessions", href: `${base}/sessions` },
    { key: "timetable", href: `${base}/timetable` },
  ] as const;
  return (
    <nav aria-label={labels.nav}>
      <ul className="flex flex-wrap gap-2 text-sm">
        {items.map((item) => (
          <li key={item.key}>
            <Link
              href={item.href}
              aria-current={item.key === current ? "page" : undefined}
              className={`inline-block rounded-md border px-3 py-1.5 ${item.key === current ? "bg-primary text-primary-foreground" : "hover:bg-accent"}`}
            >
              {labels[item.key]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
