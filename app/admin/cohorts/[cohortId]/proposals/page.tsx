import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/participants/action-form";
import { LocalTimeHint } from "@/components/time/local-time-hint";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { getDb } from "@/db/client";
import { formatDateTime } from "@/lib/format";
import { instantToLocal } from "@/lib/time";
import { listCohortProposals } from "@/lib/proposals/queries";
import { CohortNav } from "../cohort-nav";
import { staffCohort } from "../staff-cohort";
import { assignMentorAction, markOutstandingAction, proposalDeadlineAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("proposals") };
}

type Props = { params: Promise<{ cohortId: string }> };

export default async function StaffProposalsPage({ params }: Props) {
  const { cohortId } = await params;
  const { cohort } = await staffCohort(cohortId, `/admin/cohorts/${cohortId}/proposals`, "proposal.manage");
  const [t, data] = await Promise.all([getTranslations("staffCohorts"), listCohortProposals(getDb(), cohortId)]);
  if (!data) notFound();
  const tr = await getTranslations("review.reviewStatus");
  const tp = await getTranslations("proposals.status");
  const hidden = <input type="hidden" name="cohortId" value={cohortId} />;
  return (
    <ClientMessages namespaces={["common", "time"]}>
      <div className="space-y-6">
        <header className="space-y-2">
          <h1 className="text-2xl font-bold">
            {t("proposals")}: {cohort.title}
          </h1>
          <CohortNav cohortId={cohortId} current="proposals" />
        </header>

        <section aria-labelledby="deadline" className="space-y-2">
          <h2 id="deadline" className="text-xl font-semibold">
            {t("deadline")}
          </h2>
          <ActionForm
            action={proposalDeadlineAction}
            submitLabel={t("saveDeadline")}
            buttonVariant="outline"
            className="max-w-md"
          >
            {hidden}
            <input type="hidden" name="version" value={data.settings.version} />
            <div className="space-y-2">
              <Label htmlFor="deadline-input">{t("submitBy", { zone: cohort.timeZone })}</Label>
              <Input
                id="deadline-input"
                name="deadline"
                type="datetime-local"
                defaultValue={
                  data.settings.proposalDeadline ? instantToLocal(data.settings.proposalDeadline, cohort.timeZone) : ""
                }
              />
              <LocalTimeHint zone={cohort.timeZone} times={[{ local: "deadline-input" }]} />
            </div>
          </ActionForm>
        </section>

        <section aria-labelledby="list" className="space-y-3">
          <h2 id="list" className="text-xl font-semibold">
            {t("proposalsCount", { n: data.proposals.length })}
          </h2>
          {data.proposals.length === 0 ? (
            <p>{t("noProposals")}</p>
          ) : (
            <ul className="space-y-4">
              {data.proposals.map((p) => (
                <li key={p.id} className="space-y-3 rounded-lg border p-4">
                  <article aria-labelledby={`proposal-${p.id}`} className="space-y-3">
                    <h3 id={`proposal-${p.id}`} className="font-semibold">
                      {p.title || t("untitled")} <span className="font-normal text-muted-foreground">— {p.author}</span>{" "}
                      <Badge variant="outline">{tp.has(p.status) ? tp(p.status) : p.status}</Badge>{" "}
                      {p.isOutstanding ? <Badge>{t("outstanding")}</Badge> : null}
                    </h3>
                    <p className="text-sm text-muted-foreground">
                      {p.field ?? ""}
                      {p.submittedAt
                        ? ` · ${t("submittedOn", { date: formatDateTime(p.submittedAt, cohort.timeZone) })}`
                        : ""}
                      {p.averageScore !== null ? ` · ${t("averageScore", { score: p.averageScore })}` : ""}
                      {p.shareWithAlumni ? ` · ${t("mayShare")}` : ""}
                    </p>
                    <p className="text-sm">
                      {t("mentors", {
                        list: p.reviews.length
                          ? p.reviews
                              .map((r) => `${r.mentor} (${tr.has(r.status) ? tr(r.status) : r.status})`)
                              .join(", ")
                          : t("noneYet"),
                      })}
                    </p>
                    {p.status !== "draft" ? (
                      <div className="grid gap-4 md:grid-cols-2">
                        <ActionForm action={assignMentorAction} submitLabel={t("assign")} buttonVariant="outline">
                          {hidden}
                          <input type="hidden" name="proposalId" value={p.id} />
                          <div className="space-y-2">
                            <Label htmlFor={`mentor-${p.id}`}>{t("mentorFor", { title: p.title })}</Label>
                            <Select id={`mentor-${p.id}`} name="mentorId">
                              {data.mentors.map((m) => (
                                <option key={m.id} value={m.id}>
                                  {m.name}
                                </option>
                              ))}
                            </Select>
                          </div>
                        </ActionForm>
                        <ActionForm action={markOutstandingAction} submitLabel={t("savePick")} buttonVariant="outline">
                          {hidden}
                          <input type="hidden" name="proposalId" value={p.id} />
                          <div className="flex items-center gap-2">
                            <input
                              id={`outstanding-${p.id}`}
                              name="outstanding"
                              type="checkbox"
                              defaultChecked={p.isOutstanding}
                              className="h-4 w-4"
                            />
                            <Label htmlFor={`outstanding-${p.id}`}>{t("outstandingFor", { title: p.title })}</Label>
                          </div>
                          <div className="space-y-2">
                            <Label htmlFor={`session-${p.id}`}>{t("presentedAt")}</Label>
                            <Select
                              id={`session-${p.id}`}
                              name="presentationSessionId"
                              defaultValue={p.presentationSessionId ?? ""}
                            >
                              <option value="">{t("chooseSession")}</option>
                              {data.sessions.map((s) => (
                                <option key={s.id} value={s.id}>
                                  {formatDateTime(s.startsAt, cohort.timeZone)} — {s.title}
                                </option>
                              ))}
                            </Select>
                          </div>
                        </ActionForm>
                      </div>
                    ) : (
                      <p className="text-sm text-muted-foreground">{t("stillDraft")}</p>
                    )}
                  </article>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </ClientMessages>
  );
}
