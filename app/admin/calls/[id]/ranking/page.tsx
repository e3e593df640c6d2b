import { SearchForm } from "@/components/ui/search-form";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CallSteps } from "@/components/selection/call-steps";
import { Markup } from "@/components/ui/markup";
import { toPayload } from "@/lib/markup";
import { requireCallPage } from "@/lib/review/page-guard";
import { loadRankingPage } from "@/lib/review/ranking";
import { rankingParamsSchema } from "@/lib/review/schemas";
import { rankingTableHtml } from "@/lib/review/tables-html";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("ranking") };
}

export default async function RankingPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id: callId } = await params;
  const path = `/admin/calls/${callId}/ranking`;
  const { call, db } = await requireCallPage(callId, "application.viewAll", path);
  const query = rankingParamsSchema.parse(await searchParams);
  const [t, ranking] = await Promise.all([getTranslations("selection.ranking"), loadRankingPage(db, call, query)]);
  const { items: rows, page, pages } = ranking;
  const link = (side: "after" | "before", cursor: string) =>
    `${path}?${side}=${cursor}${query.q ? `&q=${encodeURIComponent(query.q)}` : ""}`;
  return (
    <div className="space-y-6">
      <CallSteps callId={call.id} current="ranking" callTitle={call.title} cohortTitle={call.cohortTitle} />
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-sm text-muted-foreground">
        {t("explain", { aggregation: call.settings.aggregation, normalised: call.settings.normalise ? "yes" : "no" })}
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <SearchForm
          action={path}
          id="ranking-q"
          value={query.q}
          label={t("search")}
          button={t("searchButton")}
          className="flex max-w-md flex-1 gap-2"
        />
        <a href={`/api/admin/calls/${call.id}/csv/ranking`} className="text-sm text-primary underline">
          {t("export")}
        </a>
      </div>
      {rows.length === 0 ? <p>{t("empty")}</p> : <Markup payload={toPayload(rankingTableHtml(rows, call.rubric, t))} />}
      {ranking.next || ranking.previous ? (
        <nav aria-label={t("pagination")} className="flex gap-4 text-sm">
          {ranking.previous ? <Link href={link("before", ranking.previous)}>{t("previous")}</Link> : null}
          <span>{t("page", { page, pages })}</span>
          {ranking.next ? <Link href={link("after", ranking.next)}>{t("next")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
