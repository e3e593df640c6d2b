import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AnswerList } from "@/components/applications/answer-list";
import { UntranslatedMarker } from "@/components/i18n/untranslated-marker";
import { ApplicationForm } from "@/components/applications/application-form";
import { ReopenApplicationButton, WithdrawApplicationForm } from "@/components/applications/application-actions";
import { Deadline } from "@/components/calls/deadline";
import { applyWords } from "@/lib/applications/apply-words";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/format";
import { checkCompleteAnswers, visibleQuestions } from "@/lib/applications/form";
import { countryOptions } from "@/lib/geo";
import { loadApplicationPage } from "./load";
import { now as clockNow } from "@/lib/time/clock";
import { say, sayFieldErrors } from "@/lib/i18n/problems";
import type { AppLocale } from "@/lib/i18n/request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("application") };
}

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ page?: string; submitted?: string; check?: string }>;
};

/** The review's findings for one page's questions (and the track choice, on the first page). */
function pageErrors(
  app: Awaited<ReturnType<typeof loadApplicationPage>>,
  pageIndex: number,
  rankOne: string,
  locale: AppLocale,
): Record<string, string[]> {
  const all = sayFieldErrors(
    locale,
    checkCompleteAnswers(app.form, app.answers, new Set(app.files.map((f) => f.questionId))),
  );
  const onPage = new Set(visibleQuestions(app.form, pageIndex).map((q) => q.id));
  const errors = Object.fromEntries(Object.entries(all).filter(([id]) => onPage.has(id)));
  if (pageIndex === 0 && app.tracks.length > 0 && app.trackPreferences.length === 0)
    errors.trackPreferences = [rankOne];
  return errors;
}

export default async function ApplicationPage({ params, searchParams }: Props) {
  const statusLabel = await getTranslations("applicationStatus");
  const locale = (await getLocale()) as AppLocale;
  const { id } = await params;
  const query = await searchParams;
  const app = await loadApplicationPage(id, `/me/applications/${id}`);
  // The client components take their words as props (./apply-words.ts): this page loads no next-intl.
  const [t, tc, text] = await Promise.all([getTranslations("apply"), getTranslations("calls"), applyWords()]);
  const now = clockNow();
  const open = app.callStatus === "open" && now < app.closesAt;

  const header = (
    <header className="space-y-2">
      <p className="text-sm text-muted-foreground">
        <Link href="/me" className="hover:underline">
          {t("back")}
        </Link>
      </p>
      <h1 lang={app.callTitleText.lang} className="text-2xl font-bold">
        {app.callTitle}
      </h1>
      <UntranslatedMarker text={app.callTitleText} />
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span>
          {t("reference")}: {app.reference}
        </span>
        <Badge variant="outline">{statusLabel(app.status)}</Badge>
      </p>
      <p className="text-sm">
        <span className="font-medium">{tc("deadline")}:</span>{" "}
        <Deadline closesAt={app.closesAt} timeZone={app.timeZone} />
      </p>
    </header>
  );

  if (app.status === "draft") {
    const pageIndex = Math.min(Math.max(1, Number(query.page) || 1), app.form.pages.length) - 1;
    // Opened from the review's "answer it" links: what the review found on this page, on its fields.
    const checkErrors = query.check ? pageErrors(app, pageIndex, t("rankOne"), locale) : undefined;
    return (
      <div className="space-y-6">
        {header}
        {!open ? <Alert variant="destructive">{t("deadlinePassed")}</Alert> : null}

        <ApplicationForm
          applicationId={app.id}
          version={app.version}
          lastSaved={formatDateTime(app.updatedAt, app.timeZone)}
          form={app.form}
          pageIndex={pageIndex}
          answers={app.answers}
          trackPreferences={app.trackPreferences}
          tracks={app.tracks}
          files={app.files}
          text={text}
          checkErrors={checkErrors}
          // The country list (≈ 250 names, in the HTML and again in React's payload) only for a page that asks.
          countries={
            visibleQuestions(app.form, pageIndex).some((q) => q.type === "country")
              ? countryOptions().map((c) => ({ code: c.code, name: c.name }))
              : []
          }
        />
      </div>
    );
  }

  const tracks = app.trackPreferences.map((tid) => app.tracks.find((x) => x.id === tid)?.title).filter(Boolean);
  return (
    <div className="space-y-6">
      {header}
      {app.status === "submitted" && query.submitted ? (
        <Alert>
          <p className="font-semibold">{t("submittedTitle")}</p>
          {app.confirmationMessage ? <p lang={app.confirmationLang}>{app.confirmationMessage}</p> : null}
        </Alert>
      ) : null}
      {app.status === "withdrawn" ? <Alert>{t("withdrawn")}</Alert> : null}
      {app.submittedAt ? <p>{t("submittedOn", { date: formatDateTime(app.submittedAt, app.timeZone) })}</p> : null}
      {app.status !== "withdrawn" && app.status !== "rejected" && app.status !== "declined" ? (
        <div className="flex flex-wrap items-start gap-6">
          {app.status === "submitted" && app.allowEditAfterSubmit && open ? (
            <ReopenApplicationButton applicationId={app.id} version={app.version} text={text} />
          ) : null}
          <WithdrawApplicationForm applicationId={app.id} version={app.version} text={text} />
        </div>
      ) : null}
      <section aria-labelledby="answers-heading" className="space-y-3">
        <h2 id="answers-heading" className="text-xl font-semibold">
          {t("answers")}
        </h2>
        {tracks.length ? (
          <ol className="list-decimal pl-5 text-sm">
            {tracks.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ol>
        ) : null}
        <AnswerList
          form={app.form}
          answers={app.answers}
          files={app.files}
          fileUrl={(q) => `/api/applications/${app.id}/files/${encodeURIComponent(q)}`}
          labels={{ notAnswered: t("notAnswered"), edit: (p) => t("edit", { page: p }) }}
        />
      </section>
      <section aria-labelledby="history-heading" className="space-y-2">
        <h2 id="history-heading" className="text-xl font-semibold">
          {t("history")}
        </h2>
        <ul className="space-y-1 text-sm">
          {app.events.map((e, i) => (
            <li key={i}>
              {formatDateTime(e.createdAt, app.timeZone)}: {statusLabel(e.toStatus)}
              {e.reason ? ` (${say(locale, e.reason)})` : ""}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
