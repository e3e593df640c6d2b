import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { editedLanguage, TranslationsEditor } from "@/components/i18n/translations-editor";
import { getDb } from "@/db/client";
import { COHORT_TRANSLATED_FIELDS } from "@/lib/cohorts/schemas";
import { ANNOUNCEMENT_TRANSLATED_FIELDS } from "@/lib/participants/schemas";
import { getAnnouncementTranslations } from "@/lib/participants/staff-queries";
import { getCohortHeader } from "@/lib/timetable/queries";
import { saveAnnouncementTranslationsAction, saveCohortTranslationsAction } from "../actions";
import { CohortNav } from "../cohort-nav";
import { staffCohort } from "../staff-cohort";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("translations") };
}

type Props = {
  params: Promise<{ cohortId: string }>;
  searchParams: Promise<{ language?: string; announcement?: string }>;
};

/**
 * An edition's title and location in its programme's other languages, or (`?announcement=<id>`) one of its
 * announcements' title and body: one language at a time, under the record's version (lib/i18n/content.ts).
 */
export default async function CohortTranslationsPage({ params, searchParams }: Props) {
  const { cohortId } = await params;
  const path = `/admin/cohorts/${cohortId}/translations`;
  const { cohort } = await staffCohort(cohortId, path, "cohort.manage");
  const query = await searchParams;
  const announcementId = z.uuid().safeParse(query.announcement);
  const db = getDb();
  const [t, tl, edition, announcement] = await Promise.all([
    getTranslations("editionLanguages"),
    getTranslations("contentLanguages"),
    getCohortHeader(db, cohortId),
    announcementId.success ? getAnnouncementTranslations(db, cohortId, announcementId.data) : null,
  ]);
  if (!edition || (query.announcement !== undefined && !announcement)) notFound();
  const language = editedLanguage(query.language, edition.mainLanguage);

  return (
    <div className="max-w-5xl space-y-6">
      <header className="space-y-2">
        <p className="text-sm text-muted-foreground">{cohort.programmeTitle}</p>
        <h1 className="text-2xl font-bold">
          {announcement
            ? t("announcementHeading", { title: announcement.title })
            : t("editionHeading", { title: edition.title })}
        </h1>
        <CohortNav cohortId={cohortId} current="translations" />
      </header>
      <p className="text-sm text-muted-foreground">{tl("intro")}</p>
      {announcement ? (
        <>
          <p className="text-sm">
            <Link href={path} className="text-primary underline">
              {t("backToEdition", { title: edition.title })}
            </Link>
          </p>
          <p className="text-sm text-muted-foreground">{t("announcementSent")}</p>
          <TranslationsEditor
            basePath={`${path}?announcement=${announcement.id}`}
            hidden={{ announcementId: announcement.id }}
            version={announcement.version}
            mainLanguage={edition.mainLanguage}
            language={language}
            texts={{ title: announcement.title, body: announcement.body }}
            labels={Object.fromEntries(ANNOUNCEMENT_TRANSLATED_FIELDS.map((f) => [f, t(`fields.${f}`)]))}
            translations={announcement.translations}
            action={saveAnnouncementTranslationsAction}
          />
        </>
      ) : (
        <>
          <TranslationsEditor
            basePath={path}
            hidden={{ cohortId }}
            version={edition.version}
            mainLanguage={edition.mainLanguage}
            language={language}
            texts={{ title: edition.title, location: edition.location ?? "" }}
            labels={Object.fromEntries(COHORT_TRANSLATED_FIELDS.map((f) => [f, t(`fields.${f}`)]))}
            translations={edition.translations}
            action={saveCohortTranslationsAction}
          />
          <p className="text-sm">
            <Link href={`/admin/cohorts/${cohortId}#announce`} className="text-primary underline">
              {t("announcementsOnHub")}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
