import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CallNav } from "@/components/calls/admin/call-nav";
import { editedLanguage, TranslationsEditor } from "@/components/i18n/translations-editor";
import { callTexts, callTranslations, criterionField, pageField, questionField } from "@/lib/calls/translations";
import { saveCallTranslationsAction } from "../../actions";
import { loadAdminCall } from "../load";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("translations") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ language?: string }> };

export default async function CallTranslationsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const [{ call }, t, tc, query] = await Promise.all([
    loadAdminCall(id, `/admin/calls/${id}/translations`),
    getTranslations("contentLanguages"),
    getTranslations("callTexts"),
    searchParams,
  ]);
  const language = editedLanguage(query.language, call.mainLanguage);
  const labels: Record<string, string> = {
    title: t("fields.title"),
    description: t("fields.description"),
    confirmationMessage: t("fields.confirmationMessage"),
  };
  for (const c of call.eligibility.criteria ?? [])
    labels[criterionField(c.id)] = tc("criterion", { criterion: c.label });
  for (const index of call.form.pages.keys()) labels[pageField(index)] = tc("pageTitle", { page: index + 1 });
  for (const q of call.form.questions) {
    labels[questionField(q.id, "label")] = t("fields.label", { question: q.label });
    labels[questionField(q.id, "help")] = t("fields.help", { question: q.label });
    for (const option of q.options ?? [])
      labels[questionField(q.id, `option:${option}`)] = t("fields.option", { question: q.label, option });
  }
  return (
    <div className="max-w-5xl space-y-6">
      <h1 className="text-2xl font-bold">{t("callHeading", { title: call.title })}</h1>
      <CallNav callId={call.id} current="Translations" />
      <p className="text-sm text-muted-foreground">{t("intro")}</p>
      <TranslationsEditor
        basePath={`/admin/calls/${call.id}/translations`}
        hidden={{ callId: call.id }}
        version={call.version}
        mainLanguage={call.mainLanguage}
        language={language}
        texts={callTexts(call)}
        labels={labels}
        translations={callTranslations(call)}
        action={saveCallTranslationsAction}
      />
    </div>
  );
}
