import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CallNav } from "@/components/calls/admin/call-nav";
import { Markup } from "@/components/ui/markup";
import { getDb } from "@/db/client";
import { filtersToQuery, parseFilters } from "@/lib/applications/admin-filters";
import { listCallApplications } from "@/lib/applications/admin-queries";
import { applicationFiltersHtml, applicationsPageHtml, type ListLabels } from "@/lib/applications/list-html";
import { toPayload } from "@/lib/markup";
import { loadAdminCall } from "../load";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("applications") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The filter form and the page of applications are markup (lib/applications/list-html.ts says why). */
export default async function CallApplicationsPage({ params, searchParams }: Props) {
  const statusLabel = await getTranslations("applicationStatus");
  const tg = await getTranslations("selection.gender");
  const { id } = await params;
  const { call } = await loadAdminCall(id, `/admin/calls/${id}/applications`, "application.viewAll");
  const filters = parseFilters(await searchParams);
  const [t, result] = await Promise.all([
    getTranslations("callAdmin"),
    listCallApplications(getDb(), call.id, call.eligibility, filters),
  ]);
  const labels: ListLabels = {
    t,
    status: (status) => statusLabel(status as never),
    gender: (gender, other) => (gender === "another" && other ? `${tg("another")}: ${other}` : tg(gender as never)),
  };
  const base = `/admin/calls/${call.id}/applications`;
  const unpaged = { ...filters, after: undefined, before: undefined };
  const exportQuery = (format: "csv" | "xlsx") =>
    `${filtersToQuery(unpaged)}${filtersToQuery(unpaged) ? "&" : "?"}format=${format}`;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <p className="text-sm text-muted-foreground">
          {call.programmeTitle} · {call.cohortTitle}
        </p>
        <h1 className="text-2xl font-bold">{t("applicationsTitle", { title: call.title })}</h1>
      </div>
      <CallNav callId={call.id} current="Applications" />
      <Markup
        className="space-y-6"
        links
        payload={toPayload(
          applicationFiltersHtml({
            base,
            filters,
            perStatus: result.perStatus,
            tracks: call.cohortTracks
              .filter((track) => call.trackIds.includes(track.id))
              .map((track) => ({ value: track.id, label: track.title })),
            nominators: result.nominators.map((o) => ({ value: o.id, label: o.name })),
            labels,
          }),
        )}
      />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status">{t("matching", { count: result.total })}</p>
        <p className="flex gap-3 text-sm">
          <a
            href={`/api/admin/calls/${call.id}/export${exportQuery("csv")}`}
            className="text-primary underline"
            download
          >
            {t("exportCsv")}
          </a>
          <a
            href={`/api/admin/calls/${call.id}/export${exportQuery("xlsx")}`}
            className="text-primary underline"
            download
          >
            {t("exportXlsx")}
          </a>
        </p>
      </div>
      <Markup
        className="space-y-6"
        links
        payload={toPayload(
          applicationsPageHtml({
            base,
            filters,
            items: result.items,
            next: result.next,
            previous: result.previous,
            timeZone: call.timeZone,
            labels,
          }),
        )}
      />
    </div>
  );
}
