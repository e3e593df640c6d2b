import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { formatDateRange } from "@/lib/format";
import { getPartnerProgramme } from "@/lib/partner/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("partnerView") };
}

/** Read-only: editions, tracks and counts. A partner of another programme gets 403 before anything is read. */
export default async function PartnerProgrammePage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  if (!z.uuid().safeParse(programmeId).success) notFound();
  const actor = await requirePagePermission("programme.viewPartner", `/partner/programmes/${programmeId}`, {
    programmeId,
  });
  const [t, ts, tc, data] = await Promise.all([
    getTranslations("partner"),
    getTranslations("status"),
    getTranslations("cohortsAdmin"),
    getPartnerProgramme(getDb(), actor, programmeId),
  ]);
  if (!data) notFound();
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/partner" className="hover:underline">
            {t("title")}
          </Link>
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">{data.title}</h1>
          <Badge variant="outline">{ts(data.status)}</Badge>
        </div>
        {data.summary ? <p className="max-w-3xl text-muted-foreground">{data.summary}</p> : null}
        {data.organisations.length ? (
          <p className="text-sm">{t("organisations", { list: data.organisations.map((o) => o.name).join(", ") })}</p>
        ) : null}
        <p className="text-sm text-muted-foreground">{t("aggregateOnly")}</p>
      </header>
      {data.cohorts.length === 0 ? (
        <p>{t("noEditions")}</p>
      ) : (
        data.cohorts.map((c) => (
          <section key={c.id} aria-labelledby={`edition-${c.id}`} className="space-y-3 rounded-lg border p-4">
            <div className="flex flex-wrap items-center gap-3">
              <h2 id={`edition-${c.id}`} className="text-xl font-semibold">
                {c.title}
              </h2>
              <Badge variant={c.status === "postponed" || c.status === "cancelled" ? "destructive" : "secondary"}>
                {ts(c.status)}
              </Badge>
            </div>
            <p className="text-sm text-muted-foreground">
              {formatDateRange(c.startDate, c.endDate) ?? t("datesTba")} · {c.timeZone}
            </p>
            {c.statusReason ? <p className="text-sm">{c.statusReason}</p> : null}
            <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
              {[
                [t("applications"), c.applications],
                [t("enrolled"), c.enrolled],
                [t("completed"), c.completed],
                [t("countries"), c.countries],
                [t("sessions"), c.sessions],
              ].map(([label, value]) => (
                <div key={String(label)} className="rounded-md bg-muted p-3">
                  <dt className="text-sm text-muted-foreground">{label}</dt>
                  <dd className="text-xl font-bold">{value}</dd>
                </div>
              ))}
            </dl>
            {c.tracks.length ? (
              <ul className="list-disc space-y-1 pl-5 text-sm">
                {c.tracks.map((tr) => (
                  <li key={tr.id}>
                    {tr.title} — {tc(`level_${tr.level}`)}
                    {tr.partners.length ? ` · ${t("trackPartners", { list: tr.partners.join(", ") })}` : ""}
                    {tr.ours ? ` · ${t("ourTrack")}` : ""} · {t("enrolledN", { n: tr.enrolled })}
                  </li>
                ))}
              </ul>
            ) : null}
            <p>
              <Link href={`/partner/programmes/${data.id}/cohorts/${c.id}`} className="text-primary underline">
                {t("seeTimetable", { title: c.title })}
              </Link>
            </p>
          </section>
        ))
      )}
    </div>
  );
}
