import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CallNav } from "@/components/calls/admin/call-nav";
import { CallSettingsForm } from "@/components/calls/admin/call-settings-form";
import { instantToLocal } from "@/lib/time";
import { saveCallSettingsAction } from "../actions";
import { eligibilityChoices } from "../settings-props";
import { loadAdminCall } from "./load";
import { HistoryLink } from "@/components/audit/history-link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("callSettings") };
}

export default async function CallSettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [{ call }, t] = await Promise.all([loadAdminCall(id, `/admin/calls/${id}`), getTranslations("callAdmin")]);
  const rule = (r: { countries?: string[]; regions?: string[]; groups?: string[] } | undefined) => ({
    countries: r?.countries ?? [],
    regions: r?.regions ?? [],
    groups: r?.groups ?? [],
  });
  return (
    <ClientMessages namespaces={["callAdmin.settingsForm", "time"]}>
      <div className="space-y-6">
        <div className="space-y-1">
          <p className="text-sm text-muted-foreground">
            {call.programmeTitle} · {call.cohortTitle} ·{" "}
            <Link href={`/calls/${call.id}`} className="underline">
              {t("publicPage")}
            </Link>
          </p>
          <h1 className="text-2xl font-bold">{call.title}</h1>
          <HistoryLink entityType="call" entityId={call.id} />
        </div>
        <CallNav callId={call.id} current="Settings" />
        <CallSettingsForm
          values={{
            callId: call.id,
            cohortId: call.cohortId,
            version: call.version,
            title: call.title,
            description: call.description,
            status: call.status,
            opensAt: instantToLocal(call.opensAt, call.timeZone),
            closesAt: instantToLocal(call.closesAt, call.timeZone),
            nationality: rule(call.eligibility.nationality),
            residence: rule(call.eligibility.residence),
            criteria: (call.eligibility.criteria ?? []).map((c) => c.label),
            trackIds: call.trackIds,
            confirmationMessage: call.confirmationMessage,
            nominationOnly: call.nominationOnly,
            allowEditAfterSubmit: call.allowEditAfterSubmit,
          }}
          tracks={call.cohortTracks.map((t) => ({ value: t.id, label: t.title }))}
          timeZone={call.timeZone}
          action={saveCallSettingsAction}
          {...eligibilityChoices()}
        />
      </div>
    </ClientMessages>
  );
}
