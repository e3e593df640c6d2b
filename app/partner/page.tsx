import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { formatDateRange } from "@/lib/format";
import { listPartnerProgrammes } from "@/lib/partner/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("partnerView") };
}

export default async function PartnerHomePage() {
  const actor = await requirePagePermission("programme.viewPartner", "/partner");
  const [t, ts, items] = await Promise.all([
    getTranslations("partner"),
    getTranslations("status"),
    listPartnerProgrammes(getDb(), actor),
  ]);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
        <p>
          <Link href="/partner/reports" className="text-primary underline">
            {t("reportsLink")}
          </Link>
        </p>
      </header>
      {items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {items.map((p) => (
            <li key={p.id} className="space-y-2 rounded-lg border bg-card p-4">
              <div className="flex flex-wrap items-center gap-2">
                <h2 className="font-semibold">
                  <Link href={`/partner/programmes/${p.id}`} className="hover:underline">
                    {p.title}
                  </Link>
                </h2>
                <Badge variant="outline">{ts(p.status)}</Badge>
              </div>
              <p className="text-sm text-muted-foreground">
                {t("editions", { n: p.cohorts })}
                {formatDateRange(p.startDate, p.endDate) ? ` · ${formatDateRange(p.startDate, p.endDate)}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
