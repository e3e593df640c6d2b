import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/guards";

/** The administration's sections; adminOnly ones are for global administrators, not programme managers. */
const SECTIONS: { href: string; key: string; adminOnly?: boolean }[] = [
  { href: "/admin", key: "dashboard" },
  { href: "/admin/programmes", key: "programmesNav" },
  { href: "/admin/calls", key: "calls" },
  { href: "/admin/cohorts", key: "cohorts" },
  { href: "/admin/reports", key: "reportsNav" },
  { href: "/admin/organisations", key: "organisationsNav" },
  { href: "/admin/networks", key: "networksNav" },
  { href: "/admin/alumni", key: "alumni" },
  { href: "/admin/roster", key: "roster" },
  { href: "/admin/country-groups", key: "countryGroupsNav" },
  { href: "/admin/outbox", key: "outbox", adminOnly: true },
  { href: "/admin/jobs", key: "jobs", adminOnly: true },
  { href: "/admin/audit", key: "auditNav", adminOnly: true },
  { href: "/admin/privacy", key: "privacyNav", adminOnly: true },
];

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePagePermission("admin.dashboard", "/admin");
  const t = await getTranslations("admin");
  return (
    <div className="flex flex-col gap-6 md:flex-row">
      <nav aria-label={t("title")} className="md:w-48">
        <ul className="flex flex-wrap gap-3 text-sm md:flex-col">
          {SECTIONS.filter((s) => !s.adminOnly || actor.isAdmin).map((s) => (
            <li key={s.href}>
              <Link href={s.href} className="hover:underline">
                {t(s.key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
