import { SearchForm } from "@/components/ui/search-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ImportScores } from "@/components/review/import-scores";
import { ReviewProgress } from "@/components/review/review-progress";
import { AddReviewerForm, AssignButton, ReassignTable } from "@/components/review/reviewer-tools";
import { ReviewSettingsForm } from "@/components/review/settings-form";
import { CallSteps } from "@/components/selection/call-steps";
import { Markup } from "@/components/ui/markup";
import { toPayload } from "@/lib/markup";
import { requireCallPage } from "@/lib/review/page-guard";
import { getReviewSetup } from "@/lib/review/queries";
import { rankingParamsSchema } from "@/lib/review/schemas";
import { assignmentsTableHtml, reviewersTableHtml } from "@/lib/review/tables-html";
import { addReviewerAction, assignReviewersAction, reassignReviewAction, saveReviewSettingsAction } from "./actions";
import { Said } from "@/components/i18n/said";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("reviewSetup") };
}

export default async function ReviewSetupPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id: callId } = await params;
  const path = `/admin/calls/${callId}/review`;
  const { call, db } = await requireCallPage(callId, "review.assign", path);
  const query = rankingParamsSchema.parse(await searchParams);
  const [t, setup] = await Promise.all([getTranslations("review"), getReviewSetup(db, call, query)]);
  const reviewerOptions = setup.reviewers.map((r) => ({ id: r.id, name: r.name }));
  const link = (side: "after" | "before", cursor: string) =>
    `${path}?${side}=${cursor}${query.q ? `&q=${encodeURIComponent(query.q)}` : ""}`;

  return (
    <Said areas={["review"]}>
      <ClientMessages namespaces={["imports", "review"]}>
        <div className="space-y-10">
          <div className="space-y-3">
            <CallSteps callId={call.id} current="review" callTitle={call.title} cohortTitle={call.cohortTitle} />
            <h1 className="text-2xl font-bold">{t("setupTitle")}</h1>
            <ReviewProgress submitted={setup.figures.submitted} drafts={0} total={setup.figures.reviews} />
            <p className="text-sm">
              {t("setupFigures", { applications: setup.figures.applications, unassigned: setup.figures.unassigned })}
            </p>
          </div>

          <section aria-labelledby="settings-heading" className="space-y-4">
            <h2 id="settings-heading" className="text-xl font-semibold">
              {t("settingsHeading")}
            </h2>
            <ReviewSettingsForm
              save={saveReviewSettingsAction}
              defaults={{
                callId: call.id,
                callVersion: call.version,
                settingsVersion: call.settings.version,
                reviewersPerApplication: call.settings.reviewersPerApplication,
                anonymised: call.settings.anonymised,
                normalise: call.settings.normalise,
                avoidSameCountry: call.settings.avoidSameCountry,
                aggregation: call.settings.aggregation,
                offerDays: call.settings.offerDays,
                rubric: call.rubric.length
                  ? call.rubric.map((c) => ({ ...c, step: c.step ?? 1 }))
                  : [{ id: "potential", label: "Potential", weight: 1, max: 10, step: 1 }],
              }}
            />
          </section>

          <section aria-labelledby="reviewers-heading" className="space-y-4">
            <h2 id="reviewers-heading" className="text-xl font-semibold">
              {t("reviewersHeading")}
            </h2>
            {setup.reviewers.length === 0 ? (
              <p>{t("noReviewers")}</p>
            ) : (
              <Markup payload={toPayload(reviewersTableHtml(setup.reviewers, t))} />
            )}
            <AddReviewerForm callId={call.id} add={addReviewerAction} />
            <AssignButton
              callId={call.id}
              assign={assignReviewersAction}
              perApplication={call.settings.reviewersPerApplication}
            />
          </section>

          <section aria-labelledby="assignments-heading" className="space-y-4">
            <h2 id="assignments-heading" className="text-xl font-semibold">
              {t("assignmentsHeading")}
            </h2>
            <SearchForm action={path} id="assign-q" value={query.q} label={t("search")} button={t("searchButton")} />
            {setup.applications.length === 0 ? (
              <p>{t("noApplications")}</p>
            ) : (
              <ReassignTable
                payload={toPayload(assignmentsTableHtml(setup.applications, t))}
                reviewers={reviewerOptions}
                reassign={reassignReviewAction}
              />
            )}
            {setup.next || setup.previous ? (
              <nav aria-label={t("pagination")} className="flex gap-4 text-sm">
                {setup.previous ? <Link href={link("before", setup.previous)}>{t("previous")}</Link> : null}
                {setup.next ? <Link href={link("after", setup.next)}>{t("next")}</Link> : null}
              </nav>
            ) : null}
          </section>

          <section aria-labelledby="import-heading" className="space-y-4">
            <h2 id="import-heading" className="text-xl font-semibold">
              {t("importHeading")}
            </h2>
            <ImportScores callId={call.id} />
          </section>
        </div>
      </ClientMessages>
    </Said>
  );
}
