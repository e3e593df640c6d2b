import { createTranslator, type AbstractIntlMessages } from "use-intl/core";
import en from "../../messages/en.json";
import fr from "../../messages/fr.json";
import ko from "../../messages/ko.json";
import type { MessageTree as Tree } from "./flatten";
import type { AppLocale } from "./request";

type Messages = typeof en;

// A key another branch has just added to en.json may not be translated yet: it shows in English until it is.
// Inside Next a message may be a compiled array (next.config.ts precompiles messages/*.json): a leaf, not a branch.
const isBranch = (v: unknown): v is Tree => typeof v === "object" && v !== null && !Array.isArray(v);

function withEnglishFallback(base: Tree, over: Tree): Tree {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = isBranch(value) && isBranch(current) ? withEnglishFallback(current, value) : value;
  }
  return out;
}

const MESSAGES: Record<AppLocale, Messages> = {
  en,
  ko: withEnglishFallback(en, ko) as Messages,
  fr: withEnglishFallback(en, fr) as Messages,
};

export function messagesFor(locale: AppLocale): Messages {
  return MESSAGES[locale];
}

/**
 * One message outside React (emails, PDFs), by its full key ("email.resetPassword.subject"), in one person's
 * language: the same ICU messages the pages use. A missing key or argument throws rather than mailing a key.
 */
export function renderMessage(locale: AppLocale, key: string, values: Record<string, string | number> = {}): string {
  // Emails name their template at run time, so the key is any string (next-intl types only literal keys).
  return (translatorFor(locale) as unknown as (key: string, values: Record<string, string | number>) => string)(
    key,
    values,
  );
}

// One translator per language, kept: it keeps the messages it has parsed and the Intl formatters it made (use-intl's
// cache), where a translator made per call parsed and built them again for each email (a submission renders one).
const translators = new Map<AppLocale, ReturnType<typeof createTranslator>>();

function translatorFor(locale: AppLocale) {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator({
      locale,
      messages: MESSAGES[locale] as AbstractIntlMessages,
      onError: (error) => {
        throw error;
      },
    });
    translators.set(locale, t);
  }
  return t;
}
