import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CallSteps } from "@/components/selection/call-steps";
import { Workbench } from "@/components/selection/workbench";
import { Alert } from "@/components/ui/alert";
import { getWorkbench, workbenchMeters } from "@/lib/decisions/queries";
import { workbenchParamsSchema } from "@/lib/decisions/schemas";
import { listCountryGroups } from "@/lib/geo/country-groups";
import { warmSolvers } from "@/lib/selection";
import { refreshGroupRules } from "@/lib/selection/group-rules";
import { requireCallPage } from "@/lib/review/page-guard";
import {
  acceptWayOutAction,
  analyseSuggestionAction,
  decideSuggestionAction,
  saveShortlistAction,
  suggestSelectionAction,
} from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("selection.workbench"))("title") };
}

export default async function SelectionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id: callId } = await params;
  const path = `/admin/calls/${callId}/selection`;
  const { call, db } = await requireCallPage(callId, "selection.run", path);
  const query = workbenchParamsSchema.parse(await searchParams);
  // HiGHS loads and compiles while the page is read, not when "Suggest a selection" is clicked.
  warmSolvers();
  const [t, data, custom] = await Promise.all([
    getTranslations("selection.workbench"),
    getWorkbench(db, call, query),
    // The office's own groups only for rules on groups (as lib/decisions/selection-commands.ts reads them).
    call.rules?.groups?.length ? listCountryGroups(db) : null,
  ]);
  const rules = call.rules && custom ? refreshGroupRules(call.rules, custom) : call.rules;
  return (
    <ClientMessages namespaces={["selection"]}>
      <div className="space-y-6">
        <CallSteps callId={call.id} current="selection" callTitle={call.title} cohortTitle={call.cohortTitle} />
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">
          {t("intro", { pool: data.pool })}{" "}
          <a href={`/api/admin/calls/${call.id}/csv/selection`} className="text-primary underline">
            {t("export")}
          </a>
        </p>
        {data.unscored > 0 ? <Alert>{t("unscoredWarning", { count: data.unscored })}</Alert> : null}
        {!rules ? (
          <Alert>
            {t("noRules")}{" "}
            <Link href={`${path}/rules`} className="text-primary underline">
              {t("setRules")}
            </Link>
          </Alert>
        ) : data.pool === 0 ? (
          <p>{t("noPool")}</p>
        ) : (
          <Workbench
            callId={call.id}
            rows={data.rows}
            people={data.people}
            list={{
              path,
              q: query.q ?? "",
              show: query.show ?? "all",
              next: data.next,
              previous: data.previous,
              page: data.page,
              pages: data.pages,
            }}
            rules={rules}
            meters={workbenchMeters(rules, data.tally)}
            initialChosen={data.chosenIds}
            pending={data.pending ? { ...data.pending, runId: data.pending.id } : null}
            decided={data.decided}
            saveShortlist={saveShortlistAction}
            suggest={suggestSelectionAction}
            decide={decideSuggestionAction}
            analyse={analyseSuggestionAction}
            acceptWayOut={acceptWayOutAction}
          />
        )}
      </div>
    </ClientMessages>
  );
}
