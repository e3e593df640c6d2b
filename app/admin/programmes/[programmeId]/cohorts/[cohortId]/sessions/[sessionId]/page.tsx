import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { DeleteSessionButton, SessionScheduleForm } from "@/components/timetable/session-extra-forms";
import { SessionForm } from "@/components/timetable/session-form";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db/client";
import { getSessionForEdit, getTimetable } from "@/lib/timetable/queries";
import { toWallTime } from "@/lib/time";
import { changeSessionScheduleAction, deleteSessionAction, updateSessionAction } from "../../../actions";
import { loadManagedCohort } from "../../layout-data";
import { Said } from "@/components/i18n/said";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("editSession") };
}

export default async function EditSessionPage({
  params,
}: {
  params: Promise<{ programmeId: string; cohortId: string; sessionId: string }>;
}) {
  const { sessionId } = await params;
  if (!z.uuid().safeParse(sessionId).success) notFound();
  const { cohort, base } = await loadManagedCohort(params, `/sessions/${sessionId}`);
  const db = getDb();
  const [t, session, timetable] = await Promise.all([
    getTranslations("timetable"),
    getSessionForEdit(db, cohort.id, sessionId),
    getTimetable(db, cohort),
  ]);
  if (!session) notFound();
  const start = toWallTime(session.startsAt, cohort.timeZone);
  const end = toWallTime(session.endsAt, cohort.timeZone);
  return (
    <Said areas={["cohorts", "timetable"]}>
      <ClientMessages namespaces={["time", "timetable"]}>
        <div className="max-w-3xl space-y-8">
          <header className="space-y-2">
            <p className="text-sm">
              <Link href={`${base}/sessions`} className="hover:underline">
                {t("sessionsTitle", { cohort: cohort.title })}
              </Link>
            </p>
            <div className="flex flex-wrap items-center gap-3">
              <h1 className="text-2xl font-bold">{t("editSessionTitle", { title: session.title })}</h1>
              {session.status !== "scheduled" ? (
                <Badge variant="destructive">{t(`status_${session.status}`)}</Badge>
              ) : null}
            </div>
            {session.statusReason ? <p className="text-sm">{session.statusReason}</p> : null}
          </header>
          <SessionForm
            key={session.version}
            cohortId={cohort.id}
            timeZone={cohort.timeZone}
            tracks={timetable.tracks}
            backHref={`${base}/sessions`}
            action={updateSessionAction}
            defaults={{
              sessionId: session.id,
              version: session.version,
              title: session.title,
              kind: session.kind,
              date: start.date,
              startTime: start.time,
              endTime: end.time,
              venue: session.venue ?? "",
              onlineUrl: session.onlineUrl ?? "",
              speakers: session.speakers ?? "",
              description: session.description ?? "",
              trackIds: session.trackIds,
              audienceLevel: session.audienceLevel,
            }}
          />
          {session.status !== "cancelled" ? (
            <section aria-labelledby="session-schedule" className="space-y-3 rounded-lg border p-4">
              <h2 id="session-schedule" className="text-xl font-semibold">
                {t("postponeOrCancelSession")}
              </h2>
              <SessionScheduleForm
                key={session.version}
                sessionId={session.id}
                version={session.version}
                timeZone={cohort.timeZone}
                action={changeSessionScheduleAction}
              />
            </section>
          ) : null}
          <section aria-labelledby="session-delete" className="space-y-2">
            <h2 id="session-delete" className="text-lg font-semibold">
              {t("deleteSession")}
            </h2>
            <p className="text-sm text-muted-foreground">{t("deleteHelp")}</p>
            <DeleteSessionButton
              sessionId={session.id}
              title={session.title}
              backHref={`${base}/sessions`}
              action={deleteSessionAction}
            />
          </section>
        </div>
      </ClientMessages>
    </Said>
  );
}
