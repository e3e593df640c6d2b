import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ProposalForm } from "@/components/proposals/proposal-form";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { localText } from "@/lib/i18n/content";
import type { AppLocale } from "@/lib/i18n/request";
import { getMyProposal } from "@/lib/proposals/queries";
import { removeAttachmentAction, saveProposalAction, submitProposalAction } from "./actions";
import { Said } from "@/components/i18n/said";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("projectProposal") };
}

type Props = { params: Promise<{ cohortId: string }> };

export default async function ProposalPage({ params }: Props) {
  const { cohortId } = await params;
  const actor = await requirePagePermission("account.updateProfile", `/me/cohorts/${cohortId}/proposal`);
  if (!z.uuid().safeParse(cohortId).success) notFound();
  const mine = await getMyProposal(getDb(), actor.userId, cohortId);
  if (!mine) notFound();
  const { settings, enrolment } = mine;
  const deadline = settings.proposalDeadline ? formatDateTime(settings.proposalDeadline, enrolment.timeZone) : null;
  const [t, reader] = await Promise.all([getTranslations("proposals"), getLocale() as Promise<AppLocale>]);
  const cohortTitle = localText(
    enrolment.cohortTitle,
    enrolment.cohortTranslations,
    "title",
    enrolment.mainLanguage,
    reader,
  );
  const editable = enrolment.status === "confirmed" && (mine.proposal?.status ?? "draft") === "draft";

  return (
    <Said areas={["proposals"]}>
      <div className="max-w-3xl space-y-6">
        <div className="space-y-2">
          <p className="text-sm">
            <Link href={`/me/cohorts/${cohortId}`} className="text-primary underline">
              <span lang={cohortTitle.lang}>{cohortTitle.text}</span>
            </Link>
          </p>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="text-muted-foreground">{settings.proposalTemplate.instructions}</p>
          <ul className="list-disc pl-5 text-sm text-muted-foreground" aria-label={t("rubric")}>
            {settings.proposalTemplate.rubric.map((c) => (
              <li key={c.id}>{t("rubricItem", { label: c.label, max: c.max })}</li>
            ))}
          </ul>
          <p className="text-sm">
            {deadline ? t("submitBy", { deadline }) : t("noDeadline")} {t("autosaved")}
          </p>
        </div>
        {mine.feedback.length ? (
          <section aria-labelledby="feedback" className="space-y-2 rounded-lg border p-4">
            <h2 id="feedback" className="text-xl font-semibold">
              {t("feedback")}
            </h2>
            <ul className="space-y-2">
              {mine.feedback.map((f, i) => (
                <li key={i}>
                  {f.score !== null ? <p className="font-medium">{t("score", { score: f.score })}</p> : null}
                  <p className="whitespace-pre-line">{f.comment}</p>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <ProposalForm
          cohortId={cohortId}
          initial={mine.content}
          version={mine.proposal?.version ?? 0}
          status={mine.proposal?.status ?? "draft"}
          editable={editable}
          wordLimits={settings.proposalTemplate.wordLimits}
          totals={mine.totals.map((total) => ({ currency: total.currency, formatted: total.formatted }))}
          attachments={mine.attachments}
          savedAt={mine.proposal ? mine.proposal.updatedAt.toISOString() : null}
          save={saveProposalAction}
          submit={submitProposalAction}
          removeAttachment={removeAttachmentAction}
        />
      </div>
    </Said>
  );
}
