import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NetworkForm } from "@/components/organisations/network-forms";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { listOrganisationOptions } from "@/lib/programmes/admin-queries";
import { listNetworks } from "@/lib/organisations/queries";
import { createNetworkAction } from "../organisations/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("networks") };
}

export default async function NetworksPage() {
  await requirePagePermission("organisation.manage", "/admin/networks");
  const db = getDb();
  const [t, networks, organisations] = await Promise.all([
    getTranslations("organisations"),
    listNetworks(db),
    listOrganisationOptions(db),
  ]);
  return (
    <ClientMessages namespaces={["organisations"]}>
      <div className="space-y-8">
        <header className="space-y-2">
          <h1 className="text-2xl font-bold">{t("networksTitle")}</h1>
          <p className="text-muted-foreground">{t("networksIntro")}</p>
        </header>
        {networks.length === 0 ? (
          <p>{t("noNetworks")}</p>
        ) : (
          <ul className="divide-y rounded-lg border">
            {networks.map((n) => (
              <li key={n.id} className="flex flex-wrap items-center gap-3 p-3">
                <Link href={`/admin/networks/${n.id}`} className="font-medium hover:underline">
                  {n.name}
                </Link>
                <span className="text-sm text-muted-foreground">{t("memberCount", { n: n.members })}</span>
                {n.isPublic ? (
                  <Link href={`/networks/${n.slug}`} className="text-sm text-primary underline">
                    {t("publicPage")}
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <section aria-labelledby="new-network" className="max-w-3xl space-y-3">
          <h2 id="new-network" className="text-xl font-semibold">
            {t("newNetwork")}
          </h2>
          <NetworkForm organisations={organisations} action={createNetworkAction} />
        </section>
      </div>
    </ClientMessages>
  );
}
