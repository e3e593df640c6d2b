// A call's texts in several languages: its own fields (title, description, confirmation message) in
// `calls.translations`, each question's label, help and options in the question's `translations`
// (db/schema/calls.ts). Which text a reader sees is lib/i18n/content.ts's rule; this file names the fields.

import type { CallForm, FormQuestion, Translations } from "@/db/schema";
import { localText, type LocalText } from "@/lib/i18n/content";
import type { AppLocale } from "@/lib/i18n/request";
import { CALL_TRANSLATED_FIELDS } from "./schemas";

const QUESTION_PREFIX = "question:";

/** The editor's name for one of a question's texts: `question:<id>:label`, `…:help`, `…:option:<option>`. */
export function questionField(questionId: string, part: string): string {
  return `${QUESTION_PREFIX}${questionId}:${part}`;
}

/** A question's translatable texts in the main language, by their key inside the question's translations. */
function questionTexts(q: FormQuestion): Record<string, string> {
  const texts: Record<string, string> = { label: q.label };
  if (q.help) texts.help = q.help;
  for (const option of q.options ?? []) texts[`option:${option}`] = option;
  return texts;
}

/** Every translatable field of a call (its own, then each visible question's), with its main-language text. */
export function callTexts(call: {
  title: string;
  description: string;
  confirmationMessage: string;
  form: CallForm;
}): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const field of CALL_TRANSLATED_FIELDS) texts[field] = call[field];
  for (const q of call.form.questions) {
    if (q.hidden) continue;
    for (const [part, text] of Object.entries(questionTexts(q))) texts[questionField(q.id, part)] = text;
  }
  return texts;
}

/** Every field's translation as the editor shows it, in the same keys as `callTexts`. */
export function callTranslations(call: { translations: Translations; form: CallForm }): Translations {
  const out: Translations = {};
  for (const [language, fields] of Object.entries(call.translations) as [AppLocale, Record<string, string>][])
    out[language] = { ...fields };
  for (const q of call.form.questions)
    for (const [language, fields] of Object.entries(q.translations ?? {}) as [AppLocale, Record<string, string>][])
      for (const [part, text] of Object.entries(fields)) (out[language] ??= {})[questionField(q.id, part)] = text;
  return out;
}

/** Splits an editor's fields into the call's own and, per question id, the question's. */
export function splitCallFields(fields: Record<string, string>): {
  own: Record<string, string>;
  questions: Map<string, Record<string, string>>;
} {
  const own: Record<string, string> = {};
  const questions = new Map<string, Record<string, string>>();
  for (const [key, text] of Object.entries(fields)) {
    if (!key.startsWith(QUESTION_PREFIX)) {
      own[key] = text;
      continue;
    }
    const rest = key.slice(QUESTION_PREFIX.length);
    const colon = rest.indexOf(":");
    const id = rest.slice(0, colon);
    const part = rest.slice(colon + 1);
    const entry = questions.get(id) ?? {};
    entry[part] = text;
    questions.set(id, entry);
  }
  return { own, questions };
}

/** A question as a reader sees it: label, help and option labels in their language, or marked as fallbacks. */
type LocalQuestion = FormQuestion & {
  local: { label: LocalText; help: LocalText | null; options: LocalText[] };
};

/** The form in the reader's language; option values stay as written (answers hold them), only their labels change. */
function localiseForm(form: CallForm, mainLanguage: AppLocale, reader: AppLocale): LocalQuestion[] {
  return form.questions.map((q) => {
    const local = (part: string, text: string) => localText(text, q.translations, part, mainLanguage, reader);
    return {
      ...q,
      local: {
        label: local("label", q.label),
        help: q.help ? local("help", q.help) : null,
        options: (q.options ?? []).map((option) => local(`option:${option}`, option)),
      },
    };
  });
}

/** What the application form shows of a question beyond its data: the languages of its texts, and whether one is a fallback. */
export type ShownQuestion = FormQuestion & {
  shown?: {
    lang: AppLocale;
    helpLang?: AppLocale;
    options?: { text: string; lang: AppLocale }[];
    untranslated: boolean;
  };
};

/**
 * The form for a reader: each question's label and help in the reader's language (or the main language's,
 * marked), option labels beside their values (answers keep the values as written), and no translations
 * travelling to the browser.
 */
export function formForReader(
  form: CallForm,
  mainLanguage: AppLocale,
  reader: AppLocale,
): { pages: CallForm["pages"]; questions: ShownQuestion[] } {
  return {
    pages: form.pages,
    questions: localiseForm(form, mainLanguage, reader).map(({ local, translations: _t, ...q }) => {
      const help = local.help;
      return {
        ...q,
        label: local.label.text,
        ...(help ? { help: help.text } : {}),
        shown: {
          lang: local.label.lang,
          ...(help ? { helpLang: help.lang } : {}),
          ...(local.options.length ? { options: local.options.map((o) => ({ text: o.text, lang: o.lang })) } : {}),
          untranslated: [local.label, help, ...local.options].some((text) => text?.untranslated),
        },
      };
    }),
  };
}
