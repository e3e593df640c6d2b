import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProgrammeForm } from "@/components/programmes/programme-form";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { getAgendaOptions } from "@/lib/programmes/admin-queries";
import { createProgrammeAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("newProgramme") };
}

export default async function NewProgrammePage() {
  await requirePagePermission("programme.create", "/admin/programmes/new");
  const [t, agenda] = await Promise.all([getTranslations("programmesAdmin"), getAgendaOptions(getDb())]);
  return (
    <ClientMessages namespaces={["programmesAdmin"]}>
      <div className="max-w-3xl space-y-6">
        <h1 className="text-2xl font-bold">{t("newProgramme")}</h1>
        <p className="text-muted-foreground">{t("newProgrammeIntro")}</p>
        <ProgrammeForm agenda={agenda} action={createProgrammeAction} />
      </div>
    </ClientMessages>
  );
}
