import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CallNav } from "@/components/calls/admin/call-nav";
import { ImportWizard } from "@/components/calls/admin/import-wizard";
import { FIELD_COLUMNS, IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS } from "@/lib/applications/import-rows";
import type { AppLocale } from "@/lib/i18n/request";
import { columnTitle } from "@/lib/spreadsheet/columns";
import { loadAdminCall } from "../load";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("importApplications") };
}

export default async function ImportApplicationsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [{ call }, t, locale] = await Promise.all([
    loadAdminCall(id, `/admin/calls/${id}/import`, "application.import"),
    getTranslations("callAdmin"),
    getLocale() as Promise<AppLocale>,
  ]);
  // Each field by the column title its template writes, in the reader's language.
  const targets = [
    ...IMPORT_FIELDS.map((f) => {
      const title = columnTitle(locale, FIELD_COLUMNS[f]);
      return { value: f, label: REQUIRED_IMPORT_FIELDS.has(f) ? t("importer.requiredField", { field: title }) : title };
    }),
    ...call.form.questions
      .filter((q) => q.type !== "file")
      .map((q) => ({ value: `answer:${q.id}`, label: t("importer.answerTo", { question: q.label }) })),
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
