import { createTranslator } from "next-intl";
import en from "../../messages/en.json";
import fr from "../../messages/fr.json";
import ko from "../../messages/ko.json";
import type { AppLocale } from "./request";

type Messages = typeof en;
type Tree = { [key: string]: string | Tree };

// A key another branch has just added to en.json may not be translated yet: it shows in English until it is.
function withEnglishFallback(base: Tree, over: Tree): Tree {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = typeof value === "object" && typeof current === "object" ? withEnglishFallback(current, value) : value;
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

/** Messages outside React (emails, PDFs): the same ICU messages the pages use, in one person's language. */
export function translatorFor(locale: AppLocale) {
  return createTranslator({ locale, messages: MESSAGES[locale] });
}
