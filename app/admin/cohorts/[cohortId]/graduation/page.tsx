import { ClientMessages } from "@/components/i18n/client-messages";
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
  // The verdict's sentences are written in lib/ in English; the page says the same from its facts in the reader's language.
  const attended = (r: (typeof review.rows)[number]) =>
    t("attendedOf", { attended: r.attended, sessions: r.sessions, percent: r.verdict.percent });
  const summary = (r: (typeof review.rows)[number]) =>
    `${attended(r)}; ${t(r.proposalSubmitted ? "proposalSubmitted" : "noProposal")}`;
  const reasons = (r: (typeof review.rows)[number]) => {
    const proposal = review.rule.requireProposal && !r.proposalSubmitted;
    const attendance = r.verdict.reasons.length > (proposal ? 1 : 0);
    return [
      ...(attendance ? [`${attended(r)}; ${t("belowAttendance", { min: review.rule.minAttendancePercent })}`] : []),
      ...(proposal ? [t("noProposal")] : []),
    ].join("; ");
  };

  return (
    <ClientMessages namespaces={["common"]}>
      <div className="space-y-6">
        <header className="space-y-2">
          <h1 className="text-2xl font-bold">
            {t("graduation")}: {cohort.title}
          </h1>
          <CohortNav cohortId={cohortId} current="graduation" />
        </header>

        <section aria-labelledby="rule" className="space-y-2">
          <h2 id="rule" className="text-xl font-semibold">
            {t("completionRule")}
          </h2>
          <ActionForm
            action={completionRuleAction}
            submitLabel={t("saveRule")}
            buttonVariant="outline"
            className="max-w-md"
          >
            {hidden}
            <input type="hidden" name="version" value={review.settingsVersion} />
            <div className="space-y-2">
              <Label htmlFor="minAttendancePercent">{t("minAttendance")}</Label>
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
              <Label htmlFor="requireProposal">{t("requireProposal")}</Label>
            </div>
          </ActionForm>
        </section>

        <section aria-labelledby="participants" className="space-y-3">
          <h2 id="participants" className="text-xl font-semibold">
            {t("againstRule")}
          </h2>
          {review.rows.length === 0 ? (
            <p>{t("noConfirmed")}</p>
          ) : (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead scope="col">{t("name")}</TableHead>
                  <TableHead scope="col">{t("status")}</TableHead>
                  <TableHead scope="col">{t("attendanceAndProposal")}</TableHead>
                  <TableHead scope="col">{t("meetsRule")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {review.rows.map((r) => (
                  <TableRow key={r.enrolmentId}>
                    <TableCell>{r.name}</TableCell>
                    <TableCell>
                      <Badge variant="outline">{t(`enrolmentStatus.${r.status}`)}</Badge>
                    </TableCell>
                    <TableCell>{summary(r)}</TableCell>
                    <TableCell>{r.verdict.meets ? t("yes") : t("no", { reasons: reasons(r) })}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </section>

        <section aria-labelledby="complete" className="space-y-2">
          <h2 id="complete" className="text-xl font-semibold">
            {t("completeHeading")}
          </h2>
          <p className="text-sm">
            {t("willComplete", { n: meeting, cohort: cohort.title })}{" "}
            {notMeeting.length
              ? t("willNotComplete", {
                  n: notMeeting.length,
                  list: notMeeting.map((r) => `${r.name} (${reasons(r)})`).join(", "),
                })
              : ""}
          </p>
          <ActionForm action={completeCohortAction} submitLabel={t("completeSubmit")}>
            {hidden}
          </ActionForm>
        </section>
      </div>
    </ClientMessages>
  );
}
