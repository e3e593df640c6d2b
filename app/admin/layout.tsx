import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/guards";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePagePermission("admin.dashboard", "/admin");
  const t = await getTranslations("admin");
  return (
    <div className="flex flex-col gap-6 md:flex-row">
      <nav aria-label={t("title")} className="md:w-48">
        <ul className="flex gap-3 text-sm md:flex-col">
          <li>
            <Link href="/admin" className="hover:underline">
              {t("dashboard")}
            </Link>
          </li>
          <li>
            <Link href="/admin/cohorts" className="hover:underline">
              {t("cohorts")}
            </Link>
          </li>
          {actor.isAdmin ? (
            <li>
              <Link href="/admin/outbox" className="hover:underline">
                {t("outbox")}
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
