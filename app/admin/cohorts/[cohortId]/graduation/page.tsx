import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/participants/action-form";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { graduationReview } from "@/lib/graduation/queries";
import { CohortNav } from "../cohort-nav";
import { staffCohort } from "../staff-cohort";
import { completeCohortAction, completionRuleAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("graduation") };
}

type Props = { params: Promise<{ cohortId: string }> };

export default async function GraduationPage({ params }: Props) {
  const { cohortId } = await params;
  const { cohort } = await staffCohort(cohortId, `/admin/cohorts/${cohortId}/graduation`, "certificate.issue");
  const [t, review] = await Promise.all([getTranslations("staffCohorts"), graduationReview(getDb(), cohortId)]);
  const hidden = <input type="hidden" name="cohortId" value={cohortId} />;
  const meeting = review.rows.filter((r) => r.status !== "completed" && r.verdict.meets).length;
  const notMeeting = review.rows.filter((r) => r.status !== "completed" && !r.verdict.meets);

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">
          {t("graduation")}: {cohort.title}
        </h1>
        <CohortNav cohortId={cohortId} current="graduation" />
      </header>

      <section aria-labelledby="rule" className="space-y-2">
        <h2 id="rule" className="text-xl font-semibold">
          Completion rule
        </h2>
        <ActionForm
          action={completionRuleAction}
          submitLabel="Save the rule"
          buttonVariant="outline"
          className="max-w-md"
        >
          {hidden}
          <input type="hidden" name="version" value={review.settingsVersion} />
          <div className="space-y-2">
            <Label htmlFor="minAttendancePercent">Sessions attended, at least (%)</Label>
            <Input
              id="minAttendancePercent"
              name="minAttendancePercent"
              type="number"
              min={0}
              max={100}
              defaultValue={review.rule.minAttendancePercent}
              className="w-28"
            />
          </div>
          <div className="flex items-center gap-2">
            <input
              id="requireProposal"
              name="requireProposal"
              type="checkbox"
              defaultChecked={review.rule.requireProposal}
              className="h-4 w-4"
            />
            <Label htmlFor="requireProposal">A submitted project proposal is required</Label>
          </div>
        </ActionForm>
      </section>

      <section aria-labelledby="participants" className="space-y-3">
        <h2 id="participants" className="text-xl font-semibold">
          Participants against the rule
        </h2>
        {review.rows.length === 0 ? (
          <p>This cohort has no confirmed participants.</p>
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead scope="col">Name</TableHead>
                <TableHead scope="col">Status</TableHead>
                <TableHead scope="col">Attendance and proposal</TableHead>
                <TableHead scope="col">Meets the rule</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {review.rows.map((r) => (
                <TableRow key={r.enrolmentId}>
                  <TableCell>{r.name}</TableCell>
                  <TableCell>
                    <Badge variant="outline">{r.status.replace("_", " ")}</Badge>
                  </TableCell>
                  <TableCell>{r.verdict.summary}</TableCell>
                  <TableCell>{r.verdict.meets ? "Yes" : `No: ${r.verdict.reasons.join("; ")}`}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>

      <section aria-labelledby="complete" className="space-y-2">
        <h2 id="complete" className="text-xl font-semibold">
          Complete the cohort
        </h2>
        <p className="text-sm">
          {meeting} participant{meeting === 1 ? "" : "s"} will receive a certificate and become alumni of {cohort.title}
          .{" "}
          {notMeeting.length
            ? `${notMeeting.length} will be marked as not completed: ${notMeeting.map((r) => `${r.name} (${r.verdict.reasons.join("; ")})`).join(", ")}.`
            : ""}
        </p>
        <ActionForm action={completeCohortAction} submitLabel="Complete the cohort and issue certificates">
          {hidden}
        </ActionForm>
      </section>
    </div>
  );
}
