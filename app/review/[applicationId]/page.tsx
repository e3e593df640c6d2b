import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ConflictForm } from "@/components/review/conflict-form";
import { ScoreForm } from "@/components/review/score-form";
import { Alert } from "@/components/ui/alert";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { countryName } from "@/lib/geo";
import { getMyReview } from "@/lib/review/queries";
import { declareConflictAction, saveReviewDraftAction, submitReviewAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("review") };
}

export default async function ReviewApplicationPage({ params }: { params: Promise<{ applicationId: string }> }) {
  const { applicationId } = await params;
  const actor = await requirePagePermission("review.score", `/review/${applicationId}`);
  if (!z.uuid().safeParse(applicationId).success) notFound();
  // Not assigned to this reviewer (or never existing): the same 404, so nothing leaks about it.
  const view = await getMyReview(getDb(), actor, applicationId);
  if (!view) notFound();
  const t = await getTranslations("review");
  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <Link href="/review" className="text-sm text-primary underline">
          {t("back")}
        </Link>
        <h1 className="text-2xl font-bold">{t("reviewTitle", { reference: view.reference })}</h1>
        <p className="text-muted-foreground">{view.callTitle}</p>
      </div>

      <section aria-labelledby="applicant-heading" className="space-y-3">
        <h2 id="applicant-heading" className="text-xl font-semibold">
          {t("applicantHeading")}
        </h2>
        {view.applicant ? null : <Alert>{t("anonymisedNotice")}</Alert>}
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          {view.applicant ? (
            <>
              <div>
                <dt className="font-medium">{t("name")}</dt>
                <dd>{view.applicant.name}</dd>
              </div>
              <div>
                <dt className="font-medium">{t("email")}</dt>
                <dd>{view.applicant.email}</dd>
              </div>
              <div>
                <dt className="font-medium">{t("organisation")}</dt>
                <dd>{view.applicant.organisation ?? "—"}</dd>
              </div>
            </>
          ) : null}
          <div>
            <dt className="font-medium">{t("country")}</dt>
            <dd>{view.country ? countryName(view.country) : "—"}</dd>
          </div>
          <div>
            <dt className="font-medium">{t("field")}</dt>
            <dd>{view.field ?? "—"}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="answers-heading" className="space-y-3">
        <h2 id="answers-heading" className="text-xl font-semibold">
          {t("answers")}
        </h2>
        {view.answers.length === 0 ? <p>{t("noAnswers")}</p> : null}
        <dl className="space-y-4">
          {view.answers.map((a) => (
            <div key={a.id}>
              <dt className="font-medium">{a.label}</dt>
              <dd className="whitespace-pre-wrap text-sm">{a.value}</dd>
            </div>
          ))}
        </dl>
        {view.files.length ? (
          <ul className="list-disc pl-5 text-sm">
            {view.files.map((f) => (
              <li key={f.questionId}>
                {f.label}:{" "}
                {f.detail ? `${f.detail.fileName} (${Math.ceil(f.detail.sizeBytes / 1024)} KB)` : t("fileWithheld")}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="score-heading" className="space-y-3">
        <h2 id="score-heading" className="text-xl font-semibold">
          {t("yourScores")}
        </h2>
        {view.status === "submitted" ? (
          <>
            <p>{t("submittedOn", { when: view.submittedAt ? formatDateTime(view.submittedAt, view.timeZone) : "" })}</p>
            <ul className="text-sm">
              {view.rubric.map((c) => (
                <li key={c.id}>
                  {c.label}: <strong>{view.scores[c.id] ?? "—"}</strong> / {c.max}
                </li>
              ))}
            </ul>
            {view.comment ? <p className="whitespace-pre-wrap text-sm">{view.comment}</p> : null}
          </>
        ) : (
          <ScoreForm
            applicationId={view.applicationId}
            rubric={view.rubric}
            scores={view.scores}
            comment={view.comment}
            version={view.version}
            saveDraft={saveReviewDraftAction}
            submit={submitReviewAction}
          />
        )}
      </section>

      {view.status === "submitted" ? (
        <section aria-labelledby="others-heading" className="space-y-3">
          <h2 id="others-heading" className="text-xl font-semibold">
            {t("othersTitle")}
          </h2>
          {view.others.length === 0 ? <p>{t("othersNone")}</p> : null}
          <ul className="space-y-2 text-sm">
            {view.others.map((o) => (
              <li key={o.label}>
                <span className="font-medium">{o.label}:</span>{" "}
                {view.rubric.map((c) => `${c.label} ${o.scores[c.id] ?? "—"}/${c.max}`).join(" · ")}
                {o.comment ? <span className="block text-muted-foreground">{o.comment}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <ConflictForm applicationId={view.applicationId} version={view.version} declare={declareConflictAction} />
      )}
    </div>
  );
}
