import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Markup } from "@/components/ui/markup";
import { getDb } from "@/db/client";
import { alumnusCardsHtml, directoryFiltersHtml } from "@/lib/alumni/directory-html";
import { listDirectory } from "@/lib/alumni/directory-queries";
import { directoryParamsSchema } from "@/lib/alumni/schemas";
import { baseTier, viewerOf } from "@/lib/alumni/visibility";
import { getActor } from "@/lib/auth";
import { html, toPayload } from "@/lib/markup";
import { pagerHtml } from "@/lib/markup-controls";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("alumniDirectory") };
}

/**
 * One directory for everyone: what each card shows depends on who is looking (public, alumni, staff),
 * decided by lib/alumni/visibility.ts for every row, and the filters only match what the viewer may see. The form
 * and the cards are markup (lib/alumni/directory-html.ts says why).
 */
export default async function DirectoryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = directoryParamsSchema.parse(await searchParams);
  const actor = await getActor();
  const viewer = viewerOf(actor);
  const db = getDb();
  const [t, result] = await Promise.all([
    getTranslations("alumni"),
    listDirectory(db, viewer, params, { filterOptions: true }),
  ]);
  const options = result.filterOptions!;
  const tier = baseTier(viewer);
  const query = Object.fromEntries(
    Object.entries(params)
      .filter(([key, value]) => key !== "page" && value !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const list = result.items.length === 0 ? html`<p>${t("empty")}</p>` : alumnusCardsHtml(result.items, t);
  const pager = pagerHtml({
    page: result.page,
    total: result.total,
    pageSize: result.pageSize,
    href: (page) => `/alumni/directory?${new URLSearchParams({ ...query, page: String(page) })}`,
    labels: {
      previous: t("previous"),
      next: t("next"),
      page: t("page", { page: result.page, pages }),
      nav: t("pagination"),
    },
  });
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("directoryTitle")}</h1>
        <p className="text-muted-foreground">
          {tier === "staff"
            ? t("directoryIntroStaff")
            : tier === "alumni"
              ? t("directoryIntroAlumni")
              : t("directoryIntroPublic")}
        </p>
      </header>
      <Markup
        links
        payload={toPayload(
          directoryFiltersHtml({
            action: "/alumni/directory",
            params,
            programmes: options.programmes,
            years: options.years,
            t,
          }),
        )}
      />
      <p aria-live="polite" className="text-sm text-muted-foreground">
        {t("results", { count: result.total })}
      </p>
      <Markup className="space-y-6" links payload={toPayload(html`${list}${pager}`)} />
    </div>
  );
}
