import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CallNav } from "@/components/calls/admin/call-nav";
import { ImportWizard } from "@/components/calls/admin/import-wizard";
import { FIELD_LABELS, IMPORT_FIELDS } from "@/lib/applications/import-rows";
import { loadAdminCall } from "../load";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("importApplications") };
}

export default async function ImportApplicationsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [{ call }, t] = await Promise.all([
    loadAdminCall(id, `/admin/calls/${id}/import`, "application.import"),
    getTranslations("callAdmin"),
  ]);
  const targets = [
    ...IMPORT_FIELDS.map((f) => ({ value: f, label: FIELD_LABELS[f] })),
    ...call.form.questions
      .filter((q) => q.type !== "file")
      .map((q) => ({ value: `answer:${q.id}`, label: `Answer: ${q.label}` })),
  ];
  return (
    <ClientMessages namespaces={["callAdmin.importer", "imports"]}>
      <div className="space-y-6">
        <h1 className="text-2xl font-bold">{t("importTitle", { title: call.title })}</h1>
        <CallNav callId={call.id} current="Import" />
        <p className="max-w-3xl text-muted-foreground">{t("importIntro")}</p>
        <ImportWizard callId={call.id} targets={targets} />
      </div>
    </ClientMessages>
  );
}
