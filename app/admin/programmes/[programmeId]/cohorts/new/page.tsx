import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { CohortForm } from "@/components/cohorts/cohort-form";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { getProgrammeHeader } from "@/lib/cohorts/queries";
import { timeZoneNames } from "@/lib/time";
import { createCohortAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("newEdition") };
}

export default async function NewCohortPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  if (!z.uuid().safeParse(programmeId).success) notFound();
  await requirePagePermission("cohort.manage", `/admin/programmes/${programmeId}/cohorts/new`, { programmeId });
  const [t, programme] = await Promise.all([getTranslations("cohortsAdmin"), getProgrammeHeader(getDb(), programmeId)]);
  if (!programme) notFound();
  return (
    <ClientMessages namespaces={["cohortsAdmin", "status"]}>
      <div className="max-w-3xl space-y-6">
        <p className="text-sm">
          <Link href={`/admin/programmes/${programme.id}`} className="hover:underline">
            {programme.title}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{t("newCohort")}</h1>
        <CohortForm programmeId={programme.id} timeZones={timeZoneNames()} action={createCohortAction} />
      </div>
    </ClientMessages>
  );
}
