import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { listMyProposalReviews } from "@/lib/proposals/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("proposalsToReview") };
}

export default async function MentorProposalsPage() {
  const actor = await requirePagePermission("review.score", "/review/proposals");
  const reviews = await listMyProposalReviews(getDb(), actor.userId);
  const t = await getTranslations("proposals.mentor");
  const ts = await getTranslations("review.reviewStatus");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {reviews.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="space-y-2">
          {reviews.map((r) => (
            <li key={r.reviewId} className="flex flex-wrap items-center gap-2 rounded-lg border p-3">
              <Link href={`/review/proposals/${r.reviewId}`} className="font-medium hover:underline">
                {r.title || t("untitled")}
              </Link>
              <span className="text-sm text-muted-foreground">
                {r.programmeTitle} — {r.cohortTitle}
              </span>
              <Badge variant="outline">{ts.has(r.status) ? ts(r.status) : r.status}</Badge>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
