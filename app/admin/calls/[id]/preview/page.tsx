import type { Metadata } from "next";
import { CallNav } from "@/components/calls/admin/call-nav";
import { FormPreview } from "@/components/calls/admin/form-preview";
import { countryOptions } from "@/lib/geo";
import { loadAdminCall } from "../load";

export const metadata: Metadata = { title: "Preview the form" };

export default async function CallPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { call } = await loadAdminCall(id, `/admin/calls/${id}/preview`);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Preview: {call.title}</h1>
      <CallNav callId={call.id} current="Preview" />
      <p className="text-muted-foreground">The form as an applicant sees it. Nothing you type here is saved.</p>
      <FormPreview form={call.form} countries={countryOptions("en").map((c) => ({ code: c.code, name: c.name }))} />
    </div>
  );
}
