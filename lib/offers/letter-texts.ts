// Decision letters in the recipient's language. Staff write a call's three letters in the programme's main
// language (`letter_templates.subject`, `body`) and, per other language, in `letter_templates.translations`
// (fields `subject` and `body`, lib/i18n/content.ts). Where no letter is written, Madang's own text is the
// messages' `email.decisionOffer`, `…Waitlist`, `…Reject`, in the recipient's language. Server-only: the
// messages of every language come with it (lib/offers/letters.ts is the part the browser may load).

import type { LetterKind, Translations } from "@/db/schema";
import { formatDateTime } from "@/lib/format";
import { localText } from "@/lib/i18n/content";
import { renderMessage } from "@/lib/i18n/messages";
import type { AppLocale } from "@/lib/i18n/request";
import { LETTER_PLACEHOLDERS, renderLetter, type LetterTemplateText } from "./letters";

/** The two texts of a letter, the field names of its translations. */
export const LETTER_FIELDS = ["subject", "body"] as const;

export const LETTER_KINDS: readonly LetterKind[] = ["offer", "waitlist", "reject"];

/** A call's letter as stored, or Madang's own in the main language (version 0: never saved). */
export type StoredLetter = LetterTemplateText & { translations: Translations; version: number };

/** What fills a call's letters besides the applicant: its titles in every language, and where it happens. */
export type LetterSetting = {
  mainLanguage: AppLocale;
  callTitle: string;
  callTranslations: Translations;
  cohortTitle: string;
  cohortTranslations: Translations;
  timeZone: string;
};

const MESSAGE_OF: Record<LetterKind, string> = {
  offer: "decisionOffer",
  waitlist: "decisionWaitlist",
  reject: "decisionReject",
};

/** Madang's own letter in `locale`, with its {{placeholders}} left to fill (as a written one has them). */
export function defaultLetter(kind: LetterKind, locale: AppLocale): LetterTemplateText {
  const tokens = Object.fromEntries(LETTER_PLACEHOLDERS.map((p) => [p, `{{${p}}}`]));
  return {
    kind,
    subject: renderMessage(locale, `email.${MESSAGE_OF[kind]}.subject`, tokens),
    body: renderMessage(locale, `email.${MESSAGE_OF[kind]}.body`, tokens),
  };
}

const written = (text: string | undefined): text is string => typeof text === "string" && text.trim() !== "";

/**
 * The letter a reader of `reader` gets, and its language. A letter goes in one language: the reader's when its
 * subject and body are both written in it, else the main language's as written (a subject in one language over a
 * body in another would be worse than either). A letter nobody wrote is Madang's own, in the reader's language.
 */
export function letterIn(
  letter: StoredLetter,
  mainLanguage: AppLocale,
  reader: AppLocale,
): LetterTemplateText & { lang: AppLocale } {
  if (letter.version === 0) return { ...defaultLetter(letter.kind, reader), lang: reader };
  const translated = letter.translations[reader];
  if (reader !== mainLanguage && written(translated?.subject) && written(translated?.body))
    return { kind: letter.kind, subject: translated.subject, body: translated.body, lang: reader };
  return { kind: letter.kind, subject: letter.subject, body: letter.body, lang: mainLanguage };
}

/**
 * One applicant's letter, filled in: the call's and the edition's titles in the letter's language where written
 * (else the main language's), the answer-by moment in the letter's language and the edition's zone.
 */
export function writeLetter(
  setting: LetterSetting,
  letter: StoredLetter,
  reader: AppLocale,
  applicant: { name: string; reference: string },
  expiresAt: Date | null,
): { subject: string; text: string; lang: AppLocale } {
  const chosen = letterIn(letter, setting.mainLanguage, reader);
  const lang = chosen.lang;
  const title = (text: string, translations: Translations) =>
    localText(text, translations, "title", setting.mainLanguage, lang).text;
  const filled = renderLetter(chosen, {
    name: applicant.name,
    reference: applicant.reference,
    call: title(setting.callTitle, setting.callTranslations),
    cohort: title(setting.cohortTitle, setting.cohortTranslations),
    expiresAt: expiresAt ? formatDateTime(expiresAt, setting.timeZone, lang) : "",
  });
  return { ...filled, lang };
}
