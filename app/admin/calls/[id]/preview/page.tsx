import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { applyWords } from "@/lib/applications/apply-words";
import { CallNav } from "@/components/calls/admin/call-nav";
import { FormPreview } from "@/components/calls/admin/form-preview";
import { countryOptions } from "@/lib/geo";
import { loadAdminCall } from "../load";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("previewTheForm") };
}

export default async function CallPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [{ call }, t, applyText] = await Promise.all([
    loadAdminCall(id, `/admin/calls/${id}/preview`),
    getTranslations("callAdmin"),
    applyWords(),
  ]);
  return (
    <ClientMessages namespaces={["callAdmin.preview"]}>
      <div className="space-y-6">
        <h1 className="text-2xl font-bold">{t("previewTitle", { title: call.title })}</h1>
        <CallNav callId={call.id} current="Preview" />
        <p className="text-muted-foreground">{t("previewIntro")}</p>
        <FormPreview
          form={call.form}
          countries={countryOptions().map((c) => ({ code: c.code, name: c.name }))}
          applyText={applyText}
        />
      </div>
    </ClientMessages>
  );
}
