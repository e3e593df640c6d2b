import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { getDb } from "@/db/client";
import { getAttendanceOverview } from "@/lib/attendance/queries";
import { formatDateTime } from "@/lib/format";
import { CohortNav } from "../cohort-nav";
import { staffCohort } from "../staff-cohort";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("attendance") };
}

type Props = { params: Promise<{ cohortId: string }>; searchParams: Promise<{ track?: string }> };

export default async function AttendancePage({ params, searchParams }: Props) {
  const { cohortId } = await params;
  const { track } = await searchParams;
  const { cohort } = await staffCohort(cohortId, `/admin/cohorts/${cohortId}/attendance`, "attendance.mark");
  const trackId = track && z.uuid().safeParse(track).success ? track : null;
  const [t, overview] = await Promise.all([
    getTranslations("staffCohorts"),
    getAttendanceOverview(getDb(), cohortId, trackId),
  ]);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">
          {t("attendance")}: {cohort.title}
        </h1>
        <CohortNav cohortId={cohortId} current="attendance" />
      </header>
      <form className="flex flex-wrap items-end gap-2" method="get">
        <div className="space-y-2">
          <Label htmlFor="track">{t("track")}</Label>
          <Select id="track" name="track" defaultValue={trackId ?? ""}>
            <option value="">{t("allSessions")}</option>
            {overview.tracks.map((tr) => (
              <option key={tr.id} value={tr.id}>
                {tr.title}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" variant="outline">
          {t("show")}
        </Button>
      </form>
      {overview.sessions.length === 0 ? (
        <p>{t("noSessionsHere")}</p>
      ) : (
        <ul className="space-y-2">
          {overview.sessions.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border p-3">
              <span>
                <Link href={`/admin/cohorts/${cohortId}/attendance/${s.id}`} className="font-medium hover:underline">
                  {s.title}
                </Link>
                <span className="block text-sm text-muted-foreground">
                  {formatDateTime(s.startsAt, cohort.timeZone)}
                </span>
              </span>
              <span className="text-sm">{t("presentCount", { n: s.present })}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
