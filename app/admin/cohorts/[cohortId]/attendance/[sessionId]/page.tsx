import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AttendanceImport } from "@/components/attendance/attendance-import";
import { AutoRefresh } from "@/components/attendance/auto-refresh";
import { ActionForm } from "@/components/participants/action-form";
import { getDb } from "@/db/client";
import { getAttendanceSheet } from "@/lib/attendance/queries";
import { formatDateTime } from "@/lib/format";
import { roomCode } from "@/lib/attendance/room-code";
import { sessionOf } from "@/lib/participants/space-commands";
import { formatInZone } from "@/lib/time";
import { CohortNav } from "../../cohort-nav";
import { staffCohort } from "../../staff-cohort";
import { markAttendanceAction } from "../actions";
import { now } from "@/lib/time/clock";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("sessionAttendance") };
}

type Props = { params: Promise<{ cohortId: string; sessionId: string }> };

const STATUSES = ["present", "absent", "excused"] as const;

export default async function SessionAttendancePage({ params }: Props) {
  const { cohortId, sessionId } = await params;
  const { cohort } = await staffCohort(
    cohortId,
    `/admin/cohorts/${cohortId}/attendance/${sessionId}`,
    "attendance.mark",
  );
  if (!z.uuid().safeParse(sessionId).success) notFound();
  const session = await sessionOf(getDb(), sessionId).catch(() => null);
  if (!session || session.cohortId !== cohortId) notFound();
  const sheet = await getAttendanceSheet(getDb(), sessionId);
  const code = roomCode(sessionId, now());

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{session.title}</h1>
        <CohortNav cohortId={cohortId} current="attendance" />
      </header>

      <section aria-labelledby="room-code" className="space-y-2 rounded-lg border-2 border-primary p-4 text-center">
        <h2 id="room-code" className="text-lg font-semibold">
          Room code
        </h2>
        <p className="font-mono text-5xl font-bold tracking-[0.3em]" data-testid="room-code">
          {code.code}
        </p>
        <p className="text-sm text-muted-foreground">
          Participants type it in their cohort space to check in. It changes at{" "}
          {formatInZone(code.changesAt, cohort.timeZone)}; the page refreshes by itself.
        </p>
        <AutoRefresh seconds={30} />
      </section>

      <section aria-labelledby="sheet" className="space-y-3">
        <h2 id="sheet" className="text-xl font-semibold">
          Mark attendance
        </h2>
        {sheet.length === 0 ? (
          <p>No confirmed participant is expected at this session.</p>
        ) : (
          <ActionForm action={markAttendanceAction} submitLabel="Save attendance">
            <input type="hidden" name="cohortId" value={cohortId} />
            <input type="hidden" name="sessionId" value={sessionId} />
            <p className="text-sm text-muted-foreground">
              People with nothing recorded yet are preselected as present.
            </p>
            <ul className="space-y-2">
              {sheet.map((p) => (
                <li key={p.enrolmentId}>
                  <fieldset className="flex flex-wrap items-center gap-4 rounded-md border p-2">
                    <legend className="sr-only">{p.name}</legend>
                    <span aria-hidden="true" className="min-w-40 font-medium">
                      {p.name}
                    </span>
                    <span className="text-xs text-muted-foreground">
                      {p.track ?? ""}
                      {p.recorded ? ` · recorded ${p.recorded.status} (${p.recorded.method})` : ""}
                    </span>
                    {STATUSES.map((status) => (
                      <label key={status} className="flex items-center gap-1 text-sm">
                        <input
                          type="radio"
                          name={`status:${p.enrolmentId}`}
                          value={status}
                          defaultChecked={(p.recorded?.status ?? "present") === status}
                        />
                        {status}
                      </label>
                    ))}
                  </fieldset>
                </li>
              ))}
            </ul>
          </ActionForm>
        )}
      </section>

      <section aria-labelledby="import" className="space-y-3">
        <h2 id="import" className="text-xl font-semibold">
          Import an online class report (CSV)
        </h2>
        <p className="text-sm text-muted-foreground">
          The report needs an email column, and may have a duration in minutes (Zoom, Teams and Meet exports have both).
          Session started {formatDateTime(session.startsAt, cohort.timeZone)}.
        </p>
        <AttendanceImport sessionId={sessionId} />
      </section>
    </div>
  );
}
