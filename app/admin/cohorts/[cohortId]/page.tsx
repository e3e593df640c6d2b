import { ClientMessages } from "@/components/i18n/client-messages";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/participants/action-form";
import { MaterialUpload } from "@/components/participants/material-upload";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { Textarea } from "@/components/ui/textarea";
import { getDb } from "@/db/client";
import { formatDateTime } from "@/lib/format";
import { untranslatedFields } from "@/lib/i18n/content";
import { LOCALES } from "@/lib/i18n/request";
import { getCohortHub } from "@/lib/participants/staff-queries";
import { addMaterialLinkAction, announceAction, expireOffersAction, remindOffersAction } from "./actions";
import { CohortNav } from "./cohort-nav";
import { staffCohort } from "./staff-cohort";
import { say } from "@/lib/i18n/problems";
import type { AppLocale } from "@/lib/i18n/request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("cohortParticipants") };
}

type Props = { params: Promise<{ cohortId: string }> };

export default async function CohortHubPage({ params }: Props) {
  const { cohortId } = await params;
  const { cohort } = await staffCohort(cohortId, `/admin/cohorts/${cohortId}`, "cohort.manage");
  const [t, tl, tc, hub, locale] = await Promise.all([
    getTranslations("staffCohorts"),
    getTranslations("editionLanguages"),
    getTranslations("contentLanguages"),
    getCohortHub(getDb(), cohortId),
    getLocale() as Promise<AppLocale>,
  ]);
  const otherLanguages = LOCALES.filter((l) => l !== cohort.mainLanguage);
  const sessionOptions = hub.sessions.map((s) => ({
    id: s.id,
    label: `${formatDateTime(s.startsAt, cohort.timeZone)} — ${s.title}`,
  }));
  const hidden = <input type="hidden" name="cohortId" value={cohortId} />;

  return (
    <ClientMessages namespaces={["common", "staffCohorts.materialUpload"]}>
      <div className="space-y-8">
        <header className="space-y-2">
          <p className="text-sm text-muted-foreground">{cohort.programmeTitle}</p>
          <h1 className="text-2xl font-bold">{t("hub", { cohort: cohort.title })}</h1>
          <CohortNav cohortId={cohortId} current="hub" />
          <ul className="flex flex-wrap gap-3 text-sm" aria-label={t("placesByStatus")}>
            {["offered", "confirmed", "declined", "completed", "not_completed"].map((s) => (
              <li key={s} className="rounded border px-2 py-1">
                {t(`enrolmentStatus.${s}`)}: <strong>{hub.counts[s] ?? 0}</strong>
              </li>
            ))}
          </ul>
        </header>

        <section aria-labelledby="offers" className="space-y-3">
          <h2 id="offers" className="text-xl font-semibold">
            {t("offers")}
          </h2>
          {hub.offers.length === 0 ? (
            <p>{t("noOffers")}</p>
          ) : (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead scope="col">{t("name")}</TableHead>
                  <TableHead scope="col">{t("answerBy")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {hub.offers.map((o) => (
                  <TableRow key={o.enrolmentId}>
                    <TableCell>
                      {o.name} <span className="text-muted-foreground">{o.email}</span>
                    </TableCell>
                    <TableCell>{o.offerExpiresAt ? formatDateTime(o.offerExpiresAt, cohort.timeZone) : "—"}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          <div className="grid gap-6 md:grid-cols-2">
            <ActionForm action={remindOffersAction} submitLabel={t("remind")} buttonVariant="outline">
              {hidden}
              <div className="space-y-2">
                <Label htmlFor="withinDays">{t("withinDays")}</Label>
                <Input
                  id="withinDays"
                  name="withinDays"
                  type="number"
                  min={1}
                  max={60}
                  defaultValue={7}
                  className="w-28"
                />
              </div>
            </ActionForm>
            <ActionForm action={expireOffersAction} submitLabel={t("expire")} buttonVariant="outline">
              {hidden}
              <p className="text-sm text-muted-foreground">{t("expireHelp")}</p>
            </ActionForm>
          </div>
        </section>

        <section aria-labelledby="replacements" className="space-y-3">
          <h2 id="replacements" className="text-xl font-semibold">
            {t("replacements")}
          </h2>
          {hub.replacements.length === 0 ? (
            <p>{t("noReplacements")}</p>
          ) : (
            <ul className="space-y-2">
              {hub.replacements.map((r) => (
                <li key={r.id} className="rounded-lg border p-3 text-sm">
                  <p>
                    {t.rich("seatFreed", {
                      b: (chunks) => <strong>{chunks}</strong>,
                      name: r.freedName,
                      date: formatDateTime(r.createdAt, cohort.timeZone),
                    })}
                  </p>
                  <p>
                    {r.proposedName
                      ? t.rich("proposedReplacement", {
                          b: (chunks) => <strong>{chunks}</strong>,
                          name: r.proposedName,
                          reference: r.proposedReference ?? "",
                          status:
                            r.proposedStatus && t.has(`applicationStatus.${r.proposedStatus}`)
                              ? t(`applicationStatus.${r.proposedStatus}`)
                              : (r.proposedStatus ?? ""),
                        })
                      : t("noReplacementProposed")}{" "}
                    {say(locale, r.reason)}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="announce" className="space-y-3">
          <h2 id="announce" className="text-xl font-semibold">
            {t("announce")}
          </h2>
          <ActionForm action={announceAction} submitLabel={t("announce")} className="max-w-2xl" resetOnSuccess>
            {hidden}
            <div className="space-y-2">
              <Label htmlFor="announcement-title">{t("announcementTitle")}</Label>
              <Input id="announcement-title" name="title" maxLength={200} required />
            </div>
            <div className="space-y-2">
              <Label htmlFor="announcement-body">{t("announcementBody")}</Label>
              <Textarea id="announcement-body" name="body" rows={4} maxLength={5000} required />
            </div>
            <details className="space-y-3 rounded-md border p-3">
              <summary className="cursor-pointer text-sm font-medium">{tl("postInOtherLanguages")}</summary>
              <p className="text-sm text-muted-foreground">{tl("postInOtherLanguagesHint")}</p>
              {otherLanguages.map((l) => (
                <fieldset key={l} className="space-y-2" lang={l}>
                  <legend className="text-sm font-medium">{tc(`languages.${l}`)}</legend>
                  <div className="space-y-1">
                    <Label htmlFor={`announcement-title-${l}`}>
                      {tc("translationLabel", { field: t("announcementTitle"), language: tc(`languages.${l}`) })}
                    </Label>
                    <Input id={`announcement-title-${l}`} name={`translation:${l}:title`} maxLength={200} />
                  </div>
                  <div className="space-y-1">
                    <Label htmlFor={`announcement-body-${l}`}>
                      {tc("translationLabel", { field: t("announcementBody"), language: tc(`languages.${l}`) })}
                    </Label>
                    <Textarea id={`announcement-body-${l}`} name={`translation:${l}:body`} rows={3} maxLength={5000} />
                  </div>
                </fieldset>
              ))}
            </details>
          </ActionForm>
          {hub.announcements.length ? (
            <ul className="space-y-1 text-sm">
              {hub.announcements.map((a) => {
                const left = untranslatedFields({ title: a.title, body: a.body }, a.translations, cohort.mainLanguage);
                const missing = otherLanguages.filter((l) => (left[l] ?? []).length > 0);
                return (
                  <li key={a.id} className="flex flex-wrap items-baseline gap-x-3">
                    <span>
                      {a.title} — {formatDateTime(a.createdAt, cohort.timeZone)}
                    </span>
                    <Link
                      href={`/admin/cohorts/${cohortId}/translations?announcement=${a.id}`}
                      className="text-primary underline"
                    >
                      {tl("translateAnnouncement", { title: a.title })}
                    </Link>
                    {missing.length ? (
                      <span className="text-muted-foreground">
                        {tl("untranslatedIn", { languages: missing.map((l) => tc(`languages.${l}`)).join(", ") })}
                      </span>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          ) : null}
        </section>

        <section aria-labelledby="materials" className="space-y-4">
          <h2 id="materials" className="text-xl font-semibold">
            {t("materials")}
          </h2>
          {sessionOptions.length === 0 ? (
            <p>{t("noSessions")}</p>
          ) : (
            <div className="grid gap-6 md:grid-cols-2">
              <div className="space-y-2">
                <h3 className="font-medium">{t("addLink")}</h3>
                <ActionForm
                  action={addMaterialLinkAction}
                  submitLabel={t("addLink")}
                  buttonVariant="outline"
                  resetOnSuccess
                >
                  {hidden}
                  <div className="space-y-2">
                    <Label htmlFor="link-session">{t("materialSession")}</Label>
                    <Select id="link-session" name="sessionId">
                      {sessionOptions.map((s) => (
                        <option key={s.id} value={s.id}>
                          {s.label}
                        </option>
                      ))}
                    </Select>
                  </div>
                  <div className="space-y-2">
                    <Label htmlFor="link-title">{t("materialTitle")}</Label>
                    <Input id="link-title" name="title" maxLength={200} />
                  </div>
                  <div className="space-y-2">
                    <Label htmlFor="link-url">{t("materialUrl")}</Label>
                    <Input id="link-url" name="url" type="url" />
                  </div>
                </ActionForm>
              </div>
              <div className="space-y-2">
                <h3 className="font-medium">{t("uploadFile")}</h3>
                <MaterialUpload
                  sessions={sessionOptions}
                  labels={{
                    session: t("materialSession"),
                    title: t("materialTitle"),
                    file: t("materialFile"),
                    submit: t("uploadFile"),
                  }}
                />
              </div>
            </div>
          )}
          {hub.materials.length ? (
            <ul className="list-disc pl-5 text-sm">
              {hub.materials.map((m) => (
                <li key={m.id}>
                  {hub.sessions.find((s) => s.id === m.sessionId)?.title}:{" "}
                  {m.kind === "link" ? (
                    <a href={m.url ?? "#"} className="text-primary underline">
                      {m.title}
                    </a>
                  ) : (
                    <a href={`/api/participants/materials/${m.id}`} className="text-primary underline">
                      {m.title}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      </div>
    </ClientMessages>
  );
}
