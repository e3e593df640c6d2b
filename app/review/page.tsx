import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ReviewProgress } from "@/components/review/review-progress";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { countryName } from "@/lib/geo";
import { listMyReviews } from "@/lib/review/queries";

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
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">{t("reference")}</TableHead>
              <TableHead scope="col">{t("applicant")}</TableHead>
              <TableHead scope="col">{t("country")}</TableHead>
              <TableHead scope="col">{t("call")}</TableHead>
              <TableHead scope="col">{t("status")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.items.map((item) => (
              <TableRow key={item.applicationId}>
                <TableCell>
                  <Link href={`/review/${item.applicationId}`} className="font-medium text-primary underline">
                    {item.reference}
                  </Link>
                </TableCell>
                <TableCell>{item.name ?? <span className="text-muted-foreground">{t("anonymised")}</span>}</TableCell>
                <TableCell>{item.country ? countryName(item.country) : "—"}</TableCell>
                <TableCell className="max-w-xs truncate">{item.callTitle}</TableCell>
                <TableCell>
                  <Badge variant={item.status === "submitted" ? "secondary" : "outline"}>
                    {t(`reviewStatus.${item.status}`)}
                  </Badge>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
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
