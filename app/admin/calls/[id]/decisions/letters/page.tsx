import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { editedLanguage, LanguagesNav, TranslationsEditor } from "@/components/i18n/translations-editor";
import { LETTER_FIELDS } from "@/lib/offers/letter-texts";
import { loadLetters } from "@/lib/offers/seats";
import { requireCallPage } from "@/lib/review/page-guard";
import { translateLetterAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("letterLanguages") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ language?: string }> };

/**
 * The call's three decision letters in the programme's other languages, one language at a time, each letter
 * saved under its own version. A letter not yet saved in the main language is Madang's own (sent in each
 * applicant's language) and is written on the decisions page first.
 */
export default async function LetterLanguagesPage({ params, searchParams }: Props) {
  const { id: callId } = await params;
  const path = `/admin/calls/${callId}/decisions/letters`;
  const [{ call, db }, query, t, td, tc] = await Promise.all([
    requireCallPage(callId, "selection.decide", path),
    searchParams,
    getTranslations("letterLanguages"),
    getTranslations("selection.decisions"),
    getTranslations("contentLanguages"),
  ]);
  const { setting, letters } = await loadLetters(db, call.id);
  const language = editedLanguage(query.language, setting.mainLanguage);
  const labels: Record<string, string> = { subject: td("subject"), body: td("body") };
  return (
    <div className="max-w-5xl space-y-6">
      <p className="text-sm">
        <Link href={`/admin/calls/${call.id}/decisions`} className="text-primary underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("heading", { title: call.title })}</h1>
      <p className="text-sm text-muted-foreground">
        {t("intro", { language: tc(`languages.${setting.mainLanguage}`) })}
      </p>
      <LanguagesNav basePath={path} mainLanguage={setting.mainLanguage} language={language} />
      {letters.map((letter) => (
        <section key={letter.kind} aria-labelledby={`letter-${letter.kind}`} className="space-y-3">
          <h2 id={`letter-${letter.kind}`} className="text-xl font-semibold">
            {td(`letter.${letter.kind}`)}
          </h2>
          {letter.version === 0 ? (
            <p className="text-sm">
              {t("saveFirst")}{" "}
              <Link href={`/admin/calls/${call.id}/decisions#letters-heading`} className="text-primary underline">
                {t("back")}
              </Link>
            </p>
          ) : (
            <TranslationsEditor
              basePath={path}
              languages={false}
              idPrefix={`letter-${letter.kind}`}
              hidden={{ callId: call.id, kind: letter.kind }}
              version={letter.version}
              mainLanguage={setting.mainLanguage}
              language={language}
              texts={Object.fromEntries(LETTER_FIELDS.map((field) => [field, letter[field]]))}
              labels={labels}
              translations={letter.translations}
              action={translateLetterAction}
            />
          )}
        </section>
      ))}
    </div>
  );
}
