import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { editedLanguage, TranslationsEditor } from "@/components/i18n/translations-editor";
import { MainLanguageForm } from "@/components/i18n/translations-form";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/guards";
import { LOCALES } from "@/lib/i18n/request";
import { getProgrammeTranslations } from "@/lib/programmes/admin-queries";
import { PROGRAMME_TRANSLATED_FIELDS } from "@/lib/programmes/schemas";
import { saveProgrammeTranslationsAction, setProgrammeMainLanguageAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("translations") };
}

type Props = { params: Promise<{ programmeId: string }>; searchParams: Promise<{ language?: string }> };

export default async function ProgrammeTranslationsPage({ params, searchParams }: Props) {
  const { programmeId } = await params;
  if (!z.uuid().safeParse(programmeId).success) notFound();
  await requirePagePermission("programme.update", `/admin/programmes/${programmeId}/translations`, { programmeId });
  const [t, programme, query] = await Promise.all([
    getTranslations("contentLanguages"),
    getProgrammeTranslations(getDb(), programmeId),
    searchParams,
  ]);
  if (!programme) notFound();
  const language = editedLanguage(query.language, programme.mainLanguage);
  const texts = Object.fromEntries(PROGRAMME_TRANSLATED_FIELDS.map((f) => [f, programme[f]]));
  const labels = Object.fromEntries(PROGRAMME_TRANSLATED_FIELDS.map((f) => [f, t(`fields.${f}`)]));
  return (
    <div className="max-w-5xl space-y-6">
      <p className="text-sm">
        <Link href={`/admin/programmes/${programme.id}`} className="hover:underline">
          {programme.title}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("programmeHeading", { title: programme.title })}</h1>
      <p className="text-sm text-muted-foreground">{t("intro")}</p>
      <MainLanguageForm
        programmeId={programme.id}
        version={programme.version}
        mainLanguage={programme.mainLanguage}
        options={LOCALES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
        words={{ label: t("mainLanguage"), hint: t("mainLanguageHint"), save: t("saveMainLanguage") }}
        action={setProgrammeMainLanguageAction}
      />
      <TranslationsEditor
        basePath={`/admin/programmes/${programme.id}/translations`}
        hidden={{ programmeId: programme.id }}
        version={programme.version}
        mainLanguage={programme.mainLanguage}
        language={language}
        texts={texts}
        labels={labels}
        translations={programme.translations}
        action={saveProgrammeTranslationsAction}
      />
    </div>
  );
}
