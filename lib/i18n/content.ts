// Text that staff write (a programme's title, a call's description, a form question's label) in several languages.
// A record's own columns hold its main language's text (the programme's `main_language`); its `translations`
// hold, per other language and field, what was written for it. A reader sees their language where it is written,
// else the main language's text, marked as a fallback so the page can set `lang` on it and say it is not yet
// translated. Never a fallback to English unless English is the main language.

import { z } from "zod";
import type { Translations as StoredTranslations } from "@/db/schema/programmes";
import { LOCALES, type AppLocale } from "./request";

/** Per language, per field: the translated text. A missing or blank entry is untranslated. */
export type Translations = StoredTranslations;

const MAX_TRANSLATION_LENGTH = 20_000;

/** What a record stores in its `translations` column, parsed on every write (blank entries dropped). */
export const translationsSchema = z
  .partialRecord(z.enum(LOCALES), z.record(z.string().min(1).max(300), z.string().max(MAX_TRANSLATION_LENGTH)))
  .transform((value) => withoutBlanks(value));

export const mainLanguageSchema = z.enum(LOCALES);

/** The text to show a reader: its language (for `lang`) and whether it stands in for a missing translation. */
export type LocalText = { text: string; lang: AppLocale; untranslated: boolean };

function written(text: string | undefined): text is string {
  return typeof text === "string" && text.trim() !== "";
}

/**
 * The text of `field` for a reader of `reader`: the translation if written, else `mainText` in the main
 * language. An empty main text is nothing to translate, so it never counts as untranslated.
 */
export function localText(
  mainText: string,
  translations: Translations | null | undefined,
  field: string,
  mainLanguage: AppLocale,
  reader: AppLocale,
): LocalText {
  if (reader === mainLanguage) return { text: mainText, lang: mainLanguage, untranslated: false };
  const translated = translations?.[reader]?.[field];
  if (written(translated)) return { text: translated, lang: reader, untranslated: false };
  return { text: mainText, lang: mainLanguage, untranslated: written(mainText) };
}

/** Every field of `fields` (name → main-language text) in the reader's language. */
export function localTexts<F extends string>(
  fields: Record<F, string>,
  translations: Translations | null | undefined,
  mainLanguage: AppLocale,
  reader: AppLocale,
): Record<F, LocalText> {
  const out = {} as Record<F, LocalText>;
  for (const field of Object.keys(fields) as F[])
    out[field] = localText(fields[field], translations, field, mainLanguage, reader);
  return out;
}

/**
 * For an editor: per language other than the main one, the fields whose main text is written but whose
 * translation is missing or blank, in the order of `fields`.
 */
export function untranslatedFields(
  fields: Record<string, string>,
  translations: Translations | null | undefined,
  mainLanguage: AppLocale,
): Partial<Record<AppLocale, string[]>> {
  const out: Partial<Record<AppLocale, string[]>> = {};
  for (const language of LOCALES) {
    if (language === mainLanguage) continue;
    out[language] = Object.keys(fields).filter(
      (field) => written(fields[field]) && !written(translations?.[language]?.[field]),
    );
  }
  return out;
}

/** The translations with blank entries and empty languages removed (what is stored). */
function withoutBlanks(translations: Translations): Translations {
  const out: Translations = {};
  for (const language of LOCALES) {
    const entries = Object.entries(translations[language] ?? {}).filter(([, text]) => written(text));
    if (entries.length) out[language] = Object.fromEntries(entries.map(([field, text]) => [field, text.trim()]));
  }
  return out;
}

/**
 * `current` with `language`'s entries for `fields` replaced by `edits` (blank removes). Other languages,
 * and fields not named, stay as they were.
 */
export function mergeTranslations(
  current: Translations | null | undefined,
  language: AppLocale,
  edits: Record<string, string>,
): Translations {
  const next: Translations = { ...(current ?? {}) };
  next[language] = { ...(current?.[language] ?? {}), ...edits };
  // What is stored is parsed like any other write (and loses its blank entries there).
  return translationsSchema.parse(next);
}

/** One editor's save: one language's fields (field → text; blank clears it). */
export const translationEditsSchema = z.object({
  language: z.enum(LOCALES, { error: "Choose English, Korean or French." }),
  fields: z.record(z.string().min(1).max(300), z.string().max(MAX_TRANSLATION_LENGTH, "This text is too long.")),
});

/** The fields of `fields` that are not in `known`: an edit may only name fields the record has. */
export function unknownFields(fields: Record<string, string>, known: Iterable<string>): string[] {
  const allowed = new Set(known);
  return Object.keys(fields).filter((field) => !allowed.has(field));
}

/** What a translations form's action answers: a sentence, and the version now current. */
export type VersionedFormState = { ok: boolean | null; message: string; version: number | null };

/** The `field:<name>` entries of a translations form, by field name. */
export function fieldsFromForm(data: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of data.entries())
    if (key.startsWith("field:") && typeof value === "string") fields[key.slice("field:".length)] = value;
  return fields;
}

/**
 * The `translation:<language>:<field>` entries of a form that writes a record with its translations at once (an
 * announcement), as translations; what they say is parsed by the command's schema (`translationsSchema`).
 */
export function translationsFromForm(data: FormData): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [key, value] of data.entries()) {
    const [prefix, language, field] = key.split(":");
    if (prefix !== "translation" || !language || !field || typeof value !== "string") continue;
    (out[language] ??= {})[field] = value;
  }
  return out;
}
