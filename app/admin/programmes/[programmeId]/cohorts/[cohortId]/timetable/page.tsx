import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CohortNav } from "@/components/cohorts/cohort-nav";
import { FeedLinks } from "@/components/timetable/feed-links";
import { TimetableView } from "@/components/timetable/timetable-view";
import { TimetableWarnings } from "@/components/timetable/timetable-warnings";
import { getDb } from "@/db/client";
import { toEntries } from "@/lib/timetable/entries";
import { getTimetable } from "@/lib/timetable/queries";
import { loadManagedCohort } from "../layout-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("timetable") };
}

export default async function CohortTimetablePage({
  params,
}: {
  params: Promise<{ programmeId: string; cohortId: string }>;
}) {
  const { cohort, base } = await loadManagedCohort(params, "/timetable");
  const [t, tc, timetable] = await Promise.all([
    getTranslations("timetable"),
    getTranslations("cohortsAdmin"),
    getTimetable(getDb(), cohort),
  ]);
  return (
    <ClientMessages namespaces={["timetable"]}>
      <div className="space-y-6">
        <header className="space-y-3">
          <p className="text-sm">
            <Link href={`/admin/programmes/${cohort.programmeId}`} className="hover:underline">
              {cohort.programmeTitle}
            </Link>{" "}
            ›{" "}
            <Link href={base} className="hover:underline">
              {cohort.title}
            </Link>
          </p>
          <h1 className="text-2xl font-bold">{t("timetableTitle", { cohort: cohort.title })}</h1>
          <CohortNav
            base={base}
            current="timetable"
            labels={{
              overview: tc("overview"),
              sessions: tc("sessions"),
              timetable: tc("timetable"),
              nav: tc("cohortNav"),
            }}
          />
          <FeedLinks cohortId={cohort.id} tracks={timetable.tracks} />
        </header>
        <TimetableWarnings
          warnings={timetable.warnings}
          tracks={timetable.tracks}
          editHref={(id) => `${base}/sessions/${id}`}
        />
        <TimetableView
          timeZone={cohort.timeZone}
          sessions={toEntries(timetable.sessions)}
          tracks={timetable.tracks}
          editBase={`${base}/sessions`}
          showOnlineLinks
        />
      </div>
    </ClientMessages>
  );
}
