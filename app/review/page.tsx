import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Markup } from "@/components/ui/markup";
import { ReviewProgress } from "@/components/review/review-progress";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { toPayload } from "@/lib/markup";
import { listMyReviews } from "@/lib/review/queries";
import { queueTableHtml } from "@/lib/review/tables-html";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("yourReviews") };
}

const paramsSchema = z.object({
  after: z.string().max(2000).optional().catch(undefined),
  before: z.string().max(2000).optional().catch(undefined),
  status: z.enum(["open", "submitted"]).optional().catch(undefined),
  notice: z.enum(["conflict", "submitted"]).optional().catch(undefined),
});

export default async function ReviewQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("review.score", "/review");
  const params = paramsSchema.parse(await searchParams);
  const [t, data] = await Promise.all([getTranslations("review"), listMyReviews(getDb(), actor, params)]);
  const pageLink = (side: "after" | "before", cursor: string) =>
    `/review?${side}=${cursor}${params.status ? `&status=${params.status}` : ""}`;
  const filter = (status: "open" | "submitted" | undefined, label: string) => (
    <Link
      href={status ? `/review?status=${status}` : "/review"}
      aria-current={params.status === status ? "page" : undefined}
      className="rounded-md border px-3 py-1 text-sm hover:bg-accent aria-[current=page]:bg-secondary aria-[current=page]:font-semibold"
    >
      {label}
    </Link>
  );
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("queueTitle")}</h1>
      {params.notice === "conflict" ? <Alert>{t("conflictDone")}</Alert> : null}
      <ReviewProgress submitted={data.progress.submitted} drafts={data.progress.drafts} total={data.progress.total} />
      <nav aria-label={t("filter")} className="flex flex-wrap gap-2">
        {filter(undefined, t("all"))}
        {filter("open", t("open"))}
        {filter("submitted", t("submittedFilter"))}
      </nav>
      {data.items.length === 0 ? (
        <p>{t("queueEmpty")}</p>
      ) : (
        <Markup payload={toPayload(queueTableHtml(data.items, t))} />
      )}
      {data.next || data.previous ? (
        <nav aria-label={t("pagination")} className="flex gap-4 text-sm">
          {data.previous ? <Link href={pageLink("before", data.previous)}>{t("previous")}</Link> : null}
          {data.next ? <Link href={pageLink("after", data.next)}>{t("next")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
