import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { EngagementForm } from "@/components/alumni/engagement-form";
import { getDb } from "@/db/client";
import { getRosterExpert } from "@/lib/alumni/roster-queries";
import { viewerOf } from "@/lib/alumni/visibility";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { countryName, countryOptions } from "@/lib/geo";
import { recordEngagementAction } from "../../alumni/actions";
import { now } from "@/lib/time/clock";
import { HistoryLink } from "@/components/audit/history-link";
import { Said } from "@/components/i18n/said";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("expert") };
}

export default async function RosterExpertPage({ params }: { params: Promise<{ userId: string }> }) {
  const parsed = z.uuid().safeParse((await params).userId);
  if (!parsed.success) notFound();
  const actor = await requirePagePermission("roster.search", `/admin/roster/${parsed.data}`);
  const [t, expert] = await Promise.all([
    getTranslations("alumni"),
    getRosterExpert(getDb(), viewerOf(actor), parsed.data),
  ]);
  if (!expert) notFound();
  return (
    <Said areas={["alumni"]}>
      <ClientMessages namespaces={["alumni"]}>
        <div className="space-y-6">
          <header className="space-y-1">
            <h1 className="text-2xl font-bold">{expert.profile.name}</h1>
            <HistoryLink entityType="user" entityId={parsed.data} />
            <p className="text-sm">
              <Link href={`/alumni/profile/${expert.profile.userId}`} className="text-primary underline">
                {t("profileTitle")}
              </Link>
            </p>
          </header>
          <dl className="grid gap-3 text-sm sm:grid-cols-2">
            <div>
              <dt className="font-medium">{t("expertAreas")}</dt>
              <dd>{expert.areas.join(", ")}</dd>
            </div>
            <div>
              <dt className="font-medium">{t("languages")}</dt>
              <dd>{expert.languages.join(", ") || "—"}</dd>
            </div>
            <div>
              <dt className="font-medium">{t("availability")}</dt>
              <dd>{expert.availability ?? "—"}</dd>
            </div>
            {expert.profile.email ? (
              <div>
                <dt className="font-medium">{t("email")}</dt>
                <dd>{expert.profile.email}</dd>
              </div>
            ) : null}
          </dl>
          <section aria-labelledby="engagements-heading" className="space-y-2">
            <h2 id="engagements-heading" className="text-xl font-semibold">
              {t("engagements")}
            </h2>
            {expert.history.length === 0 ? (
              <p className="text-sm">{t("noEngagements")}</p>
            ) : (
              <ul className="list-disc pl-5 text-sm">
                {expert.history.map((e) => (
                  <li key={e.id}>
                    {e.year}: {e.description}
                    {e.country ? ` (${countryName(e.country)})` : ""}
                    {e.recordedBy ? <span className="text-muted-foreground"> — {e.recordedBy}</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {can(actor, "roster.recordEngagement") ? (
            <section aria-labelledby="record-heading" className="space-y-2">
              <h2 id="record-heading" className="text-xl font-semibold">
                {t("record")}
              </h2>
              <EngagementForm
                expertId={expert.profile.userId}
                countries={countryOptions()}
                defaultYear={now().getUTCFullYear()}
                record={recordEngagementAction}
              />
            </section>
          ) : null}
        </div>
      </ClientMessages>
    </Said>
  );
}
