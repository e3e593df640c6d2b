import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { NetworkMembers } from "@/components/organisations/network-forms";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { listOrganisationOptions } from "@/lib/programmes/admin-queries";
import { getNetworkForAdmin } from "@/lib/organisations/queries";
import { addNetworkMemberAction, removeNetworkMemberAction } from "../../organisations/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("network") };
}

export default async function NetworkAdminPage({ params }: { params: Promise<{ networkId: string }> }) {
  const { networkId } = await params;
  if (!z.uuid().safeParse(networkId).success) notFound();
  await requirePagePermission("organisation.manage", `/admin/networks/${networkId}`);
  const db = getDb();
  const [t, data, organisations] = await Promise.all([
    getTranslations("organisations"),
    getNetworkForAdmin(db, networkId),
    listOrganisationOptions(db),
  ]);
  if (!data) notFound();
  return (
    <ClientMessages namespaces={["organisations"]}>
      <div className="space-y-6">
        <p className="text-sm">
          <Link href="/admin/networks" className="hover:underline">
            {t("networksTitle")}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{data.network.name}</h1>
        {data.network.isPublic ? (
          <p>
            <Link href={`/networks/${data.network.slug}`} className="text-primary underline">
              {t("publicPage")}
            </Link>
          </p>
        ) : null}
        <section aria-labelledby="members-heading" className="space-y-3">
          <h2 id="members-heading" className="text-xl font-semibold">
            {t("members")} ({data.members.length})
          </h2>
          <NetworkMembers
            networkId={data.network.id}
            members={data.members}
            organisations={organisations}
            add={addNetworkMemberAction}
            remove={removeNetworkMemberAction}
          />
        </section>
      </div>
    </ClientMessages>
  );
}
