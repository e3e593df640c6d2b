import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/alumni/import-form";
import { requirePagePermission } from "@/lib/auth/guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("importPastAlumni") };
}

export default async function ImportAlumniPage() {
  await requirePagePermission("alumni.import", "/admin/alumni/import");
  const t = await getTranslations("alumni");
  return (
    <ClientMessages namespaces={["alumni", "imports"]}>
      <div className="space-y-6">
        <header className="space-y-2">
          <h1 className="text-2xl font-bold">{t("importTitle")}</h1>
          <p className="max-w-3xl text-sm text-muted-foreground">{t("importIntro")}</p>
        </header>
        <ImportForm />
      </div>
    </ClientMessages>
  );
}
