import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { untranslatedFields, type Translations, type VersionedFormState } from "@/lib/i18n/content";
import { LOCALES, type AppLocale } from "@/lib/i18n/request";
import { TranslationsForm } from "./translations-form";

/**
 * A record's translations into one language (`language`, from the page's address), field by field beside the
 * main-language text, with links to the other languages and a count of what is left. Translated on the server.
 */
export async function TranslationsEditor({
  basePath,
  hidden,
  version,
  mainLanguage,
  language,
  texts,
  labels,
  translations,
  action,
  languages = true,
  idPrefix,
}: {
  /** The page's address; it may carry a query of its own (`?announcement=…`), to which `language` is added. */
  basePath: string;
  hidden: Record<string, string>;
  version: number;
  mainLanguage: AppLocale;
  language: AppLocale;
  /** field → its main-language text, in the order shown. */
  texts: Record<string, string>;
  /** field → its name for the editor. */
  labels: Record<string, string>;
  translations: Translations;
  action: (state: VersionedFormState, form: FormData) => Promise<VersionedFormState>;
  /** Whether to show the links to the other languages (off where one page edits several records). */
  languages?: boolean;
  /** Sets apart the boxes' ids of several editors on one page. */
  idPrefix?: string;
}) {
  const t = await getTranslations("contentLanguages");
  const languageName = (l: AppLocale) => t(`languages.${l}`);
  const missing = new Set(untranslatedFields(texts, translations, mainLanguage)[language] ?? []);
  const fields = Object.entries(texts)
    .filter(([, original]) => original.trim() !== "")
    .map(([name, original]) => ({
      name,
      label: labels[name] ?? name,
      inputLabel: t("translationLabel", { field: labels[name] ?? name, language: languageName(language) }),
      original,
      value: translations[language]?.[name] ?? "",
      untranslated: missing.has(name),
    }));
  return (
    <div className="space-y-4">
      {languages ? <LanguagesNav basePath={basePath} mainLanguage={mainLanguage} language={language} /> : null}
      <p className="text-sm">{t("untranslatedCount", { count: missing.size, language: languageName(language) })}</p>
      <TranslationsForm
        key={language}
        idPrefix={idPrefix}
        hidden={hidden}
        version={version}
        language={language}
        mainLanguage={mainLanguage}
        fields={fields}
        words={{ original: t("original"), untranslated: t("untranslated"), save: t("save"), saving: t("saving") }}
        action={action}
      />
    </div>
  );
}

/** Links to each language other than the main one, the edited one marked as current. */
export async function LanguagesNav({
  basePath,
  mainLanguage,
  language,
}: {
  basePath: string;
  mainLanguage: AppLocale;
  language: AppLocale;
}) {
  const t = await getTranslations("contentLanguages");
  return (
    <nav aria-label={t("languagesNav")}>
      <ul className="flex flex-wrap gap-4 text-sm">
        {LOCALES.filter((l) => l !== mainLanguage).map((l) => (
          <li key={l}>
            <Link
              href={`${basePath}${basePath.includes("?") ? "&" : "?"}language=${l}`}
              aria-current={l === language ? "page" : undefined}
              className={l === language ? "font-semibold underline" : "hover:underline"}
            >
              {t(`languages.${l}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The language a translations page edits: the one asked for, else the first that is not the main one. */
export function editedLanguage(asked: unknown, mainLanguage: AppLocale): AppLocale {
  const others = LOCALES.filter((l) => l !== mainLanguage);
  return others.find((l) => l === asked) ?? others[0]!;
}
