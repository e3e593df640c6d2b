import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { getDb } from "@/db/client";
import { countryName, isCountryCode } from "@/lib/geo";
import { getPublicNetwork } from "@/lib/organisations/queries";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const slugSchema = z
  .string()
  .max(60)
  .regex(/^[a-z0-9-]+$/);
const countrySchema = z.string().refine(isCountryCode).optional().catch(undefined);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = slugSchema.safeParse((await params).slug);
  const network = slug.success ? await getPublicNetwork(getDb(), slug.data) : null;
  return { title: network?.name ?? "Network" };
}

/** A network's public page: its members and each member's focus, filterable by country. */
export default async function NetworkPage({ params, searchParams }: Props) {
  const slug = slugSchema.safeParse((await params).slug);
  if (!slug.success) notFound();
  const country = countrySchema.parse((await searchParams).country);
  const [t, network] = await Promise.all([
    getTranslations("organisations"),
    getPublicNetwork(getDb(), slug.data, country),
  ]);
  if (!network) notFound();
  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">{network.name}</h1>
        {network.coordinator ? (
          <p className="text-muted-foreground">{t("coordinatedBy", { name: network.coordinator })}</p>
        ) : null}
        {network.description ? <p className="max-w-3xl">{network.description}</p> : null}
      </header>
      <section aria-labelledby="members-heading" className="space-y-4">
        <h2 id="members-heading" className="text-xl font-semibold">
          {t("publicMembers")} ({network.members.length})
        </h2>
        <form action={`/networks/${network.slug}`} className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="network-country" className="block text-sm font-medium">
              {t("publicFilter")}
            </label>
            <select
              id="network-country"
              name="country"
              defaultValue={country ?? ""}
              className="h-10 rounded-md border border-input px-3"
            >
              <option value="">{t("allCountries")}</option>
              {network.countries.map((c) => (
                <option key={c.country} value={c.country}>
                  {countryName(c.country)} ({c.n})
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" variant="outline">
            {t("show")}
          </Button>
        </form>
        {network.members.length === 0 ? (
          <p>{t("publicEmpty")}</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {network.members.map((m) => (
              <li key={m.organisationId} className="space-y-2 rounded-lg border bg-card p-4">
                <div className="flex flex-wrap items-center gap-2">
                  <h3 className="font-semibold">
                    {m.website ? (
                      <a href={m.website} className="hover:underline" rel="noopener noreferrer">
                        {m.name}
                      </a>
                    ) : (
                      m.name
                    )}
                  </h3>
                  {m.country ? <Badge variant="outline">{countryName(m.country)}</Badge> : null}
                </div>
                {m.focus ? <p className="text-sm text-muted-foreground">{m.focus}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
