import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CallNav } from "@/components/calls/admin/call-nav";
import { FormBuilder } from "@/components/calls/admin/form-builder";
import { saveCallFormAction } from "../../actions";
import { fileTypeLabels } from "@/lib/uploads/type-labels";
import type { AppLocale } from "@/lib/i18n/request";
import { loadAdminCall } from "../load";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("callForm") };
}

export default async function CallFormPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [{ call }, t, locale] = await Promise.all([
    loadAdminCall(id, `/admin/calls/${id}/form`),
    getTranslations("callAdmin"),
    getLocale(),
  ]);
  return (
    <ClientMessages namespaces={["callAdmin.builder"]}>
      <div className="space-y-6">
        <h1 className="text-2xl font-bold">{t("formTitle", { title: call.title })}</h1>
        <CallNav callId={call.id} current="Form" />
        <FormBuilder
          callId={call.id}
          version={call.version}
          form={call.form}
          locked={call.applicationCount > 0}
          save={saveCallFormAction}
          fileTypes={fileTypeLabels(locale as AppLocale, { capitalised: true })}
        />
      </div>
    </ClientMessages>
  );
}
