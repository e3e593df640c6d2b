import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CohortNav } from "@/components/cohorts/cohort-nav";
import { DuplicateSessionButton, RecurringSessionForm } from "@/components/timetable/session-extra-forms";
import { SessionForm } from "@/components/timetable/session-form";
import { TimetableWarnings } from "@/components/timetable/timetable-warnings";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { currentLocale } from "@/lib/format";
import { dayLabel, timeRange } from "@/lib/timetable/display";
import { getTimetable } from "@/lib/timetable/queries";
import { toWallTime } from "@/lib/time";
import { createRecurringSessionsAction, createSessionAction, duplicateSessionAction } from "../../actions";
import { loadManagedCohort } from "../layout-data";
import { Said } from "@/components/i18n/said";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("sessions") };
}

export default async function CohortSessionsPage({
  params,
}: {
  params: Promise<{ programmeId: string; cohortId: string }>;
}) {
  const { cohort, base } = await loadManagedCohort(params, "/sessions");
  const [t, tc, timetable] = await Promise.all([
    getTranslations("timetable"),
    getTranslations("cohortsAdmin"),
    getTimetable(getDb(), cohort),
  ]);
  const trackTitle = new Map(timetable.tracks.map((tr) => [tr.id, tr.title]));
  const editHref = (id: string) => `${base}/sessions/${id}`;
  return (
    <Said areas={["cohorts", "timetable"]}>
      <ClientMessages namespaces={["time", "timetable"]}>
        <div className="space-y-8">
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
            <h1 className="text-2xl font-bold">{t("sessionsTitle", { cohort: cohort.title })}</h1>
            <CohortNav
              base={base}
              current="sessions"
              labels={{
                overview: tc("overview"),
                sessions: tc("sessions"),
                timetable: tc("timetable"),
                nav: tc("cohortNav"),
              }}
            />
            <p className="text-sm text-muted-foreground">{t("timesIn", { zone: cohort.timeZone })}</p>
          </header>

          <TimetableWarnings warnings={timetable.warnings} tracks={timetable.tracks} editHref={editHref} />

          <section aria-labelledby="add-heading" className="max-w-3xl space-y-3 rounded-lg border p-4">
            <h2 id="add-heading" className="text-xl font-semibold">
              {t("addSession")}
            </h2>
            <SessionForm
              cohortId={cohort.id}
              timeZone={cohort.timeZone}
              tracks={timetable.tracks}
              action={createSessionAction}
            />
          </section>

          <section aria-labelledby="list-heading" className="space-y-3">
            <h2 id="list-heading" className="text-xl font-semibold">
              {t("allSessions", { n: timetable.sessions.length })}
            </h2>
            {timetable.sessions.length === 0 ? (
              <p>{t("empty")}</p>
            ) : (
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHead scope="col">{t("when")}</TableHead>
                    <TableHead scope="col">{t("fieldTitle")}</TableHead>
                    <TableHead scope="col">{t("tracksColumn")}</TableHead>
                    <TableHead scope="col">{t("actions")}</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {timetable.sessions.map((s) => {
                    const date = toWallTime(s.startsAt, cohort.timeZone).date;
                    return (
                      <TableRow key={s.id}>
                        <TableCell className="whitespace-nowrap tabular-nums">
                          {dayLabel(date, currentLocale())}
                          <br />
                          {timeRange(s.startsAt, s.endsAt, cohort.timeZone)}
                        </TableCell>
                        <TableCell>
                          <Link href={editHref(s.id)} className="font-medium hover:underline">
                            {s.title}
                          </Link>
                          <div className="mt-1 flex flex-wrap gap-1">
                            <Badge variant="outline">{t(`kind_${s.kind}`)}</Badge>
                            {s.status !== "scheduled" ? (
                              <Badge variant="destructive">{t(`status_${s.status}`)}</Badge>
                            ) : null}
                          </div>
                        </TableCell>
                        <TableCell className="text-sm">
                          {s.trackIds.length ? s.trackIds.map((id) => trackTitle.get(id)).join(", ") : t("wholeCohort")}
                        </TableCell>
                        <TableCell>
                          <DuplicateSessionButton
                            sessionId={s.id}
                            date={date}
                            title={s.title}
                            action={duplicateSessionAction}
                          />
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            )}
          </section>

          <section aria-labelledby="recurring-heading" className="max-w-3xl space-y-3 rounded-lg border p-4">
            <h2 id="recurring-heading" className="text-xl font-semibold">
              {t("addRecurring")}
            </h2>
            <p className="text-sm text-muted-foreground">{t("recurringIntro")}</p>
            <RecurringSessionForm
              cohortId={cohort.id}
              timeZone={cohort.timeZone}
              tracks={timetable.tracks}
              action={createRecurringSessionsAction}
            />
          </section>
        </div>
      </ClientMessages>
    </Said>
  );
}
