import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { OrganisationForm } from "@/components/organisations/organisation-form";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { countryName, isCountryCode } from "@/lib/geo";
import { countryOptions } from "@/lib/organisations/options";
import { listOrganisations } from "@/lib/organisations/queries";
import { ORGANISATION_KINDS } from "@/lib/organisations/schemas";
import { createOrganisationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("organisations") };
}

const paramsSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  country: z.string().refine(isCountryCode).optional().catch(undefined),
  kind: z.enum(ORGANISATION_KINDS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});

export default async function OrganisationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("organisation.manage", "/admin/organisations");
  const params = paramsSchema.parse(await searchParams);
  const [t, result] = await Promise.all([getTranslations("organisations"), listOrganisations(getDb(), params)]);
  const countries = countryOptions();
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const query = (page: number) =>
    `/admin/organisations?${new URLSearchParams({ ...(params.q ? { q: params.q } : {}), ...(params.country ? { country: params.country } : {}), ...(params.kind ? { kind: params.kind } : {}), page: String(page) })}`;
  return (
    <ClientMessages namespaces={["organisations"]}>
      <div className="space-y-8">
        <header className="space-y-2">
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="text-muted-foreground">{t("intro")}</p>
        </header>
        <form role="search" action="/admin/organisations" className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="orgs-q" className="block text-sm font-medium">
              {t("search")}
            </label>
            <input
              id="orgs-q"
              name="q"
              type="search"
              defaultValue={params.q ?? ""}
              className="h-10 rounded-md border border-input px-3"
            />
          </div>
          <div>
            <label htmlFor="orgs-country" className="block text-sm font-medium">
              {t("country")}
            </label>
            <select
              id="orgs-country"
              name="country"
              defaultValue={params.country ?? ""}
              className="h-10 max-w-56 rounded-md border border-input px-3"
            >
              <option value="">{t("anyCountry")}</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="orgs-kind" className="block text-sm font-medium">
              {t("kind")}
            </label>
            <select
              id="orgs-kind"
              name="kind"
              defaultValue={params.kind ?? ""}
              className="h-10 rounded-md border border-input px-3"
            >
              <option value="">{t("anyKind")}</option>
              {ORGANISATION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kind_${k}`)}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" variant="outline">
            {t("filter")}
          </Button>
        </form>
        <p className="text-sm text-muted-foreground">{t("count", { n: result.total })}</p>
        {result.items.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead scope="col">{t("name")}</TableHead>
                <TableHead scope="col">{t("kind")}</TableHead>
                <TableHead scope="col">{t("country")}</TableHead>
                <TableHead scope="col">{t("programmes")}</TableHead>
                <TableHead scope="col">{t("networks")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.items.map((o) => (
                <TableRow key={o.id}>
                  <TableCell>
                    <Link href={`/admin/organisations/${o.id}`} className="font-medium hover:underline">
                      {o.name}
                    </Link>
                    {o.shortName && o.shortName !== o.name ? (
                      <span className="text-muted-foreground"> ({o.shortName})</span>
                    ) : null}
                  </TableCell>
                  <TableCell>{t(`kind_${o.kind}`)}</TableCell>
                  <TableCell>{o.country ? countryName(o.country) : "—"}</TableCell>
                  <TableCell>{o.programmes}</TableCell>
                  <TableCell>{o.networks}</TableCell>
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
        <section aria-labelledby="add-org" className="max-w-3xl space-y-3">
          <h2 id="add-org" className="text-xl font-semibold">
            {t("add")}
          </h2>
          <OrganisationForm countries={countries} action={createOrganisationAction} />
        </section>
      </div>
    </ClientMessages>
  );
}
