// A call's texts in several languages: its own fields (title, description, confirmation message), its form's
// page titles (`page:<n>`, n from 0, the index questions name their page by) and its eligibility criteria
// (`criterion:<id>`, an id kept while the wording stays) in `calls.translations`, each question's label, help and
// options in the question's `translations` (db/schema/calls.ts). Which text a reader sees is lib/i18n/content.ts's
// rule; this file names the fields.

import type { CallEligibility, CallForm, FormQuestion, Translations } from "@/db/schema";
import { localText, type LocalText } from "@/lib/i18n/content";
import type { AppLocale } from "@/lib/i18n/request";
import { CALL_TRANSLATED_FIELDS } from "./schemas";

const QUESTION_PREFIX = "question:";

/** The editor's name for the title of the form's page `index` (from 0): `page:<index>`. */
export function pageField(index: number): string {
  return `page:${index}`;
}

/** The editor's name for the label of the eligibility criterion `id`: `criterion:<id>`. */
export function criterionField(id: string): string {
  return `criterion:${id}`;
}

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

/**
 * Every translatable field of a call (its own, its eligibility criteria, its pages' titles, then each visible
 * question's), with its main-language text.
 */
export function callTexts(call: {
  title: string;
  description: string;
  confirmationMessage: string;
  form: CallForm;
  eligibility: CallEligibility;
}): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const field of CALL_TRANSLATED_FIELDS) texts[field] = call[field];
  for (const criterion of call.eligibility.criteria ?? []) texts[criterionField(criterion.id)] = criterion.label;
  for (const [index, page] of call.form.pages.entries()) texts[pageField(index)] = page.title;
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

/** A page of the form as a reader sees it: its title in their language, or the main language's, marked. */
export type ShownPage = { title: string; shown?: { lang: AppLocale; untranslated: boolean } };

/** A call's form in a reader's language (what formForReader gives the apply pages). */
export type ShownForm = { pages: ShownPage[]; questions: ShownQuestion[] };

/**
 * The form for a reader: its pages' titles (from the call's `translations`) and each question's label and help in
 * the reader's language (or the main language's, marked), option labels beside their values (answers keep the
 * values as written), and no translations travelling to the browser.
 */
export function formForReader(
  form: CallForm,
  callTranslations: Translations,
  mainLanguage: AppLocale,
  reader: AppLocale,
): ShownForm {
  return {
    pages: form.pages.map((page, index) => {
      const title = localText(page.title, callTranslations, pageField(index), mainLanguage, reader);
      return { title: title.text, shown: { lang: title.lang, untranslated: title.untranslated } };
    }),
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

/** A call's yes/no eligibility criteria in a reader's language, each with its language and fallback flag. */
export function criteriaForReader(
  eligibility: CallEligibility,
  callTranslations: Translations,
  mainLanguage: AppLocale,
  reader: AppLocale,
): { id: string; label: LocalText }[] {
  return (eligibility.criteria ?? []).map((c) => ({
    id: c.id,
    label: localText(c.label, callTranslations, criterionField(c.id), mainLanguage, reader),
  }));
}
