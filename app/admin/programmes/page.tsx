import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { listManagedProgrammes } from "@/lib/programmes/admin-queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("programmes") };
}

const paramsSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(["draft", "published", "archived"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});

export default async function AdminProgrammesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("admin.dashboard", "/admin/programmes");
  const params = paramsSchema.parse(await searchParams);
  const [t, ts, result] = await Promise.all([
    getTranslations("programmesAdmin"),
    getTranslations("status"),
    listManagedProgrammes(getDb(), actor, params),
  ]);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const query = (page: number) =>
    `/admin/programmes?${new URLSearchParams({ ...(params.q ? { q: params.q } : {}), ...(params.status ? { status: params.status } : {}), page: String(page) })}`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {can(actor, "programme.create") ? (
          <Button asChild>
            <Link href="/admin/programmes/new">{t("newProgramme")}</Link>
          </Button>
        ) : null}
      </div>
      <form role="search" action="/admin/programmes" className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="programmes-q" className="block text-sm font-medium">
            {t("search")}
          </label>
          <input
            id="programmes-q"
            name="q"
            type="search"
            defaultValue={params.q ?? ""}
            className="h-10 rounded-md border border-input px-3"
          />
        </div>
        <div>
          <label htmlFor="programmes-status" className="block text-sm font-medium">
            {t("status")}
          </label>
          <select
            id="programmes-status"
            name="status"
            defaultValue={params.status ?? ""}
            className="h-10 rounded-md border border-input px-3"
          >
            <option value="">{t("anyStatus")}</option>
            {(["draft", "published", "archived"] as const).map((s) => (
              <option key={s} value={s}>
                {ts(s)}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="outline">
          {t("filter")}
        </Button>
      </form>
      {result.items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">{t("programme")}</TableHead>
              <TableHead scope="col">{t("status")}</TableHead>
              <TableHead scope="col">{t("editions")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {result.items.map((p) => (
              <TableRow key={p.id}>
                <TableCell>
                  <Link href={`/admin/programmes/${p.id}`} className="font-medium hover:underline">
                    {p.title}
                  </Link>
                </TableCell>
                <TableCell>
                  <Badge variant="outline">{ts(p.status)}</Badge>
                </TableCell>
                <TableCell>{p.cohorts}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {pages > 1 ? (
        <nav aria-label={t("pagination")} className="flex gap-4 text-sm">
          {result.page > 1 ? <Link href={query(result.page - 1)}>{t("previous")}</Link> : null}
          <span>{t("page", { page: result.page, pages })}</span>
          {result.page < pages ? <Link href={query(result.page + 1)}>{t("next")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
