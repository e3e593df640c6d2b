import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AnswerList } from "@/components/applications/answer-list";
import { SubmitApplicationButton } from "@/components/applications/application-call";
import { Deadline } from "@/components/calls/deadline";
import { Alert } from "@/components/ui/alert";
import { checkCompleteAnswers } from "@/lib/applications/form";
import { loadApplicationPage } from "../load";
import { now } from "@/lib/time/clock";
import { sayFieldErrors } from "@/lib/i18n/problems";
import type { AppLocale } from "@/lib/i18n/request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("reviewYourApplication") };
}

export default async function ReviewApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const app = await loadApplicationPage(id, `/me/applications/${id}/review`);
  if (app.status !== "draft") redirect(`/me/applications/${app.id}`);
  const [t, tc] = await Promise.all([getTranslations("apply"), getTranslations("calls")]);
  const errors = sayFieldErrors(
    (await getLocale()) as AppLocale,
    checkCompleteAnswers(app.form, app.answers, new Set(app.files.map((f) => f.questionId))),
  );
  const missingTracks = app.tracks.length > 0 && app.trackPreferences.length === 0;
  const open = app.callStatus === "open" && now() < app.closesAt;
  const tracks = app.trackPreferences.map((tid) => app.tracks.find((x) => x.id === tid)?.title).filter(Boolean);

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p lang={app.callTitleText.lang} className="text-sm text-muted-foreground">
          {app.callTitle}
        </p>
        <h1 className="text-2xl font-bold">{t("reviewTitle")}</h1>
        <p>{t("reviewIntro")}</p>
        <p className="text-sm">
          <span className="font-medium">{tc("deadline")}:</span>{" "}
          <Deadline closesAt={app.closesAt} timeZone={app.timeZone} />
        </p>
      </header>
      {app.tracks.length ? (
        <section aria-labelledby="tracks-heading" className="space-y-2 rounded-lg border p-4">
          <h2 id="tracks-heading" className="text-lg font-semibold">
            {t("tracksTitle")}
          </h2>
          {tracks.length ? (
            <ol className="list-decimal pl-5 text-sm">
              {tracks.map((title) => (
                <li key={title}>{title}</li>
              ))}
            </ol>
          ) : (
            <p className="text-sm font-medium text-destructive">{t("rankOne")}</p>
          )}
          <Link
            href={`/me/applications/${app.id}?page=1${missingTracks ? "&check=1" : ""}`}
            className="text-sm text-primary underline"
          >
            {t("edit", { page: 1 })}
          </Link>
        </section>
      ) : null}
      {/* The answers' pages are h3 (components/applications/answer-list.tsx): their h2, as on the application page. */}
      <section aria-labelledby="answers-heading" className="space-y-3">
        <h2 id="answers-heading" className="text-xl font-semibold">
          {t("answers")}
        </h2>
        <AnswerList
          form={app.form}
          answers={app.answers}
          files={app.files}
          errors={errors}
          fileUrl={(q) => `/api/applications/${app.id}/files/${encodeURIComponent(q)}`}
          editHref={(p) => `/me/applications/${app.id}?page=${p}`}
          // Each finding links to its field, on a page that shows it there (tied to the field for screen readers).
          fixHref={(p, questionId) => `/me/applications/${app.id}?page=${p}&check=1#q-${questionId}`}
          labels={{ notAnswered: t("notAnswered"), edit: (p) => t("edit", { page: p }), fix: t("answerIt") }}
        />
      </section>
      {!open ? (
        <Alert variant="destructive">{t("deadlinePassed")}</Alert>
      ) : (
        <>
          {Object.keys(errors).length || missingTracks ? <Alert variant="destructive">{t("missing")}</Alert> : null}
          <SubmitApplicationButton
            applicationId={app.id}
            version={app.version}
            text={{ submit: t("submit"), submitting: t("submitting") }}
          />
        </>
      )}
    </div>
  );
}
