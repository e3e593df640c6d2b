import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CallSteps } from "@/components/selection/call-steps";
import { RulesForm } from "@/components/selection/rules-form";
import { pinnedReferences } from "@/lib/decisions/queries";
import { formFromRules } from "@/lib/decisions/schemas";
import Link from "next/link";
import { groupOptions, UNESCO_REGIONS, type Locale } from "@/lib/geo";
import { listCountryGroups } from "@/lib/geo/country-groups";
import { requireCallPage } from "@/lib/review/page-guard";
import { groupName } from "@/lib/selection/say";
import { saveBalanceRulesAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("selection.rules"))("title") };
}

export default async function BalanceRulesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: callId } = await params;
  const { call, db } = await requireCallPage(callId, "selection.run", `/admin/calls/${callId}/selection/rules`);
  const [t, locale, pins, custom] = await Promise.all([
    getTranslations("selection.rules"),
    getLocale() as Promise<Locale>,
    pinnedReferences(db, call),
    listCountryGroups(db),
  ]);
  return (
    <ClientMessages namespaces={["selection.rules"]}>
      <div className="space-y-6">
        <CallSteps callId={call.id} current="rules" callTitle={call.title} cohortTitle={call.cohortTitle} />
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">
          {t("intro")}{" "}
          <Link href="/admin/country-groups" className="text-primary underline">
            {t("manageGroups")}
          </Link>
        </p>
        <RulesForm
          save={saveBalanceRulesAction}
          tracks={call.tracks}
          regions={UNESCO_REGIONS.map((r) => ({ code: r.code, name: r.name[locale] }))}
          groups={groupOptions(custom).map((g) => ({
            ref: g.ref,
            label: groupName(g.ref, g.label, locale),
            kind: g.kind,
          }))}
          defaults={{ callId: call.id, callVersion: call.version, ...formFromRules(call.rules, pins) }}
        />
      </div>
    </ClientMessages>
  );
}
