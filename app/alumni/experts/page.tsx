import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Markup } from "@/components/ui/markup";
import { Pager } from "@/components/ui/pager";
import { getDb } from "@/db/client";
import { alumnusCardsHtml } from "@/lib/alumni/directory-html";
import { listPublicExperts } from "@/lib/alumni/roster-queries";
import { viewerOf } from "@/lib/alumni/visibility";
import { getActor } from "@/lib/auth";
import { toPayload } from "@/lib/markup";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("experts") };
}

const paramsSchema = z.object({
  expertise: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

/** The public roster: only experts who chose to be listed publicly. */
export default async function ExpertsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = paramsSchema.parse(await searchParams);
  const viewer = viewerOf(await getActor());
  const [t, result] = await Promise.all([getTranslations("alumni"), listPublicExperts(getDb(), viewer, params)]);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("expertsTitle")}</h1>
        <p className="text-muted-foreground">{t("expertsIntro")}</p>
      </header>
      <form role="search" action="/alumni/experts" className="flex max-w-xl items-end gap-2">
        <div className="flex-1 space-y-1">
          <label htmlFor="experts-expertise" className="text-sm font-medium">
            {t("expertise")}
          </label>
          <Input id="experts-expertise" name="expertise" type="search" defaultValue={params.expertise ?? ""} />
        </div>
        <Button type="submit">{t("apply")}</Button>
      </form>
      {result.items.length === 0 ? (
        <p>{t("expertsEmpty")}</p>
      ) : (
        <Markup links payload={toPayload(alumnusCardsHtml(result.items, t))} />
      )}
      <Pager
        page={result.page}
        total={result.total}
        pageSize={result.pageSize}
        href={(page) =>
          `/alumni/experts?${new URLSearchParams({ ...(params.expertise ? { expertise: params.expertise } : {}), page: String(page) })}`
        }
        labels={{
          previous: t("previous"),
          next: t("next"),
          page: t("page", { page: result.page, pages }),
          nav: t("pagination"),
        }}
      />
    </div>
  );
}
