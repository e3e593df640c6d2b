import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ActionForm } from "@/components/participants/action-form";
import { ProposalView } from "@/components/proposals/proposal-view";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { getProposalReview } from "@/lib/proposals/queries";
import { scoreProposalAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("reviewAProposal") };
}

type Props = { params: Promise<{ reviewId: string }> };

export default async function MentorReviewPage({ params }: Props) {
  const { reviewId } = await params;
  const path = `/review/proposals/${reviewId}`;
  const actor = await requirePagePermission("review.score", path);
  if (!z.uuid().safeParse(reviewId).success) notFound();
  // Only the mentor it is assigned to finds it: the lookup includes their id.
  const review = await getProposalReview(getDb(), actor.userId, reviewId);
  if (!review) notFound();
  await requirePagePermission("review.score", path, { programmeId: review.programmeId });
  const final = review.status === "submitted";
  const t = await getTranslations("proposals");

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
      <article className="space-y-4">
        <p className="text-sm text-muted-foreground">
          {review.cohortTitle} · {review.author}
        </p>
        <h1 className="text-2xl font-bold">{review.title || t("mentor.untitledProposal")}</h1>
        <ProposalView content={review.content} totals={review.totals} attachments={review.attachments} />
      </article>
      <aside aria-labelledby="your-review" className="space-y-3">
        <h2 id="your-review" className="text-xl font-semibold">
          {t("mentor.yourReview")}
        </h2>
        {final ? <p>{t("mentor.thanks")}</p> : null}
        <ActionForm
          action={scoreProposalAction}
          submitLabel={t("mentor.submit")}
          submitName="intent"
          submitValue="submit"
          extraButtons={
            final ? null : (
              <Button type="submit" name="intent" value="draft" variant="outline">
                {t("mentor.saveDraft")}
              </Button>
            )
          }
        >
          <input type="hidden" name="reviewId" value={review.reviewId} />
          <input type="hidden" name="version" value={review.version} />
          {review.rubric.map((c) => (
            <div key={c.id} className="space-y-1">
              <Label htmlFor={`score-${c.id}`}>{t("rubricItem", { label: c.label, max: c.max })}</Label>
              <Input
                id={`score-${c.id}`}
                name={`score:${c.id}`}
                type="number"
                min={0}
                max={c.max}
                step={1}
                defaultValue={review.scores[c.id] ?? ""}
                disabled={final}
                className="w-24"
              />
            </div>
          ))}
          <div className="space-y-1">
            <Label htmlFor="comment">{t("mentor.comment")}</Label>
            <Textarea
              id="comment"
              name="comment"
              rows={6}
              maxLength={5000}
              defaultValue={review.comment}
              disabled={final}
            />
          </div>
        </ActionForm>
      </aside>
    </div>
  );
}
