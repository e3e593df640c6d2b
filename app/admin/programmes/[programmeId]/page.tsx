import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ProgrammeForm } from "@/components/programmes/programme-form";
import { ProgrammeOrganisations } from "@/components/programmes/programme-organisations";
import { ProgrammeStatusButtons } from "@/components/programmes/programme-status";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { formatDateRange } from "@/lib/format";
import { countryOptions } from "@/lib/organisations/options";
import { getAgendaOptions, getProgrammeForEdit, listOrganisationOptions } from "@/lib/programmes/admin-queries";
import { HistoryLink } from "@/components/audit/history-link";
import {
  createOrganisationForProgrammeAction,
  linkOrganisationAction,
  setProgrammeStatusAction,
  unlinkOrganisationAction,
  updateProgrammeAction,
} from "../actions";
import { Said } from "@/components/i18n/said";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("programme") };
}

type Props = { params: Promise<{ programmeId: string }> };

export default async function AdminProgrammePage({ params }: Props) {
  const { programmeId } = await params;
  if (!z.uuid().safeParse(programmeId).success) notFound();
  const actor = await requirePagePermission("programme.update", `/admin/programmes/${programmeId}`, { programmeId });
  const db = getDb();
  const [t, ts, data, agenda, directory] = await Promise.all([
    getTranslations("programmesAdmin"),
    getTranslations("status"),
    getProgrammeForEdit(db, programmeId),
    getAgendaOptions(db),
    listOrganisationOptions(db),
  ]);
  if (!data) notFound();
  const p = data.programme;
  return (
    <Said areas={["organisations", "programmes"]}>
      <ClientMessages namespaces={["organisations", "programmesAdmin"]}>
        <div className="space-y-10">
          <header className="space-y-3">
            <p className="text-sm">
              <Link href="/admin/programmes" className="hover:underline">
                {t("title")}
              </Link>
            </p>
            <div className="flex flex-wrap items-center gap-3">
              <h1 className="text-2xl font-bold">{p.title}</h1>
              <HistoryLink entityType="programme" entityId={p.id} />
              <Badge variant="outline">{ts(p.status)}</Badge>
            </div>
            <p className="text-sm">
              <Link href={`/admin/programmes/${p.id}/translations`} className="text-primary underline">
                {(await getTranslations("contentLanguages"))("manage")}
              </Link>
            </p>
            {p.status !== "draft" ? (
              <p className="text-sm">
                <Link href={`/programmes/${p.slug}`} className="text-primary underline">
                  {t("viewPublicPage")}
                </Link>
              </p>
            ) : null}
            {can(actor, "programme.publish", { programmeId }) ? (
              <ProgrammeStatusButtons
                programmeId={p.id}
                status={p.status}
                version={p.version}
                action={setProgrammeStatusAction}
              />
            ) : null}
          </header>

          <section aria-labelledby="editions-heading" className="space-y-3">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <h2 id="editions-heading" className="text-xl font-semibold">
                {t("editions")}
              </h2>
              <Button asChild variant="outline">
                <Link href={`/admin/programmes/${p.id}/cohorts/new`}>{t("newCohort")}</Link>
              </Button>
            </div>
            {data.cohorts.length === 0 ? (
              <p>{t("noCohorts")}</p>
            ) : (
              <ul className="divide-y rounded-lg border">
                {data.cohorts.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-center gap-3 p-3">
                    <Link href={`/admin/programmes/${p.id}/cohorts/${c.id}`} className="font-medium hover:underline">
                      {c.title}
                    </Link>
                    <Badge variant={c.status === "postponed" || c.status === "cancelled" ? "destructive" : "secondary"}>
                      {ts(c.status)}
                    </Badge>
                    <span className="text-sm text-muted-foreground">
                      {formatDateRange(c.startDate, c.endDate) ?? t("datesTba")} · {c.timeZone} ·{" "}
                      {c.isPublished ? t("published") : t("notPublished")}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="orgs-heading" className="space-y-3">
            <h2 id="orgs-heading" className="text-xl font-semibold">
              {t("organisations")}
            </h2>
            <ProgrammeOrganisations
              programmeId={p.id}
              linked={data.organisations}
              directory={directory}
              countries={countryOptions()}
              link={linkOrganisationAction}
              unlink={unlinkOrganisationAction}
              createAndLink={createOrganisationForProgrammeAction}
            />
          </section>

          <section aria-labelledby="details-heading" className="max-w-3xl space-y-3">
            <h2 id="details-heading" className="text-xl font-semibold">
              {t("details")}
            </h2>
            <ProgrammeForm
              agenda={agenda}
              action={updateProgrammeAction}
              defaults={{
                programmeId: p.id,
                version: p.version,
                title: p.title,
                slug: p.slug,
                summary: p.summary,
                description: p.description,
                outcomes: p.outcomes,
                themes: p.themes.join(", "),
                projectTypes: p.projectTypes.join(", "),
                countries: p.countries.join(", "),
                sdgs: p.sdgs.map(String),
                agendaGoalIds: data.goalIds,
                agendaStrategyIds: data.strategyIds,
                keyFigures: p.keyFigures.map((f) => `${f.value} | ${f.label}`).join("\n"),
                startDate: p.startDate ?? "",
                endDate: p.endDate ?? "",
              }}
            />
          </section>
        </div>
      </ClientMessages>
    </Said>
  );
}
