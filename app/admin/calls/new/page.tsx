import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CallSettingsForm } from "@/components/calls/admin/call-settings-form";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { listManagedCohorts } from "@/lib/calls/admin-queries";
import { saveCallSettingsAction } from "../actions";
import { eligibilityChoices } from "../settings-props";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("openANewCall") };
}

export default async function NewCallPage() {
  const actor = await requirePagePermission("call.manage", "/admin/calls/new");
  const [t, cohorts] = await Promise.all([getTranslations("callAdmin"), listManagedCohorts(getDb(), actor)]);
  const rule = { countries: [], regions: [], groups: [] };
  return (
    <ClientMessages namespaces={["callAdmin.settingsForm", "time"]}>
      <div className="space-y-6">
        <h1 className="text-2xl font-bold">{t("newCall")}</h1>
        <p className="max-w-3xl text-muted-foreground">{t("newIntro")}</p>
        <CallSettingsForm
          values={{
            cohortId: "",
            version: 0,
            title: "",
            description: "",
            status: "draft",
            opensAt: "",
            closesAt: "",
            nationality: rule,
            residence: rule,
            criteria: [],
            trackIds: [],
            confirmationMessage: "",
            nominationOnly: false,
            allowEditAfterSubmit: false,
          }}
          cohorts={cohorts.map((c) => ({
            value: c.id,
            label: `${c.programmeTitle}: ${c.title} (${c.timeZone})`,
            timeZone: c.timeZone,
          }))}
          tracks={[]}
          timeZone={null}
          action={saveCallSettingsAction}
          {...eligibilityChoices()}
        />
      </div>
    </ClientMessages>
  );
}
