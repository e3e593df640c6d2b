import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CohortForm } from "@/components/cohorts/cohort-form";
import { CohortNav } from "@/components/cohorts/cohort-nav";
import { CopyCohortForm, CohortScheduleForm } from "@/components/cohorts/edition-forms";
import { TrackManager } from "@/components/cohorts/track-forms";
import { FeedLinks } from "@/components/timetable/feed-links";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db/client";
import { formatDateRange } from "@/lib/format";
import { listOrganisationOptions } from "@/lib/programmes/admin-queries";
import { getTimetable } from "@/lib/timetable/queries";
import { addDays, timeZoneNames } from "@/lib/time";
import {
  changeCohortScheduleAction,
  copyCohortAction,
  createTrackAction,
  deleteTrackAction,
  updateCohortAction,
  updateTrackAction,
} from "../actions";
import { loadManagedCohort } from "./layout-data";
import { Said } from "@/components/i18n/said";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("edition") };
}

export default async function AdminCohortPage({
  params,
}: {
  params: Promise<{ programmeId: string; cohortId: string }>;
}) {
  const { cohort, base } = await loadManagedCohort(params, "");
  const db = getDb();
  const [t, tl, ts, timetable, organisations] = await Promise.all([
    getTranslations("cohortsAdmin"),
    getTranslations("editionLanguages"),
    getTranslations("status"),
    getTimetable(db, cohort),
    listOrganisationOptions(db),
  ]);
  const nextStart = cohort.startDate ? addDays(cohort.startDate, 364) : "";
  return (
    <Said areas={["cohorts"]}>
      <ClientMessages namespaces={["cohortsAdmin", "status", "timetable"]}>
        <div className="space-y-10">
          <header className="space-y-3">
            <p className="text-sm">
              <Link href={`/admin/programmes/${cohort.programmeId}`} className="hover:underline">
                {cohort.programmeTitle}
              </Link>
            </p>
            <div className="flex flex-wrap items-center gap-3">
              <h1 className="text-2xl font-bold">{cohort.title}</h1>
              <Badge
                variant={cohort.status === "postponed" || cohort.status === "cancelled" ? "destructive" : "secondary"}
              >
                {ts(cohort.status)}
              </Badge>
            </div>
            <p className="text-sm text-muted-foreground">
              {formatDateRange(cohort.startDate, cohort.endDate) ?? t("datesTba")} · {cohort.timeZone} ·{" "}
              {cohort.isPublished ? t("published") : t("notPublished")}
            </p>
            {cohort.statusReason ? (
              <p className="text-sm">{t("reasonShown", { reason: cohort.statusReason })}</p>
            ) : null}
            <p className="text-sm">
              <Link href={`/admin/cohorts/${cohort.id}/translations`} className="text-primary underline">
                {tl("translateEdition")}
              </Link>
            </p>
            <CohortNav
              base={base}
              current="overview"
              labels={{
                overview: t("overview"),
                sessions: t("sessions"),
                timetable: t("timetable"),
                nav: t("cohortNav"),
              }}
            />
            <FeedLinks cohortId={cohort.id} tracks={timetable.tracks} />
          </header>

          <section aria-labelledby="tracks-heading" className="space-y-3">
            <h2 id="tracks-heading" className="text-xl font-semibold">
              {t("tracks")}
            </h2>
            <TrackManager
              cohortId={cohort.id}
              tracks={timetable.tracks}
              organisations={organisations}
              create={createTrackAction}
              update={updateTrackAction}
              remove={deleteTrackAction}
            />
          </section>

          <section aria-labelledby="edit-heading" className="max-w-3xl space-y-3">
            <h2 id="edit-heading" className="text-xl font-semibold">
              {t("details")}
            </h2>
            <CohortForm
              key={cohort.version}
              programmeId={cohort.programmeId}
              timeZones={timeZoneNames()}
              action={updateCohortAction}
              defaults={{
                cohortId: cohort.id,
                version: cohort.version,
                title: cohort.title,
                year: cohort.year,
                startDate: cohort.startDate ?? "",
                endDate: cohort.endDate ?? "",
                timeZone: cohort.timeZone,
                format: cohort.format,
                location: cohort.location ?? "",
                capacity: cohort.capacity === null ? "" : String(cohort.capacity),
                status: cohort.status,
                isPublished: cohort.isPublished,
                phases: cohort.phases,
              }}
            />
          </section>

          <section aria-labelledby="copy-heading" className="max-w-3xl space-y-3">
            <h2 id="copy-heading" className="text-xl font-semibold">
              {t("copyEdition")}
            </h2>
            <p className="text-sm text-muted-foreground">{t("copyIntro")}</p>
            <CopyCohortForm
              programmeId={cohort.programmeId}
              cohortId={cohort.id}
              defaults={{
                title: cohort.title.replace(String(cohort.year), String(cohort.year + 1)),
                year: cohort.year + 1,
                startDate: nextStart,
              }}
              action={copyCohortAction}
            />
          </section>

          {cohort.status !== "cancelled" && cohort.status !== "completed" ? (
            <section aria-labelledby="schedule-heading" className="max-w-3xl space-y-3">
              <h2 id="schedule-heading" className="text-xl font-semibold">
                {t("postponeOrCancel")}
              </h2>
              <p className="text-sm text-muted-foreground">{t("postponeIntro")}</p>
              <CohortScheduleForm
                key={cohort.version}
                cohortId={cohort.id}
                version={cohort.version}
                action={changeCohortScheduleAction}
              />
            </section>
          ) : null}
        </div>
      </ClientMessages>
    </Said>
  );
}
