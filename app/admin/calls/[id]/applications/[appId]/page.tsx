import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { AnswerList } from "@/components/applications/answer-list";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db/client";
import { getApplicationDetail } from "@/lib/applications/admin-queries";
import { formatDateTime } from "@/lib/format";
import { countryName } from "@/lib/geo";
import { loadAdminCall } from "../../load";
import { HistoryLink } from "@/components/audit/history-link";
import { say } from "@/lib/i18n/problems";
import type { AppLocale } from "@/lib/i18n/request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("application") };
}

export default async function ApplicationDetailPage({ params }: { params: Promise<{ id: string; appId: string }> }) {
  const statusLabel = await getTranslations("applicationStatus");
  const locale = (await getLocale()) as AppLocale;
  const { id, appId } = await params;
  const { call } = await loadAdminCall(id, `/admin/calls/${id}/applications/${appId}`, "application.viewAll");
  const parsed = z.uuid().safeParse(appId);
  if (!parsed.success) notFound();
  const [t, tg, app] = await Promise.all([
    getTranslations("callAdmin"),
    getTranslations("selection.gender"),
    getApplicationDetail(getDb(), call.id, parsed.data),
  ]);
  if (!app) notFound();
  const tracks = app.trackPreferences.map((tid) => call.cohortTracks.find((t) => t.id === tid)?.title ?? tid);
  const facts: [string, string | null][] = [
    [t("facts.email"), app.email],
    [t("facts.nationality"), app.nationality ? countryName(app.nationality) : null],
    [t("facts.residence"), app.residence ? countryName(app.residence) : null],
    [
      t("facts.gender"),
      app.gender === "another" && app.genderOther ? `${tg("another")}: ${app.genderOther}` : tg(app.gender),
    ],
    [t("facts.organisation"), app.organisation],
    [t("facts.position"), app.position],
    [t("facts.field"), app.field],
    [t("facts.languages"), app.languages?.join(", ") || null],
    [t("facts.years"), app.yearsExperience === null ? null : String(app.yearsExperience)],
    [t("facts.nominatedBy"), app.nominatedBy],
    [t("facts.started"), formatDateTime(app.createdAt, call.timeZone)],
    [t("facts.submitted"), app.submittedAt ? formatDateTime(app.submittedAt, call.timeZone) : null],
  ];
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <p className="text-sm">
          <Link href={`/admin/calls/${call.id}/applications`} className="text-primary underline">
            {t("allApplications", { title: call.title })}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">
          {app.name} <span className="text-base font-normal text-muted-foreground">({app.reference})</span>
        </h1>
        <Badge variant="outline">{statusLabel(app.status as never)}</Badge>{" "}
        <HistoryLink entityType="application" entityId={app.id} />
      </div>
      <section aria-labelledby="applicant-heading" className="space-y-2">
        <h2 id="applicant-heading" className="text-xl font-semibold">
          {t("applicant")}
        </h2>
        <p className="text-sm text-muted-foreground">{app.snapshotGender ? t("asSubmitted") : t("fromProfile")}</p>
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          {facts
            .filter(([, v]) => v)
            .map(([term, value]) => (
              <div key={term}>
                <dt className="font-medium">{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
      </section>
      {tracks.length ? (
        <section aria-labelledby="tracks-heading" className="space-y-2">
          <h2 id="tracks-heading" className="text-xl font-semibold">
            {t("trackPreferences")}
          </h2>
          <ol className="list-decimal pl-5 text-sm">
            {tracks.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby="answers-heading" className="space-y-2">
        <h2 id="answers-heading" className="text-xl font-semibold">
          {t("answersAndFiles")}
        </h2>
        <AnswerList
          form={call.form}
          answers={app.answers}
          files={app.files}
          includeHidden
          fileUrl={(q) => `/api/applications/${app.id}/files/${encodeURIComponent(q)}`}
          labels={{ notAnswered: t("notAnswered"), edit: () => "", removed: t("removed") }}
        />
      </section>
      <section aria-labelledby="history-heading" className="space-y-2">
        <h2 id="history-heading" className="text-xl font-semibold">
          {t("history")}
        </h2>
        {app.events.length === 0 ? (
          <p className="text-sm">{t("noHistory")}</p>
        ) : (
          <ol className="space-y-1 text-sm">
            {app.events.map((e, i) => (
              <li key={i}>
                {formatDateTime(e.createdAt, call.timeZone)}: {e.fromStatus ? `${statusLabel(e.fromStatus)} → ` : ""}
                {statusLabel(e.toStatus)}
                {e.actorName ? ` ${t("by", { name: e.actorName })}` : ""}
                {e.reason ? ` (${say(locale, e.reason)})` : ""}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
