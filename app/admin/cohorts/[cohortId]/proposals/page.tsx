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
  const hidden = <input type="hidden" name="cohortId" value={cohortId} />;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">
          {t("proposals")}: {cohort.title}
        </h1>
        <CohortNav cohortId={cohortId} current="proposals" />
      </header>

      <section aria-labelledby="deadline" className="space-y-2">
        <h2 id="deadline" className="text-xl font-semibold">
          Deadline
        </h2>
        <ActionForm
          action={proposalDeadlineAction}
          submitLabel="Save the deadline"
          buttonVariant="outline"
          className="max-w-md"
        >
          {hidden}
          <input type="hidden" name="version" value={data.settings.version} />
          <div className="space-y-2">
            <Label htmlFor="deadline-input">Submit by ({cohort.timeZone})</Label>
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
          Proposals ({data.proposals.length})
        </h2>
        {data.proposals.length === 0 ? (
          <p>No participant has started a proposal yet.</p>
        ) : (
          <ul className="space-y-4">
            {data.proposals.map((p) => (
              <li key={p.id} className="space-y-3 rounded-lg border p-4">
                <article aria-labelledby={`proposal-${p.id}`} className="space-y-3">
                  <h3 id={`proposal-${p.id}`} className="font-semibold">
                    {p.title || "Untitled"} <span className="font-normal text-muted-foreground">— {p.author}</span>{" "}
                    <Badge variant="outline">{p.status}</Badge> {p.isOutstanding ? <Badge>outstanding</Badge> : null}
                  </h3>
                  <p className="text-sm text-muted-foreground">
                    {p.field ?? ""}
                    {p.submittedAt ? ` · submitted ${formatDateTime(p.submittedAt, cohort.timeZone)}` : ""}
                    {p.averageScore !== null ? ` · average score ${p.averageScore} / 10` : ""}
                    {p.shareWithAlumni ? " · may be shown to alumni" : ""}
                  </p>
                  <p className="text-sm">
                    Mentors:{" "}
                    {p.reviews.length ? p.reviews.map((r) => `${r.mentor} (${r.status})`).join(", ") : "none yet"}
                  </p>
                  {p.status !== "draft" ? (
                    <div className="grid gap-4 md:grid-cols-2">
                      <ActionForm action={assignMentorAction} submitLabel="Assign" buttonVariant="outline">
                        {hidden}
                        <input type="hidden" name="proposalId" value={p.id} />
                        <div className="space-y-2">
                          <Label htmlFor={`mentor-${p.id}`}>Mentor for “{p.title}”</Label>
                          <Select id={`mentor-${p.id}`} name="mentorId">
                            {data.mentors.map((m) => (
                              <option key={m.id} value={m.id}>
                                {m.name}
                              </option>
                            ))}
                          </Select>
                        </div>
                      </ActionForm>
                      <ActionForm action={markOutstandingAction} submitLabel="Save the pick" buttonVariant="outline">
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
                          <Label htmlFor={`outstanding-${p.id}`}>Outstanding: “{p.title}”</Label>
                        </div>
                        <div className="space-y-2">
                          <Label htmlFor={`session-${p.id}`}>Presented at</Label>
                          <Select
                            id={`session-${p.id}`}
                            name="presentationSessionId"
                            defaultValue={p.presentationSessionId ?? ""}
                          >
                            <option value="">Choose a session</option>
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
                    <p className="text-sm text-muted-foreground">
                      Still a draft: mentors and picks come after submission.
                    </p>
                  )}
                </article>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
