import { ClientMessages } from "@/components/i18n/client-messages";
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
  const t = await getTranslations("staffCohorts");

  return (
    <ClientMessages namespaces={["common", "imports", "staffCohorts.attendanceImport"]}>
      <div className="space-y-6">
        <header className="space-y-2">
          <h1 className="text-2xl font-bold">{session.title}</h1>
          <CohortNav cohortId={cohortId} current="attendance" />
        </header>

        <section aria-labelledby="room-code" className="space-y-2 rounded-lg border-2 border-primary p-4 text-center">
          <h2 id="room-code" className="text-lg font-semibold">
            {t("roomCode")}
          </h2>
          <p className="font-mono text-5xl font-bold tracking-[0.3em]" data-testid="room-code">
            {code.code}
          </p>
          <p className="text-sm text-muted-foreground">
            {t("roomCodeHelp", { time: formatDateTime(code.changesAt, cohort.timeZone) })}
          </p>
          <AutoRefresh seconds={30} />
        </section>

        <section aria-labelledby="sheet" className="space-y-3">
          <h2 id="sheet" className="text-xl font-semibold">
            {t("markAttendance")}
          </h2>
          {sheet.length === 0 ? (
            <p>{t("nobodyExpected")}</p>
          ) : (
            <ActionForm action={markAttendanceAction} submitLabel={t("saveAttendance")}>
              <input type="hidden" name="cohortId" value={cohortId} />
              <input type="hidden" name="sessionId" value={sessionId} />
              <p className="text-sm text-muted-foreground">{t("preselected")}</p>
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
                        {p.recorded
                          ? ` · ${t("recorded", {
                              status: t(`attendanceStatus.${p.recorded.status}`),
                              method: t(`attendanceMethod.${p.recorded.method}`),
                            })}`
                          : ""}
                      </span>
                      {STATUSES.map((status) => (
                        <label key={status} className="flex items-center gap-1 text-sm">
                          <input
                            type="radio"
                            name={`status:${p.enrolmentId}`}
                            value={status}
                            defaultChecked={(p.recorded?.status ?? "present") === status}
                          />
                          {t(`attendanceStatus.${status}`)}
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
            {t("importHeading")}
          </h2>
          <p className="text-sm text-muted-foreground">
            {t("importHelp", { date: formatDateTime(session.startsAt, cohort.timeZone) })}
          </p>
          <AttendanceImport sessionId={sessionId} />
        </section>
      </div>
    </ClientMessages>
  );
}
