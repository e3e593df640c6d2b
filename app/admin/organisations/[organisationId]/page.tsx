import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { OrganisationForm } from "@/components/organisations/organisation-form";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { countryOptions } from "@/lib/organisations/options";
import { getOrganisation } from "@/lib/organisations/queries";
import { updateOrganisationAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("organisation") };
}

export default async function OrganisationPage({ params }: { params: Promise<{ organisationId: string }> }) {
  const { organisationId } = await params;
  if (!z.uuid().safeParse(organisationId).success) notFound();
  await requirePagePermission("organisation.manage", `/admin/organisations/${organisationId}`);
  const [t, org] = await Promise.all([getTranslations("organisations"), getOrganisation(getDb(), organisationId)]);
  if (!org) notFound();
  return (
    <ClientMessages namespaces={["organisations"]}>
      <div className="max-w-3xl space-y-6">
        <p className="text-sm">
          <Link href="/admin/organisations" className="hover:underline">
            {t("title")}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{org.name}</h1>
        <OrganisationForm
          countries={countryOptions()}
          action={updateOrganisationAction}
          defaults={{
            organisationId: org.id,
            name: org.name,
            shortName: org.shortName ?? "",
            kind: org.kind,
            country: org.country ?? "",
            city: org.city ?? "",
            website: org.website ?? "",
            description: org.description ?? "",
          }}
        />
      </div>
    </ClientMessages>
  );
}
