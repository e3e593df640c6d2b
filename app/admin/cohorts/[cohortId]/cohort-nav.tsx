import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The links between a cohort's staff pages; the current one is marked for screen readers. */
export async function CohortNav({
  cohortId,
  current,
}: {
  cohortId: string;
  current: "hub" | "attendance" | "proposals" | "graduation" | "translations";
}) {
  const [t, tl] = await Promise.all([getTranslations("staffCohorts"), getTranslations("editionLanguages")]);
  const links = [
    { key: "hub", href: `/admin/cohorts/${cohortId}`, label: t("hubNav") },
    { key: "attendance", href: `/admin/cohorts/${cohortId}/attendance`, label: t("attendance") },
    { key: "proposals", href: `/admin/cohorts/${cohortId}/proposals`, label: t("proposals") },
    { key: "graduation", href: `/admin/cohorts/${cohortId}/graduation`, label: t("graduation") },
    { key: "translations", href: `/admin/cohorts/${cohortId}/translations`, label: tl("nav") },
  ] as const;
  return (
    <nav aria-label={t("navLabel")}>
      <ul className="flex flex-wrap gap-3 text-sm">
        {links.map((l) => (
          <li key={l.key}>
            <Link
              href={l.href}
              aria-current={l.key === current ? "page" : undefined}
              className={l.key === current ? "font-semibold underline" : "hover:underline"}
            >
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
