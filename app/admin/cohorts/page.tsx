import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { listStaffCohorts } from "@/lib/participants/staff-queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("cohorts") };
}

export default async function StaffCohortsPage() {
  const actor = await requirePagePermission("admin.dashboard", "/admin/cohorts");
  const [t, ts, cohorts] = await Promise.all([
    getTranslations("staffCohorts"),
    getTranslations("status"),
    listStaffCohorts(getDb(), actor),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {cohorts.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="space-y-2">
          {cohorts.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-2 rounded-lg border p-3">
              <Link href={`/admin/cohorts/${c.id}`} className="font-medium hover:underline">
                {c.programmeTitle} — {c.title}
              </Link>
              <Badge variant="outline">{ts(c.status)}</Badge>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
