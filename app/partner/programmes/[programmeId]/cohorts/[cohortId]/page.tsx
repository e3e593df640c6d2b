import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { FeedLinks } from "@/components/timetable/feed-links";
import { TimetableView } from "@/components/timetable/timetable-view";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { toEntries } from "@/lib/timetable/entries";
import { getCohortHeader, getTimetable } from "@/lib/timetable/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("timetable") };
}

export default async function PartnerTimetablePage({
  params,
}: {
  params: Promise<{ programmeId: string; cohortId: string }>;
}) {
  const { programmeId, cohortId } = await params;
  if (!z.uuid().safeParse(programmeId).success || !z.uuid().safeParse(cohortId).success) notFound();
  await requirePagePermission("programme.viewPartner", `/partner/programmes/${programmeId}/cohorts/${cohortId}`, {
    programmeId,
  });
  const db = getDb();
  const [t, cohort] = await Promise.all([getTranslations("timetable"), getCohortHeader(db, cohortId)]);
  // An edition of another programme is not found here, whatever the programme in the address.
  if (!cohort || cohort.programmeId !== programmeId) notFound();
  const timetable = await getTimetable(db, cohort);
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/partner/programmes/${programmeId}`} className="hover:underline">
          {cohort.programmeTitle}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("timetableTitle", { cohort: cohort.title })}</h1>
      <FeedLinks cohortId={cohort.id} tracks={timetable.tracks} />
      <TimetableView
        timeZone={cohort.timeZone}
        sessions={toEntries(timetable.sessions)}
        tracks={timetable.tracks}
        showOnlineLinks
      />
    </div>
  );
}
