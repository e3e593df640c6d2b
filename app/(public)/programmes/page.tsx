import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ProgrammeCard } from "@/components/programmes/programme-card";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { getDb } from "@/db/client";
import { listPublicProgrammes } from "@/lib/programmes/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("programmes") };
}

const searchSchema = z.object({
  q: z.string().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

export default async function CataloguePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = searchSchema.parse(await searchParams);
  const [t, tp, ts, tc, result] = await Promise.all([
    getTranslations("catalogue"),
    getTranslations("programme"),
    getTranslations("status"),
    getTranslations("common"),
    listPublicProgrammes(getDb(), { q: params.q, page: params.page }),
  ]);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const link = (page: number) =>
    `/programmes?${new URLSearchParams({ ...(params.q ? { q: params.q } : {}), page: String(page) })}`;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <form role="search" className="flex max-w-xl gap-2" action="/programmes">
        <label htmlFor="catalogue-q" className="sr-only">
          {t("search")}
        </label>
        <Input id="catalogue-q" name="q" type="search" defaultValue={params.q ?? ""} placeholder={t("search")} />
        <Button type="submit">{t("searchButton")}</Button>
      </form>
      <p aria-live="polite" className="text-sm text-muted-foreground">
        {t("results", { count: result.total })}
      </p>
      {result.items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {result.items.map((p) => (
            <li key={p.id}>
              <ProgrammeCard
                programme={{ ...p, statusLabel: ts(p.status) }}
                ongoingLabel={tp("ongoing")}
                countriesLabel={tp("countries")}
              />
            </li>
          ))}
        </ul>
      )}
      {pages > 1 ? (
        <nav aria-label={tc("pagination")} className="flex items-center gap-4 text-sm">
          {result.page > 1 ? <Link href={link(result.page - 1)}>{t("previous")}</Link> : null}
          <span>{t("page", { page: result.page, pages })}</span>
          {result.page < pages ? <Link href={link(result.page + 1)}>{t("next")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
